import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect as connectNats } from '@nats-io/transport-node';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import pg from 'pg';
import type { AuditDeliveryOptions } from './audit/index.js';
import { openDatabase, type Database, type DatabaseLocation, type PrismaClientLike } from './database.js';
import { streamNameOf } from './events/bus.js';
import { ANONYMOUS, signViewer, VIEWER_HEADER, type Viewer } from './identity.js';
import { startSubgraph, type RunningSubgraph, type StartOptions } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';
import { startTracing } from './tracing.js';

/**
 * The seeded state of a subgraph's database, built once and reused by every test file until
 * the subgraph's migrations or sources change: seeding thousands of rows per test file would
 * dominate the suite's time.
 */
async function templateKey(definition: SubgraphDefinition<any, any>): Promise<string> {
  const packageRoot = join(definition.migrationsDir, '..', '..');
  const hash = createHash('sha256');
  for (const directory of [definition.migrationsDir, join(packageRoot, 'src')]) {
    const files = (await readdir(directory, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.parentPath.includes('generated'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(packageRoot.length)).update(await readFile(file));
  }
  return `${definition.name.replaceAll('-', '_')}_${hash.digest('hex').slice(0, 16)}`;
}

async function withAdminConnection<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(server);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function seededDatabase<Client extends PrismaClientLike>(
  definition: SubgraphDefinition<Client, unknown>,
  location: DatabaseLocation,
): Promise<Database<Client>> {
  const database = await openDatabase({ location, migrationsDir: definition.migrationsDir, createClient: definition.createClient });
  if (database.migration.wasEmpty) await definition.seed(database.client);
  return database;
}

async function embeddedTemplate(definition: SubgraphDefinition<any, any>): Promise<Blob> {
  const path = join(tmpdir(), 'forestry-test-templates', `${await templateKey(definition)}.tar.gz`);
  const cached = await readFile(path).catch(() => undefined);
  if (cached) return new Blob([cached]);
  const database = await seededDatabase(definition, { kind: 'embedded', dataDir: 'memory://' });
  const snapshot = await database.snapshot!();
  await database.close();
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}`;
  await writeFile(partial, Buffer.from(await snapshot.arrayBuffer()));
  await rename(partial, path);
  return snapshot;
}

async function serverTemplate(definition: SubgraphDefinition<any, any>, server: string): Promise<string> {
  const name = `template_${await templateKey(definition)}`;
  await withAdminConnection(server, async (client) => {
    // Serialises template creation across test processes.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount !== 0) return;
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      const url = new URL(server);
      url.pathname = `/${building}`;
      const database = await seededDatabase(definition, { kind: 'server', url: url.toString() });
      await database.close();
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

/**
 * A seeded database of its own for one test: embedded in memory by default (in a temporary
 * directory with `onDisk`, so that it outlives a restart), or a new database on the PostgreSQL
 * server named by `TEST_POSTGRES_URL` (dropped again by `dispose`). All are copies of a
 * template seeded once.
 */
export async function createTestDatabase(
  definition: SubgraphDefinition<any, any>,
  options: { onDisk?: boolean } = {},
): Promise<{ location: DatabaseLocation; dispose(): Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    const snapshot = await embeddedTemplate(definition);
    if (!options.onDisk) return { location: { kind: 'embedded', dataDir: 'memory://', snapshot }, dispose: async () => {} };
    const dataDir = await mkdtemp(join(tmpdir(), `forestry-test-${definition.name}-`));
    return { location: { kind: 'embedded', dataDir, snapshot }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const template = await serverTemplate(definition, server);
  const name = `test_${definition.name.replaceAll('-', '_')}_${randomBytes(6).toString('hex')}`;
  await withAdminConnection(server, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'server', url: url.toString() },
    dispose: () => withAdminConnection(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation over HTTP and returns the status and parsed body. */
export async function postGraphQL<Data = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** Test viewers for every role; `staff(department)` for a department's staff. */
export const viewers = {
  anonymous: ANONYMOUS,
  admin: { subject: 'test-admin', role: 'admin', department: null, divisionCode: null, clearance: 'confidential' },
  leader: { subject: 'test-leader', role: 'leader', department: null, divisionCode: null, clearance: 'secret' },
  partner: { subject: 'test-partner', role: 'partner', department: null, divisionCode: null, clearance: 'none' },
  staff: (department: string, divisionCode: string | null = null): Viewer => ({
    subject: `test-staff-${department}`,
    role: 'staff',
    department,
    divisionCode,
    clearance: 'none',
  }),
} satisfies Record<string, Viewer | ((...args: never[]) => Viewer)>;

/** The secret tests share between the gateway and subgraphs they start. */
export function testInternalSecret(): string {
  process.env.INTERNAL_TOKEN_SECRET ??= randomBytes(32).toString('hex');
  return process.env.INTERNAL_TOKEN_SECRET;
}

export interface TestSubgraph<Client> extends RunningSubgraph<Client> {
  /** Sends an operation as the gateway would, on behalf of `viewer` (an administrator by default). */
  request<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * Stops the subgraph, runs `whileStopped`, and starts it again on the same port over the same
   * database, as a process restart would; the data survives on disk (`onDisk`) or on a server.
   */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
}

/** Starts a subgraph over HTTP on a free port with a fresh, seeded database of its own. */
export async function startTestSubgraph<Client extends PrismaClientLike, Loaders>(
  definition: SubgraphDefinition<Client, Loaders>,
  options: {
    port?: number;
    /** Events over NATS JetStream instead of in process. */
    nats?: StartOptions['nats'];
    /** Another replica's database, shared instead of a fresh one (and left to that replica to dispose). */
    location?: DatabaseLocation;
    /** Where audit entries go; by default they stay in the outbox, as no audit subgraph runs. */
    audit?: AuditDeliveryOptions;
    /** Keep an embedded database in a temporary directory rather than in memory, so that `restart` keeps it. */
    onDisk?: boolean;
  } = {},
): Promise<TestSubgraph<Client>> {
  const database = options.location
    ? { location: options.location, dispose: async () => {} }
    : await createTestDatabase(definition, { onDisk: options.onDisk });
  const internalSecret = testInternalSecret();
  const start = (location: DatabaseLocation, port: number) =>
    startSubgraph(definition, {
      location,
      port,
      internalSecret,
      ...(options.nats ? { nats: options.nats } : {}),
      ...(options.audit ? { audit: options.audit } : {}),
    });
  let running = await start(database.location, options.port ?? 0);
  const own: Pick<TestSubgraph<Client>, 'request' | 'restart' | 'stop'> = {
    request: async (query, variables, viewer = viewers.admin) =>
      postGraphQL(running.url, query, variables, { [VIEWER_HEADER]: await signViewer(viewer, internalSecret) }),
    async restart(whileStopped) {
      const { port, database: { location } } = running;
      if (location.kind === 'embedded' && location.dataDir.startsWith('memory://')) {
        throw new Error(`${definition.name} keeps its database in memory: start it with { onDisk: true } to restart it`);
      }
      await running.stop();
      try {
        await whileStopped?.();
      } finally {
        // Reopened as it is, not from the template it was created from.
        running = await start(location.kind === 'embedded' ? { kind: 'embedded', dataDir: location.dataDir } : location, port);
        Object.assign(subgraph, running, own);
      }
    },
    async stop() {
      await running.stop();
      await database.dispose();
    },
  };
  const subgraph: TestSubgraph<Client> = { ...running, ...own };
  return subgraph;
}

export type { ReadableSpan };

let recordedSpans: InMemorySpanExporter | undefined;

/**
 * Records every span of this process in memory: the gateway's and, since the test stack runs
 * them in-process, the subgraphs'. Call it before starting servers; `reset` between tests.
 */
export function recordSpans(): { spans(): ReadableSpan[]; reset(): void } {
  if (!recordedSpans) {
    recordedSpans = new InMemorySpanExporter();
    startTracing({ serviceName: 'forestry-test', exporter: recordedSpans });
  }
  const exporter = recordedSpans;
  return { spans: () => exporter.getFinishedSpans(), reset: () => exporter.reset() };
}

/** Deletes the JetStream stream a test ran its events through (a prefix of its own). */
export async function removeEventStream(nats: { url: string; prefix: string }): Promise<void> {
  const connection = await connectNats({ servers: nats.url });
  try {
    await (await jetstreamManager(connection)).streams.delete(streamNameOf(nats.prefix)).catch(() => false);
  } finally {
    await connection.close();
  }
}
