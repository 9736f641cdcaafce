import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readPrimaryKeys, withAuditCapture, type PrimaryKeys } from './audit/capture.js';
import { AUDIT_SQL } from './audit/outbox.js';
import { createLogger } from './logger.js';
import { applyMigrations, applyRuntimeMigrations, type MigrationResult, type SqlSession } from './migrations.js';
import { traceSqlAdapter } from './tracing.js';

const databaseLog = createLogger('database');

/** Where a subgraph keeps its data: an embedded PGlite directory, or a PostgreSQL server. */
export type DatabaseLocation =
  /** `snapshot`, a PGlite data-directory dump, starts the database from a copy instead of empty. */
  | { kind: 'embedded'; dataDir: string; snapshot?: Blob }
  | { kind: 'server'; url: string };

/** The options every generated Prisma client accepts that the runtime sets. */
export interface ClientOptions {
  adapter: SqlDriverAdapterFactory;
  log: [{ emit: 'event'; level: 'query' }];
}

/** The part of a generated Prisma client the runtime relies on. */
export interface PrismaClientLike {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
  $queryRawUnsafe(query: string): Promise<unknown>;
  $disconnect(): Promise<void>;
}

export interface Database<Client> {
  client: Client;
  location: DatabaseLocation;
  migration: MigrationResult;
  /** SQL statements sent so far for the subgraph's data (not the audit bookkeeping); tests use it to prove batching. */
  statementCount(): number;
  /** A dump of an embedded database's data directory (undefined in server mode). */
  snapshot?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** `forest-resources` becomes `FOREST_RESOURCES`, the prefix of its environment variables. */
export function environmentPrefix(subgraphName: string): string {
  return subgraphName.toUpperCase().replaceAll('-', '_');
}

/**
 * Chooses the database of a subgraph from the environment:
 * `<NAME>_DATABASE_URL` names its PostgreSQL database; otherwise `POSTGRES_URL` names a server
 * on which it gets the database `forestry_<name>`; otherwise it is embedded in
 * `DATA_DIR/<name>` (default `.data/`).
 */
export function databaseLocationFromEnv(
  subgraphName: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseLocation {
  const ownUrl = env[`${environmentPrefix(subgraphName)}_DATABASE_URL`];
  if (ownUrl) return { kind: 'server', url: ownUrl };
  if (env.POSTGRES_URL) {
    const url = new URL(env.POSTGRES_URL);
    url.pathname = `/forestry_${subgraphName.replaceAll('-', '_')}`;
    return { kind: 'server', url: url.toString() };
  }
  return { kind: 'embedded', dataDir: resolve(env.DATA_DIR ?? '.data', subgraphName) };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureServerDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created concurrently by a replica
      });
    }
  } finally {
    await client.end();
  }
}

function pgliteSession(pglite: PGlite): SqlSession {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
  };
}

function pgSession(client: pg.Client): SqlSession {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as Row[],
  };
}

/** The subgraph's migrations, then the runtime's own, and the primary keys that audit entries name rows by. */
async function prepareSchema(session: SqlSession, migrationsDir: string): Promise<{ migration: MigrationResult; primaryKeys: PrimaryKeys }> {
  const migration = await applyMigrations(session, migrationsDir);
  await applyRuntimeMigrations(session);
  return { migration, primaryKeys: await readPrimaryKeys(session) };
}

/**
 * Opens a subgraph's database, applies pending migrations, and returns a Prisma client over
 * it. `dataDir: 'memory://'` gives a throw-away embedded database.
 */
export async function openDatabase<Client extends PrismaClientLike>(options: {
  location: DatabaseLocation;
  migrationsDir: string;
  createClient: (options: ClientOptions) => Client;
}): Promise<Database<Client>> {
  const { location, migrationsDir, createClient } = options;
  let adapter: SqlDriverAdapterFactory;
  let migration: MigrationResult;
  let primaryKeys: PrimaryKeys;
  let closeDriver: () => Promise<void>;
  let snapshot: (() => Promise<Blob>) | undefined;

  if (location.kind === 'embedded') {
    if (!location.dataDir.startsWith('memory://')) await mkdir(location.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      dataDir: location.dataDir,
      ...(location.snapshot ? { loadDataDir: location.snapshot } : {}),
    });
    ({ migration, primaryKeys } = await prepareSchema(pgliteSession(pglite), migrationsDir));
    // The adapter is typed against an older copy of Prisma's adapter interface; the protocol is the same.
    adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
    closeDriver = () => pglite.close();
    snapshot = () => pglite.dumpDataDir('gzip');
  } else {
    await ensureServerDatabase(location.url);
    const migrator = new pg.Client({ connectionString: location.url });
    await migrator.connect();
    try {
      ({ migration, primaryKeys } = await prepareSchema(pgSession(migrator), migrationsDir));
    } finally {
      await migrator.end();
    }
    const pool = new pg.Pool({ connectionString: location.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server closes (a restart, an administrator, a dropped database)
    // reaches the pool as an 'error' event; unheard, it would end the process. The pool opens a
    // new connection on the next query.
    pool.on('error', (error) => databaseLog.warn({ err: error, database: new URL(location.url).pathname.slice(1) }, 'idle database connection lost'));
    adapter = new PrismaPg(pool);
    closeDriver = () => pool.end();
  }

  // A span per statement when tracing is on; the adapter itself otherwise.
  const client = createClient({ adapter: traceSqlAdapter(adapter), log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  client.$on('query', (event) => {
    if (!event.query.startsWith(AUDIT_SQL)) statements += 1;
  });

  return {
    // Mutations record what they write; see `withAuditCapture`.
    client: withAuditCapture(client, primaryKeys),
    location,
    migration,
    statementCount: () => statements,
    ...(snapshot ? { snapshot } : {}),
    async close() {
      await client.$disconnect();
      await closeDriver();
    },
  };
}
