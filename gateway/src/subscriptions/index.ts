import type { Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS, ErrorCode, eventIterator, type Logger, type Viewer } from '@forestry/subgraph-runtime';
import type { RequestHandler } from 'express';
import type { DocumentNode, ValidationRule } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { callerOf, type TokenVerifier } from '../identity.js';
import { armorFor, costLimitPlugin, rateIdentity, rateLimited, type RateLimiter, type RequestLimits } from '../limits.js';
import type { Metrics } from '../metrics.js';
import type { GatewayContext } from '../server.js';
import { trustedDocumentFor, type TrustedDocuments } from '../trusted-documents.js';
import { atInstant, graphql, subscriptionSurface, TOKEN_EXPIRED, type FormattedResult, type PreparedSubscription, type SubscriptionRequest } from './surface.js';

export { TOKEN_EXPIRED } from './surface.js';

// graphql-ws recognises errors by graphql's CommonJS class, the copy it executes with.
const { GraphQLError } = graphql;

/** How a WebSocket closes for a missing, invalid or expired token: graphql-ws's `Unauthorized`. */
export const UNAUTHORIZED_CLOSE_CODE = 4401;
/** How a WebSocket closes when its caller is over the rate limit (HTTP's 429 in graphql-ws's 4xxx range). */
export const RATE_LIMITED_CLOSE_CODE = 4429;

export interface SubscriptionServerOptions {
  httpServer: Server;
  supergraphSdl: string;
  publicSupergraphSdl: string;
  urlByName: ReadonlyMap<string, string>;
  dataSourceFor(name: string, url: string): GraphQLDataSource<GatewayContext>;
  credentialFor(viewer: Viewer): Promise<string>;
  tokens: TokenVerifier;
  limits: RequestLimits;
  /** The HTTP requests' rate limit: connections, subscriptions and streams count against it too. */
  rateLimiter: RateLimiter;
  metrics: Pick<Metrics, 'activeSubscriptions' | 'subscriptionEvents'>;
  trustedDocuments?: TrustedDocuments;
  log: Logger;
}

/** Subscriptions sent as ordinary HTTP requests are told where they are served, instead of failing inside the gateway. */
export function subscriptionsOverHttpRefused<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('Subscribe over WebSocket (graphql-ws) at /graphql, or with server-sent events at /graphql/stream', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}

interface SubscribeMessage extends SubscriptionRequest {
  extensions?: Record<string, unknown> | null;
}

/**
 * Subscriptions through the gateway: graphql-ws on the WebSocket upgrade of `/graphql` (and
 * `/public/graphql`, always the public contract) with the token in `connectionParams`, and
 * server-sent events (graphql-sse) at `/graphql/stream` with the token in the header. Callers
 * are authenticated as for queries; anonymous callers get the public contract. The same
 * validation rules and limits apply; a token that expires ends the subscriptions with
 * UNAUTHENTICATED "The token has expired".
 */
