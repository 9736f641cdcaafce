import { randomBytes } from 'node:crypto';
import { connect as connectTcp } from 'node:net';
import { loadSubgraphDefinitions, readSchemaFile } from '@forestry/schema';
import type { Viewer } from '@forestry/subgraph-runtime';
import {
  createTestDatabase,
  postGraphQL,
  removeEventStream,
  startTestSubgraph,
  testInternalSecret,
  viewers,
  type TestSubgraph,
} from '@forestry/subgraph-runtime/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTokenVerifier, signDevelopmentToken, tokenRequestFor } from '../src/identity.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import { reportFire, subscribe, waitForSubscriptions } from './subscription-helpers.js';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connectTcp({ host: hostname, port: Number(port || 4222) });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// Replicas of one subgraph share its database, which the embedded one cannot be: server mode
// (TEST_POSTGRES_URL) with a NATS server, as on the CI machine.
const serverMode = Boolean(process.env.TEST_POSTGRES_URL) && (await reachable(NATS_URL));

const nats = { url: NATS_URL, prefix: `forestry-test-${randomBytes(4).toString('hex')}` };
const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
const COUNTY = '230724';
const fireStaff = viewers.staff('fire-prevention');

let forestResources: TestSubgraph<unknown>;
const replicas: { a?: TestSubgraph<unknown>; b?: TestSubgraph<unknown> } = {};
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const gateways: RunningGateway[] = [];
const clients: Client[] = [];

async function startReplica() {
  const [firePrevention] = await loadSubgraphDefinitions(['fire-prevention']);
  return startTestSubgraph(firePrevention!, { nats, location: database.location });
}

async function startGatewayOn(firePreventionUrl: string) {
  const gateway = await startGateway({
    supergraphSdl: await readSchemaFile('supergraph'),
    publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
    port: 0,
    subgraphUrls: { 'forest-resources': forestResources.url, 'fire-prevention': firePreventionUrl },
    tokens: await createTokenVerifier(authEnv),
    internalSecret: testInternalSecret(),
  });
  gateways.push(gateway);
  return gateway;
}

const tokenFor = (viewer: Viewer) =>
  signDevelopmentToken(tokenRequestFor(viewer), authEnv);

function through(gateway: RunningGateway) {
  return {
    request: async (query: string, variables?: Record<string, unknown>, viewer: Viewer | null = viewers.admin) =>
      postGraphQL(gateway.url, query, variables, viewer ? { authorization: `Bearer ${await tokenFor(viewer)}` } : {}),
  };
}

async function subscriber(gateway: RunningGateway) {
  const client = createClient({
    url: gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { Authorization: `Bearer ${await tokenFor(viewers.leader)}` },
  });
  clients.push(client);
  return subscribe(client, `subscription { fireIncidentChanged { kind incident { id division { name } } } }`);
}

describe('subscriptions across a restart of the subgraph (embedded)', () => {
  let firePrevention: TestSubgraph<unknown>;
  let gateway: RunningGateway;
  beforeAll(async () => {
    const [forest] = await loadSubgraphDefinitions(['forest-resources']);
    const [fire] = await loadSubgraphDefinitions(['fire-prevention']);
    forestResources = await startTestSubgraph(forest!);
    // On disk, so that the restarted process finds its data.
    firePrevention = await startTestSubgraph(fire!, { onDisk: true });
    gateway = await startGatewayOn(firePrevention.url);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    for (const running of gateways.splice(0)) await running.stop();
    await firePrevention?.stop();
    await forestResources?.stop();
  });

  it('resubscribes when the subgraph comes back, and events flow again', async () => {
    const leader = await subscriber(gateway);
    await waitForSubscriptions([firePrevention], 1);
    const before = await reportFire(through(gateway), COUNTY, fireStaff);
    expect((await leader.next()).data!.fireIncidentChanged.incident.id).toBe(before.id);

    await firePrevention.restart();
    // The gateway reconnects to the new process on its own.
    await waitForSubscriptions([firePrevention], 1);
    const after = await reportFire(through(gateway), COUNTY, fireStaff);
    expect((await leader.next()).data!.fireIncidentChanged).toEqual({ kind: 'REPORTED', incident: { id: after.id, division: { name: '丰林县' } } });
    leader.close();
  });
});

describe.skipIf(!serverMode)('subscriptions across replicas on NATS JetStream', () => {
  beforeAll(async () => {
    const [forest] = await loadSubgraphDefinitions(['forest-resources']);
    forestResources = await startTestSubgraph(forest!);
    const [firePrevention] = await loadSubgraphDefinitions(['fire-prevention']);
    database = await createTestDatabase(firePrevention!);
    replicas.a = await startReplica();
    replicas.b = await startReplica();
    await startGatewayOn(replicas.a.url);
    await startGatewayOn(replicas.b.url);
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) await client.dispose();
    for (const gateway of gateways.splice(0)) await gateway.stop();
    await replicas.a?.stop();
    await replicas.b?.stop();
    await forestResources?.stop();
    await database?.dispose();
    await removeEventStream(nats);
  });

  it('delivers to a subscriber on one gateway replica a fire reported through the other', async () => {
    const [onA, viaB] = [gateways[0]!, gateways[1]!];
    const leader = await subscriber(onA);
    await waitForSubscriptions([replicas.a!], 1);
    const reported = await reportFire(through(viaB), COUNTY, fireStaff);
    expect((await leader.next()).data!.fireIncidentChanged).toEqual({
      kind: 'REPORTED',
      incident: { id: reported.id, division: { name: '丰林县' } },
    });
    leader.close();
    await waitForSubscriptions([replicas.a!, replicas.b!], 0);
  });

  it('keeps delivering across a restart of the subgraph replica, missing nothing acknowledged meanwhile', async () => {
    const [onA, viaB] = [gateways[0]!, gateways[1]!];
    const leader = await subscriber(onA);
    await waitForSubscriptions([replicas.a!], 1);
    const before = await reportFire(through(viaB), COUNTY, fireStaff);
    expect((await leader.next()).data!.fireIncidentChanged.incident.id).toBe(before.id);

    let whileDown: { id: string } | undefined;
    await replicas.a!.restart(async () => {
      // Stored by JetStream while the replica the subscriber depends on is down.
      whileDown = await reportFire(through(viaB), COUNTY, fireStaff);
    });

    expect((await leader.next()).data!.fireIncidentChanged.incident.id).toBe(whileDown!.id);
    const after = await reportFire(through(viaB), COUNTY, fireStaff);
    expect((await leader.next()).data!.fireIncidentChanged.incident.id).toBe(after.id);
    leader.close();
    await waitForSubscriptions([replicas.a!, replicas.b!], 0);
  });

  it('misses nothing across a restart even before the first event', async () => {
    const [onA, viaB] = [gateways[0]!, gateways[1]!];
    const leader = await subscriber(onA);
    await waitForSubscriptions([replicas.a!], 1);
    let whileDown: { id: string } | undefined;
    await replicas.a!.restart(async () => {
      whileDown = await reportFire(through(viaB), COUNTY, fireStaff);
    });
    expect((await leader.next()).data!.fireIncidentChanged.incident.id).toBe(whileDown!.id);
    leader.close();
  });
});
