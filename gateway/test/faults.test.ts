/**
 * Faults under load, on real processes started the way `npm start` starts them: subgraphs
 * killed, stalled and restarted, database connections cut, the gateway restarted, while
 * staff keep reporting fires and others keep reading across departments. Every report the
 * platform acknowledged must still be there afterwards, and the platform must recover by itself.
 */
import { openDatabase, type PrismaClientLike } from '@forestry/subgraph-runtime';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcessStack, stopStackProcess, type ProcessStack } from '../src/process-stack.js';

const SUBGRAPH_TIMEOUT_MS = 1500;
/** Longest any request may take, faults included: the subgraph deadline plus generous slack. */
const REQUEST_DEADLINE_MS = SUBGRAPH_TIMEOUT_MS + 8000;
const RECOVERY_DEADLINE_MS = 60_000;
const serverMode = Boolean(process.env.TEST_POSTGRES_URL);
const FAULTY = 'fire-prevention';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + RECOVERY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what}: not within ${RECOVERY_DEADLINE_MS} ms`);
}

let stack: ProcessStack;
let staffToken: string;
let adminToken: string;

beforeAll(async () => {
  stack = await startProcessStack({
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    // The load comes from two identities; the per-identity limit is not what is tested here.
    env: { RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  staffToken = await stack.tokenFor(viewers.staff(FAULTY, '230700'));
  adminToken = await stack.tokenFor(viewers.admin);
}, 600_000);
afterAll(() => stack?.stop());

// --- Load ------------------------------------------------------------------------------------

type Outcome =
  | { kind: 'ok' }
  | { kind: 'errors'; codes: string[]; messages: string[] }
  | { kind: 'http'; status: number; codes: string[] }
  | { kind: 'connection'; detail: string }
  | { kind: 'hang' };

async function send(query: string, variables: Record<string, unknown>, token: string): Promise<{ outcome: Outcome; data?: any }> {
  try {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
    if (response.status !== 200) return { outcome: { kind: 'http', status: response.status, codes } };
    if (body.errors?.length) return { outcome: { kind: 'errors', codes, messages: body.errors.map((error) => error.message) }, data: body.data };
    return { outcome: { kind: 'ok' }, data: body.data };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { outcome: { kind: 'hang' } };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { outcome: { kind: 'connection', detail: cause?.code ?? cause?.message ?? (error as Error).message } };
  }
}

const REPORT = `mutation($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id place } }`;
const CROSS_DEPARTMENT = `query($code: ID!) {
  fireIncidents(first: 5, filter: { divisionCode: $code }) { totalCount edges { node { id place division { name } subCompartment { code } } } }
  division(code: $code) { name forestStatistics { area } }
}`;

/** What the platform acknowledged: a report answered with its id and no error. */
const acknowledged = new Map<string, string>();
let reportSequence = 0;

interface PhaseLoad {
  stop(): Promise<void>;
  outcomes: { operation: string; outcome: Outcome; at: number; place?: string }[];
}

/** Reporters and readers sending back to back until stopped. */
function startLoad(phase: string, { reporters = 3, readers = 2 } = {}): PhaseLoad {
  let running = true;
  const outcomes: PhaseLoad['outcomes'] = [];
  const reporter = async () => {
    while (running) {
      const place = `负载${phase}-${++reportSequence}`;
      const input = { divisionCode: '230724', place, longitude: 129.3462, latitude: 48.3123, detection: 'PUBLIC_REPORT', reportedBy: '王建华' };
      const { outcome, data } = await send(REPORT, { input }, staffToken);
      outcomes.push({ operation: 'report', outcome, at: Date.now(), place });
      if (outcome.kind === 'ok') {
        expect(data.reportFireIncident.place).toBe(place);
        acknowledged.set(data.reportFireIncident.id, place);
      }
      // Refused connections come back at once; do not spin while the gateway is away.
      if (outcome.kind === 'connection') await sleep(50);
    }
  };
  const reader = async () => {
    while (running) {
      const { outcome } = await send(CROSS_DEPARTMENT, { code: '230724' }, adminToken);
      outcomes.push({ operation: 'read', outcome, at: Date.now() });
      if (outcome.kind === 'connection') await sleep(50);
    }
  };
  const workers = [...Array.from({ length: reporters }, reporter), ...Array.from({ length: readers }, reader)];
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** What a fault may cause: error codes, and connection failures by their code. */
interface Allowed {
  codes: string[];
  connections: string[];
}

/** Outcomes that a fault may cause: anything else (an internal error, a hang, a cut request) is a defect. */
function unexpected(load: PhaseLoad, allowed: Allowed): string[] {
  return load.outcomes.flatMap(({ operation, outcome }) => {
    if (outcome.kind === 'ok') return [];
    if (outcome.kind === 'hang') return [`${operation}: no answer within ${REQUEST_DEADLINE_MS} ms`];
    if (outcome.kind === 'connection') return allowed.connections.includes(outcome.detail) ? [] : [`${operation}: connection ${outcome.detail}`];
    if (outcome.kind === 'http') return [`${operation}: HTTP ${outcome.status} ${outcome.codes.join(',')}`];
    const bad = outcome.codes.filter((code) => !allowed.codes.includes(code));
    return bad.length ? [`${operation}: ${bad.join(',')} ${outcome.messages.join(' | ').slice(0, 200)}`] : [];
  });
}

function tally(load: PhaseLoad): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { operation, outcome } of load.outcomes) {
    const key = `${operation} ${outcome.kind === 'errors' ? outcome.codes.join(',') : outcome.kind === 'connection' ? `connection ${outcome.detail}` : outcome.kind}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Every acknowledged report, read back by id through the gateway, twenty at a time. */
