import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';
import { session } from '../session/session';

/** Five minutes: a data screen stays open on a wall; panels refresh themselves on this beat. */
export const REFRESH_INTERVAL_MS = 5 * 60_000;

/** A client for one signed-in token: signing in again starts with an empty cache. */
export function createApiClient(token: string): Client {
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
    ],
  });
}
