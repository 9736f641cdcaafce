import { EventEmitter, on } from 'node:events';
import { DeliverPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType, type JetStreamClient } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';

/**
 * The position of an event in the broker's log (JetStream's stream sequence), carried on every
 * delivered payload so that a subscriber that reconnects can ask for what followed it.
 */
export const EVENT_SEQUENCE: unique symbol = Symbol('forestry.eventSequence');

export type DeliveredEvent<Payload> = Payload & { [EVENT_SEQUENCE]?: number };

export interface SubscribeOptions {
  /** Deliver the events after this sequence instead of only new ones (broker only). */
  afterSequence?: number;
  /** Deliver the events since this instant instead of only new ones (broker only). */
  since?: Date;
}

/**
 * Domain events between a subgraph's mutations and its subscriptions. `publish` resolves once the
 * event is delivered in process or, with a broker, stored by it; `subscribe` resolves once the
 * subscription is in place, so nothing published afterwards is missed.
 */
export interface EventBus {
  readonly kind: 'in-process' | 'nats';
  publish(topic: string, payload: object): Promise<void>;
  subscribe<Payload extends object>(topic: string, options?: SubscribeOptions): Promise<AsyncIterableIterator<DeliveredEvent<Payload>>>;
  close(): Promise<void>;
}

/**
 * An event stream as GraphQL subscriptions consume it. Shaped like an async generator but not
 * one: a generator's `return()` waits for the pending `next()`, which for a quiet topic may be
 * never; `close` here ends the stream at once.
 */
export function eventIterator<Event>(
  next: () => Promise<IteratorResult<Event, undefined>>,
  close: () => Promise<unknown>,
): AsyncIterableIterator<Event> {
  const iterator: AsyncIterableIterator<Event> = {
    next,
    async return() {
      await close();
      return { done: true, value: undefined };
    },
    // With `throw`, graphql-ws and graphql-sse recognise it as a generator and close it when the subscriber leaves.
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const DONE = { done: true, value: undefined } as const;

/** The events of `source` that `keep` accepts. */
export function filterEvents<Event>(source: AsyncIterator<Event>, keep: (event: Event) => boolean): AsyncIterableIterator<Event> {
  return eventIterator(
    async () => {
      for (;;) {
        const result = await source.next();
        if (result.done) return DONE;
        if (keep(result.value)) return result;
      }
    },
    async () => source.return?.(),
  );
}

/** Embedded mode: one process, so an emitter is the whole broker. */
export function inProcessEventBus(): EventBus {
  const emitter = new EventEmitter();
  // Every subscription is a listener; their number is bounded by the connection limits, not here.
  emitter.setMaxListeners(0);
  const closing = new AbortController();
  return {
    kind: 'in-process',
    async publish(topic, payload) {
      // A copy, as a broker would deliver: subscribers cannot see each other's changes.
      emitter.emit(topic, structuredClone(payload));
    },
    async subscribe<Payload extends object>(topic: string) {
      // Node's `on` iterator ends pending reads as soon as it is returned or aborted.
      const events = on(emitter, topic, { signal: closing.signal, close: ['close'] });
      return eventIterator<Payload>(
        async () => {
          const result = await events.next().catch(() => DONE);
          return result.done ? DONE : { done: false, value: (result.value as unknown[])[0] as Payload };
        },
        async () => events.return?.(),
      );
    },
    async close() {
      emitter.emit('close');
      closing.abort();
    },
  };
}

export interface NatsEventBusOptions {
  url: string;
  /** The subgraph whose events this bus publishes: subjects are `<prefix>.<subgraph>.<topic>`. */
  subgraph: string;
  /** Subject prefix and, upper-cased, the stream name (default `forestry`, stream `FORESTRY`). */
  prefix?: string;
  /** How long the stream keeps events (default a day). */
  retentionMs?: number;
}

/** The stream of a platform prefix: one per platform, holding every subgraph's events. */
export function streamNameOf(prefix: string): string {
  return prefix.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}

async function ensureStream(nc: NatsConnection, name: string, prefix: string, retentionMs: number): Promise<void> {
  const manager = await jetstreamManager(nc);
  const wanted = {
    name,
    subjects: [`${prefix}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: nanos(retentionMs),
  };
  try {
    await manager.streams.info(name);
  } catch {
    // Another replica may create it at the same moment; adding an identical stream succeeds.
    await manager.streams.add(wanted);
  }
}

/**
 * Server mode: events travel through NATS JetStream. `publish` waits for the stream's
 * acknowledgement, so an event a mutation reported is stored even if this replica dies next;
 * each subscription reads with an ordered, ephemeral consumer, from new events or from a given
 * sequence, so a subscriber on any replica sees the events of every replica.
 */
export async function natsEventBus(options: NatsEventBusOptions): Promise<EventBus> {
  const prefix = options.prefix ?? 'forestry';
  const stream = streamNameOf(prefix);
  const nc = await connect({ servers: options.url, name: `forestry-${options.subgraph}`, maxReconnectAttempts: -1 });
  await ensureStream(nc, stream, prefix, options.retentionMs ?? 24 * 60 * 60 * 1000);
  const js: JetStreamClient = jetstream(nc);
  const subjectOf = (topic: string) => `${prefix}.${options.subgraph}.${topic}`;
  return {
    kind: 'nats',
    async publish(topic, payload) {
      await js.publish(subjectOf(topic), JSON.stringify(payload));
    },
    async subscribe<Payload extends object>(topic: string, subscribeOptions: SubscribeOptions = {}) {
      const { afterSequence, since } = subscribeOptions;
      const consumer = await js.consumers.get(stream, {
        filter_subjects: subjectOf(topic),
        ...(afterSequence !== undefined
          ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: afterSequence + 1 }
          : since !== undefined
            ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: since.toISOString() }
            : { deliver_policy: DeliverPolicy.New }),
      });
      const messages = await consumer.consume();
      const iterator = messages[Symbol.asyncIterator]();
      return eventIterator<DeliveredEvent<Payload>>(
        async () => {
          const result = await iterator.next();
          if (result.done) return DONE;
          const event = result.value.json<Payload>() as DeliveredEvent<Payload>;
          Object.defineProperty(event, EVENT_SEQUENCE, { value: result.value.seq, enumerable: false });
          return { done: false, value: event };
        },
        async () => messages.stop(),
      );
    },
    async close() {
      await nc.drain();
    },
  };
}

/** What resolvers reach as `context.events`. */
export interface SubgraphEvents {
  /**
   * Publishes a domain event; call it after the transaction commits, so that no subscriber hears
   * of a change that was rolled back. A failure to publish is logged, never thrown: the change
   * itself has been made.
   */
  publish(topic: string, payload: object): Promise<void>;
  /** Events of `topic` that `keep` accepts (for this subscriber: the place to apply its rules). */
  subscribe<Payload extends object>(topic: string, keep?: (event: Payload) => boolean): Promise<AsyncIterableIterator<Payload>>;
}

export function subgraphEvents(bus: EventBus, onPublishFailure: (error: unknown, topic: string) => void, options: SubscribeOptions = {}): SubgraphEvents {
  return {
    publish: (topic, payload) => bus.publish(topic, payload).catch((error: unknown) => onPublishFailure(error, topic)),
    async subscribe<Payload extends object>(topic: string, keep?: (event: Payload) => boolean) {
      const events = await bus.subscribe<Payload>(topic, options);
      return keep ? filterEvents(events, keep) : events;
    },
  };
}
