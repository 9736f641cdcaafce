import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/**
 * One structured log line per GraphQL request, with the request id the gateway and every
 * subgraph share, so that one request can be followed across processes.
 */
export function requestLogPlugin<Context extends { requestId: string; viewer: { role: string } }>(
  log: Logger,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const codes = errors?.map((error) => error.extensions?.code).filter(Boolean);
          log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              role: contextValue.viewer.role,
              status: response.http.status ?? 200,
              ms: Math.round((performance.now() - started) * 10) / 10,
              ...(codes?.length ? { errors: codes } : {}),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
