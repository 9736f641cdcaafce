/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Client, Loaders> {
  /** Correlates the logs of one request across the gateway and subgraphs. */
  requestId: string;
  db: Client;
  /** Request-scoped DataLoaders: batching and caching last for one request only. */
  loaders: Loaders;
}
