import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { supergraphForApolloGateway } from '@forestry/schema/gateway-input';
import {
  ANONYMOUS,
  createLogger,
  requestLogPlugin,
  type Logger,
  environmentPrefix,
  ErrorCode,
  REQUEST_ID_HEADER,
  signViewer,
  VIEWER_HEADER,
  type Viewer,
  annotateActiveSpan,
  graphqlTracingPlugin,
  injectTraceContext,
  SpanAttribute,
  traceHttpRequests,
  type AuditControl,
  type AuditDeliveryOptions,
} from '@forestry/subgraph-runtime';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { callerOf, type TokenRequest, type TokenVerifier } from './identity.js';
import { createMetrics, type Metrics } from './metrics.js';
import { armorFor, costLimitPlugin, createRateLimiter, DEFAULT_LIMITS, rateIdentity, rateLimit, type RequestLimits } from './limits.js';
import { subgraphsOf, type SubgraphEndpoint } from './supergraph.js';
import { persistedQueryCache, requireTrustedDocuments, type TrustedDocuments } from './trusted-documents.js';
import { recordRefusedMutations, type RefusedMutations } from './refused-mutations.js';
import { serveSubscriptions, subscriptionsOverHttpRefused } from './subscriptions/index.js';

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** The viewer signed for the subgraphs, once per request however many subgraphs it reaches. */
  viewerCredential: Promise<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** The public contract, served at /public/graphql and to anonymous callers at /graphql. */
  publicSupergraphSdl: string;
  /** Introspection of the full graph (default on) and of the public contract (default off). */
  introspection?: boolean;
  publicIntrospection?: boolean;
  limits?: RequestLimits;
  port: number;
  host?: string;
  /** Subgraph URLs by name, overriding those recorded in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** How long `/ready` waits for each subgraph (ms). */
  readinessTimeoutMs?: number;
  /** How long a subgraph may take to answer one fetch before its part of the response fails (ms). */
  subgraphTimeoutMs?: number;
  /**
   * Who may scrape `/metrics`: anyone who reaches the port (the default, for a gateway bound to
   * loopback), holders of a bearer token, or nobody.
   */
  metricsAccess?: 'open' | 'off' | { token: string };
  /** Built browser apps to serve, by path prefix (e.g. `/dashboard` → clients/dashboard/dist). */
  staticApps?: Record<string, string>;
  /**
   * Development sign-in: `POST /auth/dev-token` returns a token for a chosen role. Only for the
   * local development key; never enable it with a production identity provider.
   */
  issueDevelopmentToken?: (request: TokenRequest) => Promise<string>;
  tokens: TokenVerifier;
  /** Operations published with the SDK, runnable by hash; mandatory for the roles it names. */
  trustedDocuments?: TrustedDocuments;
  /** Shared with the subgraphs: signs the viewer into every subgraph request. */
  internalSecret: string;
  /** Where the mutation attempts the gateway refuses itself are delivered (see `auditDeliveryFromEnv`). */
  audit?: AuditDeliveryOptions;
}

