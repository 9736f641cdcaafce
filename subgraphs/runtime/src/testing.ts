import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureServerDatabase, type DatabaseLocation, type PrismaClientLike } from './database.js';
import { ANONYMOUS, signViewer, VIEWER_HEADER, type Viewer } from './identity.js';
import { startSubgraph, type RunningSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

/**
 * A database of its own for one test: embedded in memory by default, or a new database on the
 * PostgreSQL server named by `TEST_POSTGRES_URL` (dropped again by `dispose`).
 */
export async function createTestDatabase(label: string): Promise<{ location: DatabaseLocation; dispose(): Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return { location: { kind: 'embedded', dataDir: 'memory://' }, dispose: async () => {} };
  const name = `test_${label.replace(/\W/g, '_')}_${randomBytes(6).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  await ensureServerDatabase(url.toString());
  return {
    location: { kind: 'server', url: url.toString() },
    async dispose() {
      const admin = new URL(server);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
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
): Promise<TestSubgraph<Client>> {
  const database = await createTestDatabase(definition.name);
  const internalSecret = testInternalSecret();
  const running = await startSubgraph(definition, { location: database.location, port: 0, internalSecret });
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
