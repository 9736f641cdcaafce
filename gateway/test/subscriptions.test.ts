import type { Viewer } from '@forestry/subgraph-runtime';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { reportFire, subscribe, waitForSubscriptions, type Subscription } from './subscription-helpers.js';

let stack: TestStack;
const clients: Client[] = [];
const open: Subscription[] = [];
beforeAll(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  for (const subscription of open.splice(0)) subscription.close();
  for (const client of clients.splice(0)) await client.dispose();
  // Every test starts from no open subscription, so that it can count its own.
  await waitForSubscriptions(stack.subgraphs.values(), 0);
});
afterAll(() => stack?.stop());

const FENGLIN = '230724'; // 伊春市丰林县
const TONGHE = '230128'; // 哈尔滨市通河县
const fireStaff = (divisionCode: string | null = null): Viewer => viewers.staff('fire-prevention', divisionCode);
const socketUrl = () => stack.gateway.url.replace(/^http/, 'ws');

async function connect(viewer: Viewer | null, options: { expiresIn?: string; url?: string } = {}): Promise<Client & { closeCodes: number[]; closeReasons: string[] }> {
  const token = viewer ? await stack.tokenFor(viewer, options.expiresIn) : undefined;
  const closeCodes: number[] = [];
  const closeReasons: string[] = [];
  const client = createClient({
    url: options.url ?? socketUrl(),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    on: {
      closed: (event) => {
        closeCodes.push((event as { code: number }).code);
        closeReasons.push((event as { reason: string }).reason);
      },
    },
  });
  clients.push(client);
  return Object.assign(client, { closeCodes, closeReasons });
}

function track(subscription: Subscription): Subscription {
  open.push(subscription);
  return subscription;
}

const INCIDENTS = `subscription($divisionCode: ID) {
  fireIncidentChanged(divisionCode: $divisionCode) {
    kind
    incident { id place status division { code name parent { name } } subCompartment { id code } }
  }
}`;