async function missingAcknowledged(): Promise<string[]> {
  const entries = [...acknowledged];
  const missing: string[] = [];
  for (let start = 0; start < entries.length; start += 20) {
    const batch = entries.slice(start, start + 20);
    const query = `{ ${batch.map(([id], index) => `i${index}: fireIncident(id: "${id}") { id place }`).join(' ')} }`;
    const { outcome, data } = await send(query, {}, adminToken);
    expect(outcome).toEqual({ kind: 'ok' });
    batch.forEach(([id, place], index) => {
      if (data[`i${index}`]?.place !== place) missing.push(id);
    });
  }
  return missing;
}

/** After a fault: requests succeed again by themselves, `/ready` is 200, and nothing acknowledged is gone. */
async function expectRecovered(): Promise<void> {
  await waitFor('requests to succeed again', async () => {
    const [report, read] = await Promise.all([
      send(REPORT, { input: { divisionCode: '230724', place: `恢复-${++reportSequence}`, longitude: 129.3462, latitude: 48.3123, detection: 'PUBLIC_REPORT', reportedBy: '王建华' } }, staffToken),
      send(CROSS_DEPARTMENT, { code: '230724' }, adminToken),
    ]);
    if (report.outcome.kind === 'ok') acknowledged.set(report.data.reportFireIncident.id, report.data.reportFireIncident.place);
    return report.outcome.kind === 'ok' && read.outcome.kind === 'ok';
  });
  expect(await stack.readyStatus()).toBe(200);
  expect(await missingAcknowledged()).toEqual([]);
}

/** The places of the fires reported in the test county since `since`, read page by page. */
async function placesReportedSince(since: Date): Promise<Set<string>> {
  const places = new Set<string>();
  let after: string | null = null;
  do {
    const { outcome, data } = await send(
      `query($after: String, $since: DateTime!) {
        fireIncidents(first: 200, after: $after, filter: { divisionCode: "230724", reportedFrom: $since }) {
          pageInfo { hasNextPage endCursor } edges { node { place } }
        }
      }`,
      { after, since: since.toISOString() },
      adminToken,
    );
    expect(outcome).toEqual({ kind: 'ok' });
    for (const { node } of data.fireIncidents.edges) places.add(node.place);
    after = data.fireIncidents.pageInfo.hasNextPage ? data.fireIncidents.pageInfo.endCursor : null;
  } while (after);
  return places;
}

