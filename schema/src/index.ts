export {
  apiSchemaOf,
  composeSchemaFiles,
  composeSupergraph,
  defaultSubgraphUrl,
  readCheckedInSupergraph,
  readSchemaFile,
  schemaFiles,
  supergraphPath,
  writeSchemaFiles,
  type SchemaFile,
} from './compose.js';
export { PUBLIC_TAG, publicSupergraph } from './contract.js';
export { supergraphForApolloGateway } from './gateway-input.js';
export { discoverSubgraphs, loadSubgraphDefinitions, repositoryRoot, type SubgraphPackage } from './subgraphs.js';
