export {
  composeCurrentSupergraph,
  composeSupergraph,
  defaultSubgraphUrl,
  readCheckedInSupergraph,
  supergraphPath,
  writeSupergraph,
} from './compose.js';
export { discoverSubgraphs, loadSubgraphDefinitions, repositoryRoot, type SubgraphPackage } from './subgraphs.js';
