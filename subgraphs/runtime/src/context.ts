import type { SubgraphEvents } from './events/bus.js';
import type { Viewer } from './identity.js';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Client, Loaders> {
  /** Correlates the logs of one request across the gateway and subgraphs. */
  requestId: string;
  /** The caller, as authenticated by the gateway. */
  viewer: Viewer;
  /** The name of the subgraph serving the request: the department whose staff may write here. */
  subgraph: string;
  db: Client;
  /** Request-scoped DataLoaders: batching and caching last for one request only. */
  loaders: Loaders;
  /** Domain events: mutations publish them, subscriptions listen to them. */
  events: SubgraphEvents;
}
