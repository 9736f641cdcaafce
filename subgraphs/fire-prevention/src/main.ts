import { runSubgraph } from '@forestry/subgraph-runtime';
import { firePrevention } from './index.js';

await runSubgraph(firePrevention);
