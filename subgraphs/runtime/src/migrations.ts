import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two statements a migration needs from a connection, whatever the driver. */
export interface SqlSession {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface MigrationResult {
  /** True when the database had no migration applied before this call. */
  wasEmpty: boolean;
  applied: string[];
}

// Prisma's own advisory-lock key, so that this runner and `prisma migrate deploy` exclude each other.
const MIGRATION_LOCK_KEY = 72707369;

/**
 * Applies `prisma/migrations/<name>/migration.sql` files in order and records them in Prisma's
 * `_prisma_migrations` table with Prisma's checksum, so that `prisma migrate deploy` and
 * `prisma migrate status` agree with what ran here. Needed because the Prisma 6 CLI cannot
 * reach a PostgreSQL server through a driver adapter on these machines, and a subgraph
 * must migrate its own embedded database on first start without a CLI at all.
 */
export async function applyMigrations(session: SqlSession, migrationsDir: string): Promise<MigrationResult> {
  return applyMigrationsFrom(session, migrationsDir, '"_prisma_migrations"');
}

/** The runtime's own tables (the audit outbox), the same in every subgraph's database. */
const RUNTIME_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Applies the runtime's own migrations, kept apart in the `forestry_runtime` schema with their
 * own ledger, so that Prisma's migration history and drift checks see only the subgraph's.
 */
export async function applyRuntimeMigrations(session: SqlSession): Promise<string[]> {
  const ledger = 'forestry_runtime.migrations';
  return (await applyMigrationsFrom(session, RUNTIME_MIGRATIONS_DIR, ledger, 'CREATE SCHEMA IF NOT EXISTS forestry_runtime')).applied;
}

async function applyMigrationsFrom(session: SqlSession, migrationsDir: string, ledger: string, setup?: string): Promise<MigrationResult> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    if (setup) await session.exec(setup);
    await session.exec(`CREATE TABLE IF NOT EXISTS ${ledger} (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM ${ledger} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneChecksums = new Map(done.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];

    for (const name of names) {
      const script = await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(script).digest('hex');
      const previous = doneChecksums.get(name);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new Error(`Migration ${name} was edited after it was applied (checksum mismatch)`);
        }
        continue;
      }
      await session.exec('BEGIN');
      try {
        await session.exec(script);
        await session.query(
          `INSERT INTO ${ledger} (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await session.exec('COMMIT');
      } catch (error) {
        await session.exec('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(name);
    }
    return { wasEmpty: done.length === 0, applied };
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}
