export {
  createTokenVerifier,
  signDevelopmentToken,
  tokenRequestFor,
  usesDevelopmentKey,
  viewerFromClaims,
  type TokenRequest,
  type TokenVerifier,
} from './identity.js';
export { DEFAULT_LIMITS, limitsFromEnv, type RequestLimits } from './limits.js';
export { startGateway, subgraphUrlsFromEnv, type GatewayOptions, type RunningGateway } from './server.js';
export {
  loadTrustedDocuments,
  trustedDocumentsFrom,
  TRUSTED_DOCUMENT_REQUIRED,
  type TrustedDocuments,
} from './trusted-documents.js';
export { startTestStack, type TestStack } from './testing.js';
export {
  freePort,
  startProcessStack,
  stopStackProcess,
  type ProcessStack,
  type StackProcess,
  type StackSubgraph,
} from './process-stack.js';
export { subgraphsOf, type SubgraphEndpoint } from './supergraph.js';