describe('subscriptions through the gateway (graphql-ws)', () => {
  it('delivers a reported fire to a leader with the fields other subgraphs resolve', async () => {
    const leader = track(subscribe(await connect(viewers.leader), INCIDENTS, { divisionCode: '230700' }));
    const alerts = track(subscribe(await connect(viewers.leader), 'subscription { fireAlertRaised { kind level message division { code name } incident { id } } }'));
    await waitForSubscriptions([stack.subgraphs.get('fire-prevention')!], 2);

    const reported = await reportFire(stack, FENGLIN, fireStaff());
    const event = await leader.next();
    expect(event.errors).toBeUndefined();
    expect(event.data!.fireIncidentChanged).toMatchObject({
      kind: 'REPORTED',
      incident: {
        id: reported.id,
        status: 'REPORTED',
        // From forest resources, by the query plan's entity fetches.
        division: { code: FENGLIN, name: '丰林县', parent: { name: '伊春市' } },
        subCompartment: { id: reported.subCompartment.id, code: reported.subCompartment.code },
      },
    });
    const alert = await alerts.next();
    expect(alert.data!.fireAlertRaised).toMatchObject({ kind: 'NEW_INCIDENT', division: { code: FENGLIN, name: '丰林县' }, incident: { id: reported.id } });

    const moved = await stack.request(
      `mutation($id: ID!) { changeFireIncidentStatus(id: $id, input: { status: VERIFIED, changedBy: "李振江" }) { status } }`,
      { id: reported.id },
      fireStaff(),
    );
    expect(moved.errors).toBeUndefined();
    expect((await leader.next()).data!.fireIncidentChanged).toMatchObject({ kind: 'STATUS_CHANGED', incident: { id: reported.id, status: 'VERIFIED' } });
  });

  it('counts running subscriptions and the results sent to them in the metrics', async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(stack.gateway.url.replace('/graphql', '/metrics'))).text();
      return Number(new RegExp(`^${name}\\{transport="websocket"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    };
    const sentBefore = await metric('graphql_subscription_events_total');
    const leader = track(subscribe(await connect(viewers.leader), INCIDENTS, { divisionCode: FENGLIN }));
    await waitForSubscriptions([stack.subgraphs.get('fire-prevention')!], 1);
    expect(await metric('graphql_subscriptions_active')).toBe(1);
    await reportFire(stack, FENGLIN, fireStaff());
    await leader.next();
    expect(await metric('graphql_subscription_events_total')).toBe(sentBefore + 1);
    // An idle subscription that ends is no longer counted, without waiting for another event.
    leader.close();
    await expect.poll(() => metric('graphql_subscriptions_active')).toBe(0);
  });

  it('authorizes every event per subscriber: staff of another county hear only of their own', async () => {
    const tonghe = track(subscribe(await connect(fireStaff(TONGHE)), INCIDENTS));
    const province = track(subscribe(await connect(fireStaff('230000')), INCIDENTS));
    await waitForSubscriptions([stack.subgraphs.get('fire-prevention')!], 2);

    const inFenglin = await reportFire(stack, FENGLIN, fireStaff());
    const inTonghe = await reportFire(stack, TONGHE, fireStaff());
    // Events arrive in order: the first the Tonghe staff receive is their own county's fire.
    expect((await tonghe.next()).data!.fireIncidentChanged.incident).toMatchObject({ id: inTonghe.id, division: { code: TONGHE } });
    expect((await province.next()).data!.fireIncidentChanged.incident.id).toBe(inFenglin.id);
    expect((await province.next()).data!.fireIncidentChanged.incident.id).toBe(inTonghe.id);
  });

  it('refuses incidents to the public, which sees only the public contract', async () => {
    const anonymous = subscribe(await connect(null), INCIDENTS);
    await expect(anonymous.next()).rejects.toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    const viaPublicPath = subscribe(await connect(viewers.leader, { url: `${socketUrl().replace(/\/graphql$/, '')}/public/graphql` }), INCIDENTS);
    await expect(viaPublicPath.next()).rejects.toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('lets the public follow its own application by receipt number', async () => {
    const submit = async () => {
      const { data, errors } = await stack.request(
        `mutation($input: SubmitLicenceApplicationInput!) { submitApplication(input: $input) { receiptNumber } }`,
        {
          input: {
            itemCode: 'SP03',
            applicantKind: 'ORGANISATION',
            applicantName: '敦化市林木种苗站',
            applicantIdNumber: '91330100716105852F',
            contactName: '金东哲',
            contactPhone: '13904511234',
            summary: '红松种子生产经营许可，年产种子五百公斤',
            divisionCode: '220524',
          },
        },
        null,
      );
      expect(errors).toBeUndefined();
      return data!.submitApplication.receiptNumber as string;
    };
    const mine = await submit();
    const someoneElses = await submit();
    const follow = track(
      subscribe(await connect(null), 'subscription($receipt: String!) { licenceApplicationStatusChanged(receiptNumber: $receipt) { receiptNumber status } }', {
        receipt: mine,
      }),
    );
    await waitForSubscriptions([stack.subgraphs.get('public-disclosure')!], 1);
    const accept = (receipt: string) =>
      stack.request(
        `mutation($receipt: String!) { acceptApplication(receiptNumber: $receipt, input: { officer: "李国栋" }) { status } }`,
        { receipt },
        viewers.staff('public-disclosure'),
      );
    expect((await accept(someoneElses)).errors).toBeUndefined();
    expect((await accept(mine)).errors).toBeUndefined();
    expect((await follow.next()).data).toEqual({ licenceApplicationStatusChanged: { receiptNumber: mine, status: 'ACCEPTED' } });
  });

  it('tells a leader of supervision tasks escalated to a higher level', async () => {
    const escalations = track(subscribe(await connect(viewers.leader), 'subscription { supervisionTaskEscalated { level task { id title } } }'));
    await waitForSubscriptions([stack.subgraphs.get('documents')!], 1);
    const { data, errors } = await stack.request(
      'mutation { escalateOverdueSupervisionTasks { escalatedTaskCount escalations { level task { id } } } }',
      {},
      viewers.staff('documents'),
    );
    expect(errors).toBeUndefined();
    const run = data!.escalateOverdueSupervisionTasks;
    expect(run.escalatedTaskCount).toBeGreaterThan(0);
    const event = (await escalations.next()).data!.supervisionTaskEscalated;
    // Each task's highest new level.
    const levelsOfTask = run.escalations.filter((entry: { task: { id: string } }) => entry.task.id === event.task.id);
    expect(levelsOfTask.length).toBeGreaterThan(0);
    expect(event.level).toBe(levelsOfTask.at(-1).level);
    expect(event.task.title).toEqual(expect.any(String));
  });

  it('ends the subscription with UNAUTHENTICATED when the token expires', async () => {
    const client = await connect(viewers.leader, { expiresIn: '2s' });
    const leader = subscribe(client, INCIDENTS);
    const result = await leader.next();
    expect(result.errors).toEqual([{ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(await leader.finished()).toBe(true);
    await expect.poll(() => client.closeCodes).toContain(4401);
    expect(client.closeReasons).toContain('The token has expired');
  });

  it('refuses an expired or invalid token at connection', async () => {
    const forged = createClient({ url: socketUrl(), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: 'Bearer not-a-token' } });
    clients.push(forged);
    await expect(subscribe(forged, INCIDENTS).next()).rejects.toMatchObject({ code: 4401, reason: 'The token is not valid' });
  });

  it('holds subscriptions to the same limits as queries, and caps them per connection', async () => {
    const client = await connect(viewers.leader);
    const aliases = Array.from({ length: 21 }, (_, index) => `k${index}: kind`).join(' ');
    await expect(subscribe(client, `subscription { fireIncidentChanged { ${aliases} } }`).next()).rejects.toMatchObject([
      { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    const costly = `subscription { fireIncidentChanged { incident { division { children { children { children { children { code } } } } } } } }`;
    await expect(subscribe(client, costly).next()).rejects.toMatchObject([{ extensions: { code: 'COST_LIMIT_EXCEEDED' } }]);
    await expect(subscribe(client, '{ treeSpecies { code } }').next()).rejects.toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);

    const follow = 'subscription { licenceApplicationStatusChanged(receiptNumber: "LYSP-2026-999999") { status } }';
    for (let index = 0; index < DEFAULT_LIMITS.maxSubscriptionsPerConnection; index += 1) track(subscribe(client, follow));
    await waitForSubscriptions([stack.subgraphs.get('public-disclosure')!], DEFAULT_LIMITS.maxSubscriptionsPerConnection);
    await expect(subscribe(client, follow).next()).rejects.toMatchObject([{ extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED' } }]);
  });
});

describe('subscriptions over plain HTTP', () => {
  it('are refused with directions to where they are served', async () => {
    const { status, errors } = await stack.request('subscription { fireAlertRaised { id } }', {}, viewers.leader);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('/graphql/stream'), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('subscriptions through the gateway (server-sent events)', () => {
  it('delivers the same event over graphql-sse', async () => {
    const token = await stack.tokenFor(viewers.leader);
    const client = createSseClient({ url: `${stack.gateway.url}/stream`, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const events = client.iterate<{ fireIncidentChanged: { kind: string; incident: { id: string; division: { name: string } } } }>({
      query: INCIDENTS,
      variables: { divisionCode: FENGLIN },
    });
    try {
      const first = events.next();
      await waitForSubscriptions([stack.subgraphs.get('fire-prevention')!], 1);
      const reported = await reportFire(stack, FENGLIN, fireStaff());
      const { value } = await first;
      expect(value!.data!.fireIncidentChanged).toMatchObject({ kind: 'REPORTED', incident: { id: reported.id, division: { name: '丰林县' } } });
    } finally {
      await events.return?.();
      client.dispose();
    }
  });

  it('ends the stream with UNAUTHENTICATED when the token expires', async () => {
    const token = await stack.tokenFor(viewers.leader, '2s');
    const client = createSseClient({ url: `${stack.gateway.url}/stream`, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const events = client.iterate({ query: INCIDENTS });
    try {
      expect((await events.next()).value).toEqual({ errors: [{ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } }] });
      expect((await events.next()).done).toBe(true);
    } finally {
      client.dispose();
    }
  });

  it('refuses an invalid token with 401', async () => {
    const response = await fetch(`${stack.gateway.url}/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: INCIDENTS }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ message: 'The token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
