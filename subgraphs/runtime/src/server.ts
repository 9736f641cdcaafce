import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { SubgraphContext } from './context.js';
import {
  databaseLocationFromEnv,
  environmentPrefix,
  openDatabase,
  type Database,
  type DatabaseLocation,
  type PrismaClientLike,
} from './database.js';
import { formatError } from './errors.js';
import { createLogger } from './logger.js';
import type { SubgraphDefinition } from './subgraph.js';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RunningSubgraph<Client> {
  name: string;
  url: string;
  port: number;
  database: Database<Client>;
  stop(): Promise<void>;
}

export interface StartOptions {
  location: DatabaseLocation;
  port: number;
  host?: string;
  /** Seed demo data when the database was created by this start (default true). */
  seed?: boolean;
}

/** Starts a subgraph: opens and migrates its database, seeds it if new, serves `/graphql`. */
export async function startSubgraph<Client extends PrismaClientLike, Loaders>(
  definition: SubgraphDefinition<Client, Loaders>,
  options: StartOptions,
): Promise<RunningSubgraph<Client>> {
  const log = createLogger(definition.name);
  const database = await openDatabase({
    location: options.location,
    migrationsDir: definition.migrationsDir,
    createClient: definition.createClient,
  });
  if (database.migration.applied.length > 0) log.info({ applied: database.migration.applied }, 'migrated');
  if (database.migration.wasEmpty && options.seed !== false) {
    const started = performance.now();
    await definition.seed(database.client);
    log.info({ ms: Math.round(performance.now() - started) }, 'seeded demo data');
  }

  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<SubgraphContext<Client, Loaders>>({
    schema: definition.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The process entry owns the signals and shuts everything down in order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (cause) => log.error({ err: cause }, 'unexpected error')),
    // Inline traces would hand resolver timings to every caller; tracing is the gateway's job.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', subgraph: definition.name });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID(),
        db: database.client,
        loaders: definition.createLoaders(database.client),
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;

  return {
    name: definition.name,
    url,
    port,
    database,
    async stop() {
      await apollo.stop();
      await database.close();
    },
  };
}

/**
 * The process entry of a subgraph: settings from the environment, a log line with the URL,
 * and a clean shutdown on SIGINT/SIGTERM (in-flight requests finish, the database closes).
 */
export async function runSubgraph<Client extends PrismaClientLike, Loaders>(
  definition: SubgraphDefinition<Client, Loaders>,
): Promise<void> {
  const log = createLogger(definition.name);
  const prefix = environmentPrefix(definition.name);
  const running = await startSubgraph(definition, {
    location: databaseLocationFromEnv(definition.name),
    port: Number(process.env[`${prefix}_PORT`] ?? definition.defaultPort),
    host: process.env.SUBGRAPH_HOST ?? '127.0.0.1',
  });
  log.info({ url: running.url, database: running.database.location.kind }, 'subgraph ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