export interface RunningGateway {
  url: string;
  publicUrl: string;
  port: number;
  subgraphs: SubgraphEndpoint[];
  /** The audit entries of the mutation attempts it refused itself. */
  audit: AuditControl;
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
    // Each subgraph's /ready answers once its database does.
    const response = await fetch(new URL('/ready', endpoint.url), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? { name: endpoint.name, ready: true } : { name: endpoint.name, ready: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { name: endpoint.name, ready: false, error: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
}

/** Malformed or oversized bodies get a GraphQL-shaped error, never Express's HTML page. */
const jsonErrors: express.ErrorRequestHandler = (error: { status?: number; type?: string }, _request, response, next) => {
  if (response.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    return response.status(413).json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  }
  if (error.type === 'entity.parse.failed') {
    return response.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  }
  response.status(error.status ?? 500).json({ errors: [{ message: 'Request failed', extensions: { code: 'BAD_REQUEST' } }] });
};

/**
 * While the server drains, every response it has yet to start says `Connection: close`: a client
 * must not send another request on a connection the drain is about to end, or that request is
 * cut off unanswered. Returns the switch that starts draining.
 */
function closeConnectionsWhenDraining(httpServer: Server): () => void {
  const unanswered = new Set<ServerResponse>();
  let draining = false;
  httpServer.prependListener('request', (_request, response: ServerResponse) => {
    if (draining) response.setHeader('connection', 'close');
    unanswered.add(response);
    response.once('close', () => unanswered.delete(response));
  });
  return () => {
    draining = true;
    for (const response of unanswered) if (!response.headersSent) response.setHeader('connection', 'close');
  };
}

/**
 * Apollo Server refuses some malformed requests (an unknown persisted-query version, a hash that
 * does not match its query) with HTTP 400 but without a code; they are the caller's to fix.
 */
function codeRefusedRequests(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = ((error as GraphQLError | null)?.extensions?.http as { status?: number } | undefined)?.status;
  if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || !status || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}

function rejectUnauthenticated(response: express.Response, message: string): void {
  response.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** The first error of a subgraph's refusal, with its code, named after the subgraph like its other errors. */
function refusalOf(error: Error, subgraph: string): GraphQLError | undefined {
  const body = (error as GraphQLError).extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined;
  const first = body?.body?.errors?.[0];
  if (typeof first?.extensions?.code !== 'string') return undefined;
  return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: subgraph } });
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * A subgraph as the gateway calls it: with the request id and the signed viewer, a deadline,
 * and failures reported under the subgraph's name so that callers know which data is missing.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly settings: { subgraphTimeoutMs: number; metrics: Metrics },
  ) {
    super({
      url,
      fetcher: async (input, init) => {
        const stop = settings.metrics.subgraphFetches.startTimer({ subgraph });
        const finish = (outcome: string) => {
          stop({ outcome });
          annotateActiveSpan({ [SpanAttribute.FETCH_OUTCOME]: outcome });
        };
        try {
          const response = await fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(settings.subgraphTimeoutMs) });
          finish(response.ok ? 'ok' : `http_${response.status}`);
          return response as never;
        } catch (error) {
          finish((error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable');
          throw error;
        }
      },
    });
  }

  /** Identical queries of one viewer to this subgraph that are waiting for the same answer. */
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();

  /**
   * Sends one fetch for identical concurrent queries of the same viewer (many people opening the
   * same screen at once): the others wait for it and get their own copy of its answer. Mutations
   * always go through, and different viewers never share an answer.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (!('incomingRequestContext' in options) || !request.query || /^\s*mutation\b/.test(request.query)) return super.process(options);
    const key = JSON.stringify([options.context.viewer, request.query, request.variables ?? null]);
    const pending = this.inFlight.get(key);
    if (pending) {
      this.settings.metrics.deduplicatedFetches.inc({ subgraph: this.subgraph });
      const shared = await pending;
      // The executor merges into what it receives: each request gets its own copy.
      return { ...shared, data: shared.data && structuredClone(shared.data), errors: shared.errors && structuredClone(shared.errors) };
    }
    const leader = super.process(options);
    this.inFlight.set(key, leader);
    try {
      return await leader;
    } finally {
      this.inFlight.delete(key);
    }
  }

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // The active span here is @apollo/gateway's `gateway.fetch` for this subgraph: the parent of
    // the subgraph's own request span.
    annotateActiveSpan({ [SpanAttribute.SUBGRAPH]: this.subgraph });
    if (request.http) injectTraceContext(request.http.headers);
    request.http?.headers.set(VIEWER_HEADER, await context.viewerCredential);
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): void {
    // HTTP 400 is the subgraph refusing the request (a value only it checks, such as a DateTime
    // literal): its errors are the caller's to fix, not an outage.
    const refusal = response?.status === 400 ? refusalOf(error, this.subgraph) : undefined;
    if (refusal) throw refusal;
    const timedOut = error.name === 'TimeoutError';
    throw new GraphQLError(
      timedOut
        ? `Subgraph ${this.subgraph} did not answer within ${this.settings.subgraphTimeoutMs} ms`
        : `Subgraph ${this.subgraph} is unavailable`,
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph, reason: timedOut ? 'timeout' : 'unreachable' } },
    );
  }
}

/**
 * Signed viewer credentials, reused for a minute of their two-minute life: signing on every
 * request showed up in profiles, and a viewer's identity does not change between requests.
 */
function credentialCache(secret: string) {
  const REUSE_MS = 60_000;
  const cache = new Map<string, { token: Promise<string>; until: number }>();
  return {
    for(viewer: Viewer): Promise<string> {
      const key = JSON.stringify(viewer);
      const now = Date.now();
      const cached = cache.get(key);
      if (cached && cached.until > now) return cached.token;
      if (cache.size > 10_000) cache.clear();
      const token = signViewer(viewer, secret);
      cache.set(key, { token, until: now + REUSE_MS });
      return token;
    },
  };
}

/** One GraphQL surface: a gateway over one supergraph, served by its own Apollo Server. */
async function createSurface(
  supergraphSdl: string,
  urlByName: ReadonlyMap<string, string>,
  settings: {
    surface: 'full' | 'public';
    introspection: boolean;
    hideSchemaDetails: boolean;
    limits: RequestLimits;
    subgraphTimeoutMs: number;
    metrics: Metrics;
    log: Logger;
    trustedDocuments?: TrustedDocuments;
    refusedMutations: RefusedMutations;
  },
  httpServer: Server,
): Promise<ApolloServer<GatewayContext>> {
  const armor = armorFor(settings.limits);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, urlByName.get(name) ?? url!, settings),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: settings.hideSchemaDetails,
    includeStacktraceInErrorResponses: false,
    formatError: codeRefusedRequests,
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: persistedQueryCache(settings.trustedDocuments) },
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // The process entry owns the signals and shuts everything down in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Armor is typed against Apollo Server's CommonJS build; the plugin contract is the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      costLimitPlugin<GatewayContext>(settings.limits),
      settings.refusedMutations.plugin,
      settings.metrics.plugin<GatewayContext>(settings.surface),
      requestLogPlugin<GatewayContext>(settings.log),
      graphqlTracingPlugin<GatewayContext>({ [SpanAttribute.SURFACE]: settings.surface }),
      subscriptionsOverHttpRefused<GatewayContext>(),
    ],
  });
  await apollo.start();
  return apollo;
}

