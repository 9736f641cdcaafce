import { runSubgraph } from '@forestry/subgraph-runtime';
import { documents } from './index.js';

await runSubgraph(documents);
