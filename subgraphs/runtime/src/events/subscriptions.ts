import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { formatError } from '../errors.js';
import { verifyViewer, VIEWER_HEADER, type Viewer } from '../identity.js';
import type { Logger } from '../logger.js';
import { EVENT_SEQUENCE, eventIterator } from './bus.js';

// The subgraph schema is built by @apollo/subgraph with graphql's CommonJS build (as graphql-ws
// executes with it); executing it needs the same copy, whichever one an ESM import resolves to.
const { createSourceEventStream, execute, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * What a subscriber sends in graphql-ws `connectionParams`: the gateway's signed viewer, and
 * after a reconnection where to resume, so that it misses nothing: after the sequence of the
 * last event it received or, before it received any, since it first subscribed (ISO instant).
 */
export type SubscriptionConnectionParams = {
  [VIEWER_HEADER]?: string;
  resumeAfter?: number;
  resumeSince?: string;
};

/** Where the events of one subscription start: new ones, or those after a sequence or an instant. */
export interface SubscriptionStart {
  viewer: Viewer;
  resumeAfter?: number;
  resumeSince?: Date;
}

/** The `extensions` key under which each event's broker sequence reaches the subscriber. */
export const EVENT_SEQUENCE_EXTENSION = 'eventSequence';

export interface SubscriptionServer {
  /** Subscriptions whose event stream is open right now. */
  active(): number;
  close(): Promise<void>;
}

/**
 * Serves GraphQL subscriptions over graphql-ws on `path` of the subgraph's HTTP server. A
 * connection is accepted only with the gateway's signed viewer, as HTTP requests are; each
 * event then runs with a context of its own (`contextFor`), so that request-scoped loaders never
 * serve one event's data to the next.
 */
export function serveSubscriptions<Context>(options: {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  internalSecret: string;
  log: Logger;
  contextFor(start: SubscriptionStart): Context;
}): SubscriptionServer {
  const sockets = new WebSocketServer({ noServer: true });
  options.httpServer.on('upgrade', (request, socket, head) => {
    // Nothing else upgrades here: a request for another path is refused by closing it.
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) return void socket.destroy();
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });
  const connections = new WeakMap<object, SubscriptionStart>();
  const starts = new WeakMap<object, SubscriptionStart>();
  let active = 0;
  const logUnexpected = (cause: unknown) => options.log.error({ err: cause }, 'unexpected subscription error');

  const server = useServer<SubscriptionConnectionParams>(
    {
      schema: options.schema,
      async onConnect(context) {
        const credential = context.connectionParams?.[VIEWER_HEADER];
        if (typeof credential !== 'string') return false;
        try {
          const viewer = await verifyViewer(credential, options.internalSecret);
          const { resumeAfter, resumeSince } = context.connectionParams ?? {};
          const since = typeof resumeSince === 'string' ? new Date(resumeSince) : undefined;
          connections.set(context, {
            viewer,
            ...(typeof resumeAfter === 'number' ? { resumeAfter } : {}),
            ...(since && !Number.isNaN(since.getTime()) ? { resumeSince: since } : {}),
          });
          return true;
        } catch {
          return false;
        }
      },
      context(context) {
        const start = connections.get(context)!;
        const value = options.contextFor(start) as object;
        starts.set(value, start);
        return value as never;
      },
      // graphql-js's own `subscribe`, except that every event gets a fresh context.
      async subscribe(args: ExecutionArgs) {
        if (!args.schema.getSubscriptionType()) {
          return { errors: [new GraphQLError('This subgraph has no subscriptions', { extensions: { code: 'BAD_REQUEST' } })] };
        }
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const start = starts.get(args.contextValue as object)!;
        active += 1;
        let open = true;
        const finish = () => {
          if (open) active -= 1;
          open = false;
        };
        const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
        return eventIterator<ExecutionResult>(
          async () => {
            const event = await source.next();
            if (event.done) {
              finish();
              return { done: true, value: undefined };
            }
            const result = await execute({ ...args, rootValue: event.value, contextValue: options.contextFor(start) });
            const sequence = (event.value as { [EVENT_SEQUENCE]?: number } | null)?.[EVENT_SEQUENCE];
            return {
              done: false,
              value: sequence === undefined ? result : { ...result, extensions: { ...result.extensions, [EVENT_SEQUENCE_EXTENSION]: sequence } },
            };
          },
          async () => {
            finish();
            await source.return?.();
          },
        );
      },
      // The same rule as over HTTP: platform codes pass, anything else becomes a generic error.
      onNext(_context, _id, _payload, _args, result) {
        if (!result.errors) return;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, logUnexpected)) };
      },
      onError(_context, _id, _payload, errors) {
        return errors.map((error) => formatError(error.toJSON(), error, logUnexpected));
      },
    },
    sockets,
  );

  return {
    active: () => active,
    async close() {
      await server.dispose();
    },
  };
}
