import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseLocation, type PrismaClientLike } from './database.js';
import { ANONYMOUS, signViewer, VIEWER_HEADER, type Viewer } from './identity.js';
import { startSubgraph, type RunningSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

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
 * A seeded database of its own for one test: embedded in memory by default, or a new database
 * on the PostgreSQL server named by `TEST_POSTGRES_URL` (dropped again by `dispose`). Both are
 * copies of a template seeded once.
 */
export async function createTestDatabase(
  definition: SubgraphDefinition<any, any>,
): Promise<{ location: DatabaseLocation; dispose(): Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    return {
      location: { kind: 'embedded', dataDir: 'memory://', snapshot: await embeddedTemplate(definition) },
      dispose: async () => {},
    };
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
}

/** Starts a subgraph over HTTP on a free port with a fresh, seeded database of its own. */
export async function startTestSubgraph<Client extends PrismaClientLike, Loaders>(
  definition: SubgraphDefinition<Client, Loaders>,
  options: { port?: number } = {},
): Promise<TestSubgraph<Client>> {
  const database = await createTestDatabase(definition);
  const internalSecret = testInternalSecret();
  const running = await startSubgraph(definition, { location: database.location, port: options.port ?? 0, internalSecret });
  return {
    ...running,
    request: async (query, variables, viewer = viewers.admin) =>
      postGraphQL(running.url, query, variables, { [VIEWER_HEADER]: await signViewer(viewer, internalSecret) }),
    async stop() {
      await running.stop();
      await database.dispose();
    },
  };
}
