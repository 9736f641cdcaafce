import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, type SqlSession } from '../src/migrations.js';

let pglite: PGlite;
let session: SqlSession;
let migrationsDir: string;

async function addMigration(name: string, sql: string) {
  await mkdir(join(migrationsDir, name), { recursive: true });
  await writeFile(join(migrationsDir, name, 'migration.sql'), sql);
}

beforeEach(async () => {
  pglite = await PGlite.create();
  session = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
  };
  migrationsDir = await mkdtemp(join(tmpdir(), 'migrations-'));
});
afterEach(() => pglite.close());

describe('applyMigrations', () => {
  it('applies pending migrations in order, once, and records them as Prisma does', async () => {
    await addMigration('20260101000000_first', 'CREATE TABLE a (id int);');
    await addMigration('20260102000000_second', 'ALTER TABLE a ADD COLUMN name text;');
    expect(await applyMigrations(session, migrationsDir)).toEqual({
      wasEmpty: true,
      applied: ['20260101000000_first', '20260102000000_second'],
    });
    expect(await applyMigrations(session, migrationsDir)).toEqual({ wasEmpty: false, applied: [] });
    const rows = (await pglite.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    )).rows;
    expect(rows.map((row) => row.migration_name)).toEqual(['20260101000000_first', '20260102000000_second']);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.finished_at !== null)).toBe(true);
  });

  it('rolls back a failing migration completely', async () => {
    await addMigration('20260101000000_broken', 'CREATE TABLE b (id int); SELECT * FROM no_such_table;');
    await expect(applyMigrations(session, migrationsDir)).rejects.toThrow(/20260101000000_broken failed/);
    const tables = await pglite.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'b'`);
    expect(tables.rows).toHaveLength(0);
  });

  it('refuses to run when an applied migration was edited', async () => {
    await addMigration('20260101000000_first', 'CREATE TABLE a (id int);');
    await applyMigrations(session, migrationsDir);
    await addMigration('20260101000000_first', 'CREATE TABLE a (id bigint);');
    await expect(applyMigrations(session, migrationsDir)).rejects.toThrow(/checksum mismatch/);
  });
});
