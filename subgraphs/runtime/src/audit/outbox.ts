import type { AuditEntryRecord } from './record.js';

/**
 * Marks the runtime's audit bookkeeping statements, so that the statement counter (which tests
 * use to prove batching) counts only the statements a subgraph sends for its own data.
 */
export const AUDIT_SQL = '/* forestry audit */';

/** What the outbox needs from a Prisma client or an interactive transaction's client. */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe(query: string, ...values: unknown[]): Promise<unknown>;
}

export interface OutboxRow {
  id: string;
  entry: AuditEntryRecord;
  complete: boolean;
  /** Incomplete for longer than a request can run: its request ended without finishing it. */
  abandoned: boolean;
}

/** Where entries wait for the relay: a department's database table, or the gateway's memory. */
export interface AuditOutbox {
  /** The oldest entries, complete or not; `abandonedAfterMs` says when an incomplete one is abandoned. */
  read(limit: number, abandonedAfterMs: number): Promise<OutboxRow[]>;
  /** Removes entries the audit subgraph has stored. */
  remove(delivered: readonly OutboxRow[]): Promise<void>;
  size(): Promise<number>;
}

/** A department's outbox: the runtime's table in the department's own database. */
export function sqlAuditOutbox(db: RawSql): AuditOutbox {
  return {
    read: (limit, abandonedAfterMs) => readOutbox(db, limit, abandonedAfterMs),
    remove: (delivered) => removeFromOutbox(db, delivered),
    size: () => outboxSize(db),
  };
}

const TABLE = 'forestry_runtime.audit_outbox';

/**
 * Inside a mutation's transaction: records the rows it wrote under the request's entry,
 * creating the entry or appending to the changes of an earlier transaction of the same request.
 */
export async function appendToOutbox(tx: RawSql, entry: AuditEntryRecord): Promise<void> {
  await tx.$executeRawUnsafe(
    `${AUDIT_SQL} INSERT INTO ${TABLE} (id, entry) VALUES ($1::uuid, $2::jsonb)
     ON CONFLICT (id) DO UPDATE SET entry = jsonb_set(audit_outbox.entry, '{changes}',
       (audit_outbox.entry -> 'changes') || (EXCLUDED.entry -> 'changes'))`,
    entry.id,
    JSON.stringify({ ...entry, complete: false }),
  );
}

/** After the request: the entry as it ends, ready to deliver. */
export async function completeInOutbox(db: RawSql, entry: AuditEntryRecord): Promise<void> {
  await db.$executeRawUnsafe(
    `${AUDIT_SQL} INSERT INTO ${TABLE} (id, entry, complete) VALUES ($1::uuid, $2::jsonb, true)
     ON CONFLICT (id) DO UPDATE SET entry = EXCLUDED.entry, complete = true`,
    entry.id,
    JSON.stringify({ ...entry, complete: true }),
  );
}

/** The oldest entries, complete or not; `abandonedAfterMs` says when an incomplete one is abandoned. */
export async function readOutbox(db: RawSql, limit: number, abandonedAfterMs: number): Promise<OutboxRow[]> {
  const rows = (await db.$queryRawUnsafe(
    `${AUDIT_SQL} SELECT id::text AS id, entry::text AS entry, complete,
       created_at < now() - make_interval(secs => $1::float8 / 1000) AS abandoned
     FROM ${TABLE} ORDER BY created_at, id LIMIT $2::int`,
    abandonedAfterMs,
    limit,
  )) as { id: string; entry: string; complete: boolean; abandoned: boolean }[];
  // The column is the truth: a later transaction of the request only appends changes.
  return rows.map((row) => ({ ...row, entry: { ...(JSON.parse(row.entry) as AuditEntryRecord), complete: row.complete } }));
}

/**
 * Removes delivered entries. An entry delivered incomplete is kept if its request completed it
 * meanwhile, so that the complete version is delivered too.
 */
export async function removeFromOutbox(db: RawSql, delivered: readonly OutboxRow[]): Promise<void> {
  const complete = delivered.filter((row) => row.entry.complete).map((row) => row.id);
  const incomplete = delivered.filter((row) => !row.entry.complete).map((row) => row.id);
  await db.$executeRawUnsafe(
    `${AUDIT_SQL} DELETE FROM ${TABLE}
     WHERE id::text IN (SELECT jsonb_array_elements_text($1::jsonb))
        OR (id::text IN (SELECT jsonb_array_elements_text($2::jsonb)) AND NOT complete)`,
    JSON.stringify(complete),
    JSON.stringify(incomplete),
  );
}

export async function outboxSize(db: RawSql): Promise<number> {
  const [row] = (await db.$queryRawUnsafe(`${AUDIT_SQL} SELECT count(*)::int AS size FROM ${TABLE}`)) as { size: number }[];
  return row?.size ?? 0;
}