async function duringLoad(phase: string, fault: () => Promise<void>, allowed: Allowed): Promise<PhaseLoad> {
  const load = startLoad(phase);
  await sleep(1500);
  await fault();
  await sleep(2000);
  await load.stop();
  console.info(`${phase}:`, JSON.stringify(tally(load)));
  expect(unexpected(load, allowed), `${FAULTY} logged:\n${stack.subgraphs.get(FAULTY)!.process.output()}`).toEqual([]);
  // The load was real: reports were acknowledged in this phase, before or after the fault.
  expect(load.outcomes.filter(({ operation, outcome }) => operation === 'report' && outcome.kind === 'ok').length).toBeGreaterThan(0);
  await expectRecovered();
  return load;
}

// --- The phases ------------------------------------------------------------------------------

describe('faults under load', () => {
  it('keeps every acknowledged report when fire-prevention is killed and restarted on its data', async () => {
    await duringLoad(
      'kill',
      async () => {
        await stopStackProcess(stack.subgraphs.get(FAULTY)!.process, 'SIGKILL');
        await sleep(1000);
        await stack.startSubgraph(FAULTY);
      },
      { codes: ['SUBGRAPH_UNAVAILABLE'], connections: [] },
    );
  });

  it('answers with SUBGRAPH_UNAVAILABLE within the deadline while fire-prevention is stalled, and recovers', async () => {
    await duringLoad(
      'stall',
      async () => {
        const { child } = stack.subgraphs.get(FAULTY)!.process;
        child.kill('SIGSTOP');
        await sleep(SUBGRAPH_TIMEOUT_MS * 2.5);
        child.kill('SIGCONT');
      },
      { codes: ['SUBGRAPH_UNAVAILABLE'], connections: [] },
    );
  });

  // Embedded PGlite runs inside the subgraph's process: there is no connection to lose.
  it.skipIf(!serverMode)('recovers when its database connections are cut mid-request (server mode only)', async () => {
    const { definition, databaseUrl } = stack.subgraphs.get(FAULTY)!;
    // A connection of the test's own, through the runtime, to cut the subgraph's.
    const admin = await openDatabase({ location: { kind: 'server', url: databaseUrl! }, migrationsDir: definition.migrationsDir, createClient: definition.createClient });
    try {
      await duringLoad(
        'connections-cut',
        async () => {
          // Several times, so that some cuts land on statements in flight.
          for (let cut = 0; cut < 3; cut++) {
            await (admin.client as PrismaClientLike).$queryRawUnsafe(
              'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
            );
            await sleep(300);
          }
        },
        { codes: ['SUBGRAPH_UNAVAILABLE', 'DATABASE_UNAVAILABLE'], connections: [] },
      );
    } finally {
      await admin.close();
    }
  });

  it('drains and restarts the gateway while requests keep coming', async () => {
    const started = new Date();
    const load = await duringLoad(
      'gateway-restart',
      async () => {
        await stopStackProcess(stack.gateway, 'SIGTERM');
        await stack.startGateway();
      },
      // While it is away, new callers are refused at the connection. A request written onto an
      // idle keep-alive connection just as the draining gateway closes it is reset unread (the
      // race of every HTTP server that closes idle connections); checked below that it was.
      { codes: [], connections: ['ECONNREFUSED', 'ECONNRESET'] },
    );
    const reset = load.outcomes.filter(({ operation, outcome }) => operation === 'report' && outcome.kind === 'connection' && outcome.detail === 'ECONNRESET');
    const reported = await placesReportedSince(started);
    // A reset report was never processed: the caller may safely send it again.
    expect(reset.filter(({ place }) => reported.has(place!))).toEqual([]);
  });
});
