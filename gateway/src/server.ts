import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
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
} from '@forestry/subgraph-runtime';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { TokenRequest, TokenVerifier } from './identity.js';
import { createMetrics, type Metrics } from './metrics.js';
import { armorFor, costLimitPlugin, DEFAULT_LIMITS, rateLimit, type RequestLimits } from './limits.js';
import { subgraphsOf, type SubgraphEndpoint } from './supergraph.js';
import { persistedQueryCache, requireTrustedDocuments, type TrustedDocuments } from './trusted-documents.js';

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
}

export interface RunningGateway {
  url: string;
  publicUrl: string;
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
    // Each subgraph's /ready answers once its database does.
    const response = await fetch(new URL('/ready', endpoint.url), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? { name: endpoint.name, ready: true } : { name: endpoint.name, ready: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { name: endpoint.name, ready: false, error: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
}

function tokenProblem(error: Error): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'The token has expired';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'The token signature is not valid';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return 'The token was not issued for this platform';
  return 'The token is not valid';
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

function rejectUnauthenticated(response: express.Response, message: string): void {
  response.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

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
        try {
          const response = await fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(settings.subgraphTimeoutMs) });
          stop({ outcome: response.ok ? 'ok' : `http_${response.status}` });
          return response as never;
        } catch (error) {
          stop({ outcome: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' });
          throw error;
        }
      },
    });
  }

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(VIEWER_HEADER, await context.viewerCredential);
  }

  override didEncounterError(error: Error): void {
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
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: persistedQueryCache(settings.trustedDocuments) },
    validationRules: armor.validationRules,
    // The process entry owns the signals and shuts everything down in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Armor is typed against Apollo Server's CommonJS build; the plugin contract is the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      costLimitPlugin<GatewayContext>(settings.limits),
      settings.metrics.plugin<GatewayContext>(settings.surface),
      requestLogPlugin<GatewayContext>(settings.log),
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
  const subgraphs = subgraphsOf(options.supergraphSdl).map((endpoint) => ({
    ...endpoint,
    url: options.subgraphUrls?.[endpoint.name] ?? endpoint.url,
  }));
  const urlByName = new Map(subgraphs.map((endpoint) => [endpoint.name, endpoint.url]));

  const app = express();
  app.disable('x-powered-by');
  // GraphQL responses are not cached by validators; hashing every body only costs CPU.
  app.set('etag', false);
  const httpServer = createServer(app);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const metrics = createMetrics();
  const shared = {
    limits,
    metrics,
    log,
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
    trustedDocuments: options.trustedDocuments,
  };
  const full = await createSurface(
    options.supergraphSdl,
    urlByName,
    { ...shared, surface: 'full', introspection: options.introspection ?? true, hideSchemaDetails: false },
    httpServer,
  );
  const open = await createSurface(
    options.publicSupergraphSdl,
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
  app.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

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
  const authenticate: express.RequestHandler = (request, response, next) => {
    const authorization = request.header('authorization');
    if (!authorization) {
      viewers.set(request, ANONYMOUS);
      return next();
    }
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return rejectUnauthenticated(response, 'Use "Authorization: Bearer <token>"');
    options.tokens.verify(token).then(
      (viewer) => {
        viewers.set(request, viewer);
        next();
      },
      (error: Error) => rejectUnauthenticated(response, tokenProblem(error)),
    );
  };
  const credentials = credentialCache(options.internalSecret);
  const context = async ({ req }: { req: express.Request }): Promise<GatewayContext> => {
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
  const limitRate = rateLimit(limits, (request) => {
    const viewer = viewers.get(request) ?? ANONYMOUS;
    return viewer.subject ? { key: viewer.subject, public: false } : { key: request.ip ?? 'unknown', public: true };
  });
  const asPublic: express.RequestHandler = (request, _response, next) => {
    viewers.set(request, ANONYMOUS);
    next();
  };

  const trustedOnly = requireTrustedDocuments(options.trustedDocuments, (request) => viewers.get(request) ?? ANONYMOUS);

  app.use('/public/graphql', asPublic, limitRate, parseBody, publicHandler);
  app.use('/graphql', authenticate, limitRate, parseBody, trustedOnly, (request, response, next) =>
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
    async stop() {
      await Promise.all([full.stop(), open.stop()]);
    },
  };
}
