import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { auditDeliveryFromEnv, startAuditing, type AuditControl, type AuditDeliveryOptions } from './audit/index.js';
import type { SubgraphContext } from './context.js';
import {
  databaseLocationFromEnv,
  environmentPrefix,
  openDatabase,
  type Database,
  type DatabaseLocation,
  type PrismaClientLike,
} from './database.js';
import { ErrorCode, formatError } from './errors.js';
import { inProcessEventBus, natsEventBus, subgraphEvents, type EventBus } from './events/bus.js';
import { serveSubscriptions } from './events/subscriptions.js';
import { internalTokenSecret, verifyViewer, VIEWER_HEADER, type Viewer } from './identity.js';
import { createLogger } from './logger.js';
import { requestLogPlugin } from './request-log.js';
import { textInputPlugin } from './text-input.js';
import { graphqlTracingPlugin, SpanAttribute, startTracing, traceHttpRequests } from './tracing.js';
import type { SubgraphDefinition } from './subgraph.js';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RunningSubgraph<Client> {
  name: string;
  url: string;
  port: number;
  database: Database<Client>;
  /** Where its events travel: in process, or over the broker. */
  events: EventBus;
  /** Subscriptions open on this process right now. */
  activeSubscriptions(): number;
  /** The audit entries of its mutation requests. */
  audit: AuditControl;
  stop(): Promise<void>;
}

export interface StartOptions {
  location: DatabaseLocation;
  port: number;
  host?: string;
  /** Seed demo data when the database was created by this start (default true). */
  seed?: boolean;
  /** The secret shared with the gateway, which signs the caller's identity into every request. */
  internalSecret: string;
  /** Domain events over NATS JetStream (server mode); in process when absent. */
  nats?: { url: string; prefix?: string };
  /** Where audit entries are delivered; when absent they stay in this database's outbox. */
  audit?: AuditDeliveryOptions;
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

  const events = options.nats
    ? await natsEventBus({ ...options.nats, subgraph: definition.name })
    : inProcessEventBus();
  const publishFailed = (error: unknown, topic: string) => log.error({ err: error, topic }, 'event not published');

  const audit = startAuditing({
    definition,
    db: database.client,
    delivery: options.audit,
    internalSecret: options.internalSecret,
    log,
  });

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
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      textInputPlugin(),
      requestLogPlugin(log),
      graphqlTracingPlugin(),
      audit.plugin,
    ],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', subgraph: definition.name });
  });
  app.get('/ready', async (_request, response) => {
    try {
      await database.client.$queryRawUnsafe('SELECT 1');
      response.json({ status: 'ready', subgraph: definition.name });
    } catch {
      response.status(503).json({ status: 'database unavailable', subgraph: definition.name });
    }
  });
  audit.mount(app);
  // Only the gateway can mint the viewer credential: a request without a valid one never
  // reaches GraphQL, so bypassing the gateway gains nothing.
  const viewers = new WeakMap<express.Request, Viewer>();
  const authenticate: express.RequestHandler = (request, response, next) => {
    const token = request.header(VIEWER_HEADER);
    if (!token) return rejectUnauthenticated(response, 'Requests must come through the gateway');
    verifyViewer(token, options.internalSecret).then(
      (viewer) => {
        viewers.set(request, viewer);
        next();
      },
      () => rejectUnauthenticated(response, 'Invalid or expired gateway credential'),
    );
  };
  app.use(
    '/graphql',
    traceHttpRequests({ [SpanAttribute.SUBGRAPH]: definition.name }),
    authenticate,
    express.json({ limit: '1mb' }),
    audit.requestScope,
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID(),
        viewer: viewers.get(req)!,
        subgraph: definition.name,
        db: database.client,
        loaders: definition.createLoaders(database.client),
        events: subgraphEvents(events, publishFailed),
      }),
    }),
  );
  // Subscriptions over graphql-ws on the same path, authenticated by the same credential.
  const subscriptions = serveSubscriptions({
    httpServer,
    path: '/graphql',
    schema: definition.schema,
    internalSecret: options.internalSecret,
    log,
    contextFor: ({ viewer, resumeAfter, resumeSince }) => ({
      requestId: randomUUID(),
      viewer,
      subgraph: definition.name,
      db: database.client,
      loaders: definition.createLoaders(database.client),
      events: subgraphEvents(events, publishFailed, { afterSequence: resumeAfter, since: resumeSince }),
    }),
  });

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
    events,
    activeSubscriptions: () => subscriptions.active(),
    audit: { deliver: () => audit.deliver() },
    async stop() {
      await subscriptions.close();
      await apollo.stop();
      await audit.stop();
      await events.close();
      await database.close();
    },
  };
}

function rejectUnauthenticated(response: express.Response, message: string): void {
  response.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
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
  // Before the server starts: it decides then whether to trace.
  const tracing = startTracing({ serviceName: `forestry-${definition.name}` });
  const running = await startSubgraph(definition, {
    location: databaseLocationFromEnv(definition.name),
    port: Number(process.env[`${prefix}_PORT`] ?? definition.defaultPort),
    host: process.env.SUBGRAPH_HOST ?? '127.0.0.1',
    internalSecret: internalTokenSecret(),
    audit: auditDeliveryFromEnv(),
    ...(process.env.NATS_URL ? { nats: { url: process.env.NATS_URL, prefix: process.env.NATS_SUBJECT_PREFIX } } : {}),
  });
  log.info({ url: running.url, database: running.database.location.kind }, 'subgraph ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await running.stop();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