/**
 * Serves the checked-in supergraphs — no introspection of subgraphs and no polling at run
 * time: the full graph to authenticated callers, the public contract to everyone else.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = createLogger('gateway');
  // The checked-in supergraphs state rules the subgraphs enforce; Apollo's gateway reads them as metadata.
  const supergraphSdl = supergraphForApolloGateway(options.supergraphSdl);
  const publicSupergraphSdl = supergraphForApolloGateway(options.publicSupergraphSdl);
  const subgraphs = subgraphsOf(supergraphSdl).map((endpoint) => ({
    ...endpoint,
    url: options.subgraphUrls?.[endpoint.name] ?? endpoint.url,
  }));
  const urlByName = new Map(subgraphs.map((endpoint) => [endpoint.name, endpoint.url]));

  const app = express();
  app.disable('x-powered-by');
  // GraphQL responses are not cached by validators; hashing every body only costs CPU.
  app.set('etag', false);
  const httpServer = createServer(app);
  const drainConnections = closeConnectionsWhenDraining(httpServer);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const metrics = createMetrics();
  const refusedMutations = recordRefusedMutations({
    delivery: options.audit,
    internalSecret: options.internalSecret,
    maxTokens: limits.maxTokens,
    metrics,
    log,
  });
  const shared = {
    limits,
    metrics,
    log,
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
    trustedDocuments: options.trustedDocuments,
    refusedMutations,
  };
  const full = await createSurface(
    supergraphSdl,
    urlByName,
    { ...shared, surface: 'full', introspection: options.introspection ?? true, hideSchemaDetails: false },
    httpServer,
  );
  const open = await createSurface(
    publicSupergraphSdl,
    urlByName,
    { ...shared, surface: 'public', introspection: options.publicIntrospection ?? false, hideSchemaDetails: true },
    httpServer,
  );
  for (const [prefix, directory] of Object.entries(options.staticApps ?? {})) {
    app.use(prefix, express.static(directory, { index: 'index.html', fallthrough: true }));
  }
  if (options.issueDevelopmentToken) {
    const issue = options.issueDevelopmentToken;
    app.post('/auth/dev-token', express.json({ limit: '4kb' }), (request, response) => {
      const body = (request.body ?? {}) as Partial<TokenRequest>;
      issue({ ...body, subject: body.subject ?? `dev-${body.role ?? 'user'}` } as TokenRequest).then(
        (token) => response.json({ token }),
        (error: Error) =>
          response.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] }),
      );
    });
  }
  const metricsAccess = options.metricsAccess ?? 'open';
  if (metricsAccess !== 'off') {
    const expected = typeof metricsAccess === 'object' ? Buffer.from(`Bearer ${metricsAccess.token}`) : undefined;
    app.get('/metrics', async (request, response) => {
      const presented = Buffer.from(request.header('authorization') ?? '');
      if (expected && !(presented.length === expected.length && timingSafeEqual(presented, expected))) {
        return rejectUnauthenticated(response, 'Metrics need "Authorization: Bearer <METRICS_TOKEN>"');
      }
      response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/ready', async (_request, response) => {
    const results = await Promise.all(subgraphs.map((endpoint) => probe(endpoint, options.readinessTimeoutMs ?? 2000)));
    const ready = results.every((result) => result.ready);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs: results });
  });

  // Anonymous callers are the public; a token that is present but invalid is refused, never
  // silently downgraded to the public.
  const viewers = new WeakMap<express.Request, Viewer>();
  // A token that does not verify is refused after the rate limit has counted the request against
  // its address, so that guessing or replaying tokens is throttled like any anonymous caller.
  const tokenProblems = new WeakMap<express.Request, string>();
  const authenticate: express.RequestHandler = (request, _response, next) => {
    callerOf(request.header('authorization'), options.tokens).then((caller) => {
      if ('problem' in caller) tokenProblems.set(request, caller.problem);
      else viewers.set(request, caller.viewer);
      next();
    }, next);
  };
  const refuseInvalidToken: express.RequestHandler = (request, response, next) => {
    const problem = tokenProblems.get(request);
    if (problem) return rejectUnauthenticated(response, problem);
    next();
  };
  const credentials = credentialCache(options.internalSecret);
  const context = async ({ req }: { req: express.Request }): Promise<GatewayContext> => {
    refusedMutations.enteredPipeline(req);
    const viewer = viewers.get(req) ?? ANONYMOUS;
    return {
      requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID(),
      viewer,
      viewerCredential: credentials.for(viewer),
    };
  };
  const fullHandler = expressMiddleware(full, { context });
  const publicHandler = expressMiddleware(open, { context });
  const parseBody = express.json({ limit: limits.maxBodyBytes });
  const rateLimiter = createRateLimiter(limits, metrics);
  const limitRate = rateLimit(rateLimiter, (request) => rateIdentity(viewers.get(request) ?? ANONYMOUS, request.ip));
  const asPublic: express.RequestHandler = (request, _response, next) => {
    viewers.set(request, ANONYMOUS);
    next();
  };

  const trustedOnly = requireTrustedDocuments(options.trustedDocuments, (request) => viewers.get(request) ?? ANONYMOUS);
  const recordRefusals = refusedMutations.beforePipeline({ viewerOf: (request) => viewers.get(request), parseBody });

  // Subscriptions: graphql-ws on the WebSocket upgrade of the GraphQL paths, server-sent events
  // under `/stream` (mounted first: `/graphql` would take them).
  const subscriptions = serveSubscriptions({
    httpServer,
    supergraphSdl,
    publicSupergraphSdl,
    urlByName,
    dataSourceFor: (name, url) => new SubgraphDataSource(name, url, shared),
    credentialFor: (viewer) => credentials.for(viewer),
    tokens: options.tokens,
    limits,
    rateLimiter,
    metrics,
    trustedDocuments: options.trustedDocuments,
    log,
  });
  app.use('/public/graphql/stream', subscriptions.publicStream);
  app.use('/graphql/stream', subscriptions.stream);

  const traceRequest = traceHttpRequests();
  app.use('/public/graphql', traceRequest, recordRefusals, asPublic, limitRate, parseBody, publicHandler);
  app.use('/graphql', traceRequest, recordRefusals, authenticate, limitRate, refuseInvalidToken, parseBody, trustedOnly, (request, response, next) =>
    (viewers.get(request)?.role === 'public' ? publicHandler : fullHandler)(request, response, next),
  );
  app.use(jsonErrors);

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  log.debug({ port }, 'gateway listening');
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/graphql`,
    publicUrl: `${origin}/public/graphql`,
    port,
    subgraphs,
    audit: { deliver: () => refusedMutations.deliver() },
    async stop() {
      drainConnections();
      await subscriptions.close();
      await Promise.all([full.stop(), open.stop()]);
      await refusedMutations.stop();
    },
  };
}
