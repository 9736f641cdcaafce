import { runSubgraph } from '@forestry/subgraph-runtime';
import { forestResources } from './index.js';

await runSubgraph(forestResources);
