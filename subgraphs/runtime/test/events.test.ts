import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_SEQUENCE, inProcessEventBus, natsEventBus, subgraphEvents, type EventBus } from '../src/events/bus.js';
import { removeEventStream } from '../src/testing.js';

const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const natsReachable = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(NATS_URL);
  const socket = connect({ host: hostname, port: Number(port || 4222) });
  socket.once('connect', () => {
    socket.end();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
});

const ignoreFailures = () => {};

/** What every bus must do, embedded or over the broker. */
function behavesAsAnEventBus(open: () => Promise<EventBus[]>) {
  it('delivers what is published after a subscription to it, filtered per subscriber', async () => {
    const [publisher, subscriber] = await open();
    const events = subgraphEvents(subscriber!, ignoreFailures);
    const county = await events.subscribe<{ divisionCode: string }>('fire-incident-changed', (event) => event.divisionCode === '230724');
    const all = await events.subscribe<{ divisionCode: string }>('fire-incident-changed');
    const publishing = subgraphEvents(publisher!, ignoreFailures);
    await publishing.publish('fire-incident-changed', { divisionCode: '230128' });
    await publishing.publish('other-topic', { divisionCode: '230724' });
    await publishing.publish('fire-incident-changed', { divisionCode: '230724' });
    expect((await county.next()).value).toEqual({ divisionCode: '230724' });
    expect((await all.next()).value).toEqual({ divisionCode: '230128' });
    expect((await all.next()).value).toEqual({ divisionCode: '230724' });
    await county.return!();
    await all.return!();
  });

  it('ends a waiting subscription at once when the subscriber leaves', async () => {
    const [, subscriber] = await open();
    const events = await subgraphEvents(subscriber!, ignoreFailures).subscribe('quiet-topic');
    const waiting = events.next();
    await events.return!();
    expect(await waiting).toMatchObject({ done: true });
  });
}

describe('the in-process event bus', () => {
  const bus = inProcessEventBus();
  afterAll(() => bus.close());
  behavesAsAnEventBus(async () => [bus, bus]);
});

describe.skipIf(!natsReachable)('the NATS JetStream event bus', () => {
  const nats = { url: NATS_URL, prefix: `forestry-test-${randomBytes(4).toString('hex')}` };
  const buses: EventBus[] = [];
  const open = async () => {
    // Two replicas of one subgraph: what one publishes, the other's subscribers hear.
    const replicas = [await natsEventBus({ ...nats, subgraph: 'fire-prevention' }), await natsEventBus({ ...nats, subgraph: 'fire-prevention' })];
    buses.push(...replicas);
    return replicas;
  };
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    await removeEventStream(nats);
  });
  behavesAsAnEventBus(open);

  it('resumes after a sequence or since an instant, for a subscriber that reconnects', async () => {
    const [publisher, subscriber] = await open();
    const live = await subscriber!.subscribe<{ n: number }>('resumable');
    const before = new Date();
    await publisher!.publish('resumable', { n: 1 });
    await publisher!.publish('resumable', { n: 2 });
    const first = (await live.next()).value!;
    await live.return!();

    const afterFirst = await subscriber!.subscribe<{ n: number }>('resumable', { afterSequence: first[EVENT_SEQUENCE] });
    expect((await afterFirst.next()).value).toEqual({ n: 2 });
    await afterFirst.return!();
    const sinceBefore = await subscriber!.subscribe<{ n: number }>('resumable', { since: before });
    expect((await sinceBefore.next()).value).toEqual({ n: 1 });
    await sinceBefore.return!();
  });
});