export function serveSubscriptions(options: SubscriptionServerOptions) {
  const armor = armorFor(options.limits);
  const costCheck = costLimitPlugin(options.limits);
  const shared = {
    urlByName: options.urlByName,
    dataSourceFor: options.dataSourceFor,
    credentialFor: options.credentialFor,
    validationRules: armor.validationRules as unknown as ValidationRule[],
    maxTokens: options.limits.maxTokens,
    log: options.log,
    // The same cost rule as for queries, by the plugin that applies it to them.
    async checkCost(schema: unknown, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) {
      const listener = await costCheck.requestDidStart!({} as never);
      await listener?.didResolveOperation?.({ request: { variables, operationName }, document, schema } as never);
    },
  };
  const full = subscriptionSurface({ ...shared, supergraphSdl: options.supergraphSdl });
  const open = subscriptionSurface({ ...shared, supergraphSdl: options.publicSupergraphSdl });

  /**
   * A running subscription, counted in the metrics while it runs. Not an async generator: its
   * `return` would wait for the pending event, which an idle subscription may never get, and the
   * gauge would keep it.
   */
  function counted(source: AsyncIterableIterator<FormattedResult>, transport: 'websocket' | 'stream'): AsyncIterableIterator<FormattedResult> {
    const { activeSubscriptions, subscriptionEvents } = options.metrics;
    activeSubscriptions.inc({ transport });
    let running = true;
    const end = () => {
      if (running) activeSubscriptions.dec({ transport });
      running = false;
    };
    return eventIterator<FormattedResult>(
      async () => {
        const result = await source.next().catch((error: unknown) => {
          end();
          throw error;
        });
        if (result.done) {
          end();
          return { done: true, value: undefined };
        }
        subscriptionEvents.inc({ transport });
        return result;
      },
      async () => {
        end();
        await source.return?.();
      },
    );
  }

  /** The document to run: a trusted one for the roles bound to them, whose other documents are refused. */
  function documentOf(viewer: Viewer, message: SubscribeMessage): SubscribeMessage | FormattedResult {
    const hash = (message.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    const decision = trustedDocumentFor(options.trustedDocuments, viewer.role, { hasText: Boolean(message.query), hash });
    if (!decision) return message;
    if ('refusal' in decision) return { errors: [{ message: decision.refusal.message, extensions: { code: decision.refusal.code } }] };
    return { ...message, query: decision.text };
  }

  async function prepare(viewer: Viewer, publicOnly: boolean, message: SubscribeMessage): Promise<PreparedSubscription | FormattedResult> {
    const request = documentOf(viewer, message);
    if (!('query' in request)) return request;
    return (publicOnly || viewer.role === 'public' ? open : full).prepare(request);
  }

  // graphql-ws over the WebSocket upgrade of the GraphQL paths.
  const sockets = new WebSocketServer({ noServer: true });
  const socketPaths = new Map([
    ['/graphql', false],
    ['/public/graphql', true],
  ]);
  options.httpServer.on('upgrade', (request, socket, head) => {
    // Nothing else upgrades here: a request for another path is refused by closing it.
    if (!socketPaths.has(new URL(request.url ?? '/', 'http://localhost').pathname)) return void socket.destroy();
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });

  interface Connection {
    viewer: Viewer;
    publicOnly: boolean;
    identity: { key: string; public: boolean };
    expiresAt?: number;
    expired: boolean;
    cancelExpiry?: () => void;
  }
  const connections = new WeakMap<object, Connection>();
  const expire = (context: { extra: { socket: { close(code: number, reason: string): void } }; subscriptions: object }, connection: Connection) => {
    connection.expired = true;
    // Each subscription sends its last result and completes (at the same instant, by its own
    // timer); the socket closes after the last one.
    if (Object.keys(context.subscriptions).length === 0) context.extra.socket.close(UNAUTHORIZED_CLOSE_CODE, TOKEN_EXPIRED);
  };
  const asErrors = (result: FormattedResult) =>
    (result.errors ?? []).map((error) => new GraphQLError(error.message, { extensions: error.extensions ?? {} }));

  const server = useServer<Record<string, unknown>>(
    {
      async onConnect(context) {
        const publicOnly = socketPaths.get(new URL(context.extra.request.url ?? '/', 'http://localhost').pathname) ?? true;
        const params = context.connectionParams ?? {};
        const caller = publicOnly ? { viewer: ANONYMOUS } : await callerOf(params.Authorization ?? params.authorization, options.tokens);
        // Counted before a bad token is refused, against the address, as for HTTP requests.
        const identity = rateIdentity('problem' in caller ? ANONYMOUS : caller.viewer, context.extra.request.socket.remoteAddress);
        const refused = await options.rateLimiter.take(identity, 'websocket');
        if (refused) {
          context.extra.socket.close(RATE_LIMITED_CLOSE_CODE, rateLimited(refused.retryAfter).message);
          return false;
        }
        if ('problem' in caller) {
          context.extra.socket.close(UNAUTHORIZED_CLOSE_CODE, caller.problem);
          return false;
        }
        const connection: Connection = { viewer: caller.viewer, publicOnly, identity, expired: false };
        if (caller.expiresAt !== undefined) {
          connection.expiresAt = caller.expiresAt;
          connection.cancelExpiry = atInstant(caller.expiresAt, () => expire(context, connection));
        }
        connections.set(context, connection);
        return true;
      },
      onClose(context) {
        connections.get(context)?.cancelExpiry?.();
      },
      async onSubscribe(context, _id, payload) {
        const connection = connections.get(context)!;
        if (connection.expired) return [new GraphQLError(TOKEN_EXPIRED, { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        // The new subscription is already counted.
        if (Object.keys(context.subscriptions).length > options.limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${options.limits.maxSubscriptionsPerConnection} subscriptions per connection`, {
              extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED', max: options.limits.maxSubscriptionsPerConnection },
            }),
          ];
        }
        const refused = await options.rateLimiter.take(connection.identity, 'subscription');
        if (refused) return asErrors({ errors: [rateLimited(refused.retryAfter)] });
        const prepared = await prepare(connection.viewer, connection.publicOnly, payload as SubscribeMessage);
        if (!('run' in prepared)) return asErrors(prepared);
        return {
          schema: (connection.publicOnly || connection.viewer.role === 'public' ? open : full).schema as never,
          document: prepared.document as never,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: { prepared, viewer: connection.viewer, expiresAt: connection.expiresAt },
        };
      },
      subscribe: (args) => {
        const { prepared, viewer, expiresAt } = args.contextValue as { prepared: PreparedSubscription; viewer: Viewer; expiresAt?: number };
        return counted(prepared.run({ viewer, expiresAt }), 'websocket') as never;
      },
      // Results are already formatted.
      onNext: (_context, _id, _payload, _args, result) => result as never,
      onComplete(context, id) {
        const connection = connections.get(context);
        const others = Object.keys(context.subscriptions).filter((other) => other !== id);
        // After graphql-ws has queued the Complete message that follows this callback.
        if (connection?.expired && others.length === 0) setImmediate(() => context.extra.socket.close(UNAUTHORIZED_CLOSE_CODE, TOKEN_EXPIRED));
      },
    },
    sockets,
  );

  // Server-sent events, one subscription per request (graphql-sse's distinct connections mode).
  const streamHandler = (publicOnly: boolean): RequestHandler => {
    const handler = createHandler({
      async onSubscribe(request, params) {
        const caller = publicOnly ? { viewer: ANONYMOUS } : await callerOf(request.raw.headers.authorization, options.tokens);
        const json = (status: number, statusText: string, result: FormattedResult) =>
          [JSON.stringify(result), { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8' } }] as const;
        const refused = await options.rateLimiter.take(rateIdentity('problem' in caller ? ANONYMOUS : caller.viewer, request.raw.socket.remoteAddress), 'stream');
        if (refused) return json(429, 'Too Many Requests', { errors: [rateLimited(refused.retryAfter)] }) as never;
        if ('problem' in caller) return json(401, 'Unauthorized', { errors: [{ message: caller.problem, extensions: { code: ErrorCode.UNAUTHENTICATED } }] }) as never;
        const prepared = await prepare(caller.viewer, publicOnly, params as SubscribeMessage);
        if (!('run' in prepared)) return json(400, 'Bad Request', prepared) as never;
        return counted(prepared.run({ viewer: caller.viewer, expiresAt: caller.expiresAt }), 'stream') as never;
      },
    });
    return (request, response, next) => {
      handler(request, response).catch(next);
    };
  };

  return {
    /** Server-sent events at `/graphql/stream`: the full graph with a token, the public contract without. */
    stream: streamHandler(false),
    /** Server-sent events at `/public/graphql/stream`: the public contract. */
    publicStream: streamHandler(true),
    async close() {
      await server.dispose();
    },
  };
}
