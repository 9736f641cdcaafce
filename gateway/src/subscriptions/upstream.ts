import { EVENT_SEQUENCE_EXTENSION, VIEWER_HEADER, type Logger, type SubscriptionConnectionParams } from '@forestry/subgraph-runtime';
import type { GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One event of a subgraph subscription: the result of the plan's primary fetch. */
export interface UpstreamResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** How long to wait before the n-th reconnection: quick at first, at most five seconds. */
function backoff(retries: number): Promise<void> {
  const ms = Math.min(250 * 2 ** retries, 5000) * (0.75 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A subscription to the subgraph that owns the field, over graphql-ws with the signed viewer in
 * `connectionParams`. If the subgraph goes away (a restart, a replica replaced) it reconnects
 * and resubscribes; with a broker it asks for the events after the last one it received, so a
 * restart loses none. Errors from the subgraph end the iteration by throwing them.
 */
export function upstreamSubscription(options: {
  url: string;
  request: { query: string; operationName: string | undefined; variables: Record<string, unknown> };
  credential(): Promise<string>;
  log: Logger;
}): AsyncIterableIterator<UpstreamResult> {
  const url = new URL(options.url);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let lastSequence: number | undefined;
  let firstConnectedAt: string | undefined;
  const client = createClient({
    url: url.toString(),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: backoff,
    // Called on every (re)connection: a fresh credential, and where to resume: after the last
    // event delivered or, if none was, since the subscription began.
    connectionParams: async (): Promise<SubscriptionConnectionParams> => ({
      [VIEWER_HEADER]: await options.credential(),
      ...(lastSequence !== undefined ? { resumeAfter: lastSequence } : firstConnectedAt ? { resumeSince: firstConnectedAt } : {}),
    }),
    on: {
      connected: () => {
        firstConnectedAt ??= new Date().toISOString();
      },
      closed: (event) => options.log.debug({ url: options.url, code: (event as { code?: number }).code }, 'subgraph subscription connection closed'),
    },
  });

  const pending: UpstreamResult[] = [];
  let ended: { error?: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const unsubscribe = client.subscribe<Record<string, unknown>, Record<string, unknown>>(
    { query: options.request.query, variables: options.request.variables, ...(options.request.operationName ? { operationName: options.request.operationName } : {}) },
    {
      next(result) {
        const sequence = result.extensions?.[EVENT_SEQUENCE_EXTENSION];
        if (typeof sequence === 'number') lastSequence = sequence;
        pending.push(result as UpstreamResult);
        notify();
      },
      error(error) {
        ended = { error };
        notify();
      },
      complete() {
        ended ??= {};
        notify();
      },
    },
  );
  const close = async () => {
    ended ??= {};
    unsubscribe();
    notify();
    await client.dispose();
  };

  const iterator: AsyncIterableIterator<UpstreamResult> = {
    async next() {
      for (;;) {
        const result = pending.shift();
        if (result) return { done: false, value: result };
        if (ended) {
          await close();
          if (ended.error !== undefined) throw ended.error;
          return { done: true, value: undefined };
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
