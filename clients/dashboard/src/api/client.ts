import { createClient as createSocketClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { session } from '../session/session';

/** graphql-ws closes with this code when the gateway ends a session whose token expired. */
const UNAUTHORIZED_CLOSE_CODE = 4401;

/** The gateway's GraphQL path on this origin, over WebSocket. */
function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** Five minutes: a data screen stays open on a wall; panels refresh themselves on this beat. */
export const REFRESH_INTERVAL_MS = 5 * 60_000;

/** A client for one signed-in token: signing in again starts with an empty cache. */
export function createApiClient(token: string): Client {
  // Subscriptions (live alerts) over one WebSocket, opened while any is active.
  const sockets = createSocketClient({
    url: socketUrl(),
    connectionParams: { Authorization: `Bearer ${token}` },
    on: {
      closed: (event) => {
        if ((event as CloseEvent).code === UNAUTHORIZED_CLOSE_CODE) session.expire();
      },
    },
  });
  return new Client({
    url: '/graphql',
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    // The gateway takes operations as JSON POSTs (GET requests would need CSRF headers).
    preferGetMethod: false,
    // Figures change while the screen is open: show what is cached, then what is current.
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.response?.status === 401) session.expire();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
