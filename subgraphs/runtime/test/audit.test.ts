import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeInOutbox, sqlAuditOutbox, type RawSql } from '../src/audit/outbox.js';
import type { AuditEntryRecord } from '../src/audit/record.js';
import { AuditRelay } from '../src/audit/relay.js';
import { auditJsonObject } from '../src/audit/values.js';
import { signServiceCredential, signViewer, verifyServiceCredential, verifyViewer } from '../src/identity.js';
import { applyRuntimeMigrations, type SqlSession } from '../src/migrations.js';
import { viewers } from '../src/testing.js';

const secret = 'a test secret that is at least thirty-two characters long';

describe('audit values', () => {
  it('keeps identity card, phone and e-mail values out, at any depth, and writes rows as JSON', () => {
    const row = {
      applicantName: '刘长林',
      applicantIdNumber: '230724197803120035',
      contactPhone: '13945812345',
      writerEmail: null,
      nested: [{ requesterIdNumber: '91230700MA1B2C3D4E', writerPhone: '0458-1234567' }],
      submittedAt: new Date('2026-11-20T02:10:00.000Z'),
      area: { toJSON: () => '12.50' },
      count: 7n,
    };
    expect(auditJsonObject(row)).toEqual({
      applicantName: '刘长林',
      applicantIdNumber: '[redacted]',
      contactPhone: '[redacted]',
      writerEmail: null,
      nested: [{ requesterIdNumber: '[redacted]', writerPhone: '[redacted]' }],
      submittedAt: '2026-11-20T02:10:00.000Z',
      area: '12.50',
      count: '7',
    });
  });
});

describe('service credential', () => {
  it('is never taken for a viewer credential, nor a viewer credential for it', async () => {
    const service = await signServiceCredential('wildlife', secret);
    expect(await verifyServiceCredential(service, secret)).toBe('wildlife');
    await expect(verifyViewer(service, secret)).rejects.toThrow();
    await expect(verifyServiceCredential(await signViewer(viewers.admin, secret), secret)).rejects.toThrow();
    await expect(verifyServiceCredential(service, `${secret}, another one`)).rejects.toThrow();
  });
});

describe('audit outbox', () => {
  let pglite: PGlite;
  let db: RawSql;
  beforeEach(async () => {
    pglite = await PGlite.create();
    const session: SqlSession = {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
    };
    await applyRuntimeMigrations(session);
    db = {
      $executeRawUnsafe: async (sql, ...values) => (await pglite.query(sql, values)).affectedRows ?? 0,
      $queryRawUnsafe: async (sql, ...values) => (await pglite.query(sql, values)).rows,
    };
  });
  afterEach(() => pglite.close());

  it('lives in the runtime’s own schema and ledger, apart from the subgraph’s migrations', async () => {
    const tables = await pglite.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = 'forestry_runtime' OR table_name = '_prisma_migrations' ORDER BY 2`,
    );
    expect(tables.rows).toEqual([
      { table_schema: 'forestry_runtime', table_name: 'audit_outbox' },
      { table_schema: 'forestry_runtime', table_name: 'migrations' },
    ]);
  });

  it('keeps entries while the audit subgraph cannot be reached, warns once, and stops at once', async () => {
    const entry: AuditEntryRecord = {
      id: '0b8e3a4c-52a1-4b36-9d7c-2f0e0f5d6a11',
      requestId: 'request-1',
      at: new Date().toISOString(),
      actor: { subject: 'officer-17', role: 'staff', department: 'wildlife', divisionCode: null },
      operationName: 'Apply',
      fields: ['applyForWildlifePermit'],
      variables: {},
      arguments: {},
      outcome: 'REJECTED',
      errorCodes: ['BAD_USER_INPUT'],
      changes: [],
      complete: true,
    };
    await completeInOutbox(db, entry);
    // A port nothing listens on.
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const relay = new AuditRelay(
      sqlAuditOutbox(db),
      { url: `http://127.0.0.1:${closedPort}/graphql`, department: 'wildlife', internalSecret: secret, retryDelayMs: { first: 60_000, max: 60_000 } },
      log,
    );
    expect(await relay.deliverNow()).toBe(1);
    expect(await relay.deliverNow()).toBe(1);
    await relay.stop();
    expect(lines.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual(['audit log unreachable; entries wait in the outbox']);
    expect(await db.$queryRawUnsafe('SELECT entry ->> \'id\' AS id FROM forestry_runtime.audit_outbox')).toEqual([{ id: entry.id }]);
  });

  it('says so when the outbox itself cannot be read, rather than blaming the audit log', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const relay = new AuditRelay(
      sqlAuditOutbox(db),
      { url: 'http://127.0.0.1:1/graphql', department: 'wildlife', internalSecret: secret, retryDelayMs: { first: 60_000, max: 60_000 } },
      log,
    );
    await pglite.exec('DROP TABLE forestry_runtime.audit_outbox');
    await expect(relay.deliverNow()).rejects.toThrow(/audit_outbox/);
    await relay.stop();
    expect(lines.filter((line) => line.level >= 40).map((line) => line.msg)).toEqual(['could not read or clear the audit outbox; retrying']);
  });
});
