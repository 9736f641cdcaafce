import { runSubgraph } from '@forestry/subgraph-runtime';
import { audit } from './index.js';

await runSubgraph(audit);
