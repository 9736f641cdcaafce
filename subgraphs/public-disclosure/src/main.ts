import { runSubgraph } from '@forestry/subgraph-runtime';
import { publicDisclosure } from './index.js';

await runSubgraph(publicDisclosure);
