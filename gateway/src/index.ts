export { startGateway, subgraphUrlsFromEnv, type GatewayOptions, type RunningGateway } from './server.js';
export { subgraphsOf, type SubgraphEndpoint } from './supergraph.js';
