import { runSubgraph } from '@forestry/subgraph-runtime';
import { wildlife } from './index.js';

await runSubgraph(wildlife);
