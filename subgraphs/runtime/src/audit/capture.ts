import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlSession } from '../migrations.js';
import { appendToOutbox, type RawSql } from './outbox.js';
import type { AuditChange } from './record.js';
import { auditedRequests, provisionalEntry, type AuditedRequest } from './scope.js';
import { auditJson, auditJsonObject } from './values.js';

/** Primary-key columns by table (= Prisma model: the schemas map no names). */
export type PrimaryKeys = ReadonlyMap<string, readonly string[]>;

/** Reads every table's primary key from the catalog, once, when the database opens. */
export async function readPrimaryKeys(session: SqlSession): Promise<Map<string, string[]>> {
  const rows = await session.query<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column"
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE i.indisprimary AND n.nspname = current_schema()
     ORDER BY c.relname, k.position`,
  );
  const keys = new Map<string, string[]>();
  for (const row of rows) keys.set(row.table, [...(keys.get(row.table) ?? []), row.column]);
  return keys;
}

type Row = Record<string, unknown>;
type Args = Row & { where?: Row; select?: Row; include?: Row; omit?: Row };
type Operation = (args: unknown) => Promise<unknown>;
/** A Prisma client or transaction client, seen generically: model delegates by camelCase name. */
type ModelClient = RawSql & Record<string, unknown>;

interface ExtendableClient extends ModelClient {
  $extends(extension: object): ExtendableClient;
  $transaction(input: unknown, options?: unknown): Promise<unknown>;
}

interface QueryCall {
  model: string;
  operation: string;
  args: Args;
  query: Operation;
}

/** An interactive transaction of a mutation, and what it has written so far. */
interface OpenTransaction {
  client: ModelClient;
  changes: AuditChange[];
}
const openTransactions = new AsyncLocalStorage<OpenTransaction>();

const WRITE_OPERATIONS = [
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
] as const;

function delegateOf(client: ModelClient, model: string): Record<string, Operation> {
  return client[model.charAt(0).toLowerCase() + model.slice(1)] as Record<string, Operation>;
}

/**
 * Wraps a subgraph's Prisma client so that, while a mutation is served, every write records
 * the rows it touched (before and after) and the transaction that wrote them also writes the
 * request's audit entry to the outbox: the entry commits exactly when the change does.
 * Reads, seeding and requests that are not mutations pass through untouched.
 *
 * Mutations write through interactive transactions (`$transaction(async (tx) => …)`) or single
 * operations, which get a transaction of their own here; array transactions are refused while
 * a mutation is served, because their writes could not be recorded in them.
 */
export function withAuditCapture<Client>(client: Client, primaryKeys: PrimaryKeys): Client {
  const onWrite = async ({ model, operation, args, query }: QueryCall): Promise<unknown> => {
    const request = auditedRequests.getStore();
    if (!request?.entry) return query(args);
    const open = openTransactions.getStore();
    if (open) return recordWrite(open, primaryKeys.get(model) ?? [], { model, operation, args, query });
    return inAuditedTransaction(capturing, request, (tx) => delegateOf(tx, model)[operation]!(args));
  };
  const capturing = (client as unknown as ExtendableClient).$extends({
    name: 'forestry-audit-capture',
    query: { $allModels: Object.fromEntries(WRITE_OPERATIONS.map((operation) => [operation, onWrite])) },
  });
  return capturing.$extends({
    name: 'forestry-audit-transactions',
    client: {
      $transaction(input: unknown, options?: unknown) {
        const request = auditedRequests.getStore();
        if (!request?.entry) return capturing.$transaction(input, options);
        if (typeof input !== 'function') {
          return Promise.reject(new Error('Mutations write in interactive transactions, so that their audit entry commits with them'));
        }
        return inAuditedTransaction(capturing, request, input as (tx: ModelClient) => Promise<unknown>, options);
      },
    },
  }) as unknown as Client;
}

async function inAuditedTransaction(
  client: ExtendableClient,
  request: AuditedRequest,
  work: (tx: ModelClient) => Promise<unknown>,
  options?: unknown,
): Promise<unknown> {
  const open: OpenTransaction = { client, changes: [] };
  const result = await client.$transaction(async (tx: ModelClient) => {
    open.client = tx;
    // Awaited inside the scope: a Prisma query starts when awaited, and must see its transaction.
    const value = await openTransactions.run(open, async () => await work(tx));
    if (open.changes.length > 0) await appendToOutbox(tx, provisionalEntry(request.entry!, open.changes));
    return value;
  }, options);
  request.committed.push(...open.changes);
  return result;
}

/** Runs one write inside an open transaction and records the rows it touched. */
async function recordWrite(open: OpenTransaction, keys: readonly string[], { model, operation, args, query }: QueryCall): Promise<unknown> {
  const models = delegateOf(open.client, model);
  const record = (kind: AuditChange['kind'], before: Row | null, after: Row | null) => {
    open.changes.push({
      model,
      kind,
      recordId: recordIdOf(keys, after ?? before),
      before: before && auditJsonObject(before),
      after: after && auditJsonObject(after),
    });
  };
  // A result shaped by `select` keeps the key columns, so that the whole row can be read back.
  const keyed: Args = args.select ? { ...args, select: { ...args.select, ...Object.fromEntries(keys.map((key) => [key, true])) } } : args;
  const wholeRows = async (rows: Row[]): Promise<Row[]> => {
    if (!args.select && !args.omit) return rows.map((row) => withoutRelations(row, args.include));
    const wheres = rows.map((row) => keyWhere(keys, row));
    if (rows.length === 0 || wheres.some((where) => where === null)) return rows;
    return (await models.findMany!({ where: { OR: wheres } })) as Row[];
  };
  const byKey = (rows: Row[]) => new Map(rows.map((row) => [recordIdOf(keys, row), row]));

  switch (operation) {
    case 'create': {
      const result = (await query(keyed)) as Row;
      const [after] = await wholeRows([result]);
      record('CREATE', null, after ?? result);
      return result;
    }
    case 'createManyAndReturn': {
      const result = (await query(keyed)) as Row[];
      for (const after of await wholeRows(result)) record('CREATE', null, after);
      return result;
    }
    case 'update':
    case 'upsert': {
      const before = (await models.findUnique!({ where: args.where })) as Row | null;
      const result = (await query(keyed)) as Row;
      const [after] = await wholeRows([result]);
      record(before ? 'UPDATE' : 'CREATE', before, after ?? result);
      return result;
    }
    case 'updateManyAndReturn': {
      const before = byKey((await models.findMany!({ where: args.where })) as Row[]);
      const result = (await query(keyed)) as Row[];
      for (const after of await wholeRows(result)) record('UPDATE', before.get(recordIdOf(keys, after)) ?? null, after);
      return result;
    }
    case 'delete': {
      const shaped = Boolean(args.select || args.omit);
      const before = shaped ? ((await models.findUnique!({ where: args.where })) as Row | null) : null;
      const result = (await query(args)) as Row;
      record('DELETE', before ?? withoutRelations(result, args.include), null);
      return result;
    }
    case 'deleteMany': {
      const before = (await models.findMany!({ where: args.where })) as Row[];
      const result = await query(args);
      for (const row of before) record('DELETE', row, null);
      return result;
    }
    // The bulk writes that return only a count run as their returning variants, which record their rows.
    case 'createMany':
      return { count: ((await models.createManyAndReturn!(args)) as Row[]).length };
    case 'updateMany':
      return { count: ((await models.updateManyAndReturn!(args)) as Row[]).length };
    default:
      return query(args);
  }
}

function withoutRelations(row: Row, include: Row | undefined): Row {
  if (!include) return row;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !(key in include)));
}

function keyWhere(keys: readonly string[], row: Row): Row | null {
  if (keys.length === 0 || keys.some((key) => row[key] === undefined)) return null;
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}

function recordIdOf(keys: readonly string[], row: Row | null): string | null {
  if (!row || keys.length === 0 || keys.some((key) => row[key] === undefined)) return null;
  return keys.map((key) => String(auditJson(row[key]))).join('/');
}
