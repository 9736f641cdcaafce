import { runSubgraph } from '@forestry/subgraph-runtime';
import { pestControl } from './index.js';

await runSubgraph(pestControl);
