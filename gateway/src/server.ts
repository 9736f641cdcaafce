import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, environmentPrefix, REQUEST_ID_HEADER } from '@forestry/subgraph-runtime';
import express from 'express';
import { subgraphsOf, type SubgraphEndpoint } from './supergraph.js';

export interface GatewayContext {
  requestId: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** Subgraph URLs by name, overriding those recorded in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** How long `/ready` waits for each subgraph (ms). */
  readinessTimeoutMs?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  subgraphs: SubgraphEndpoint[];
  stop(): Promise<void>;
}

/** `<NAME>_URL` variables override where the gateway finds each subgraph. */
export function subgraphUrlsFromEnv(supergraphSdl: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    subgraphsOf(supergraphSdl).flatMap(({ name }) => {
      const url = env[`${environmentPrefix(name)}_URL`];
      return url ? [[name, url]] : [];
    }),
  );
}

async function probe(endpoint: SubgraphEndpoint, timeoutMs: number): Promise<{ name: string; ready: boolean; error?: string }> {
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok ? { name: endpoint.name, ready: true } : { name: endpoint.name, ready: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { name: endpoint.name, ready: false, error: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
}

/** Serves the checked-in supergraph: no introspection of subgraphs and no polling at run time. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const subgraphs = subgraphsOf(options.supergraphSdl).map((endpoint) => ({
    ...endpoint,
    url: options.subgraphUrls?.[endpoint.name] ?? endpoint.url,
  }));
  const urlByName = new Map(subgraphs.map((endpoint) => [endpoint.name, endpoint.url]));

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urlByName.get(name) ?? url,
        willSendRequest({ request, context }) {
          if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
        },
      }),
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process entry owns the signals and shuts everything down in order.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const results = await Promise.all(subgraphs.map((endpoint) => probe(endpoint, options.readinessTimeoutMs ?? 2000)));
    const ready = results.every((result) => result.ready);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs: results });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID() }),
    }),
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  log.debug({ port }, 'gateway listening');
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    subgraphs,
    stop: () => apollo.stop(),
  };
}
