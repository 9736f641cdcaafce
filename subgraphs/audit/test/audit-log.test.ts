import { randomUUID } from 'node:crypto';
import { signServiceCredential, signViewer, type AuditEntryRecord } from '@forestry/subgraph-runtime';
import { startTestSubgraph, testInternalSecret, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import audit from '../src/index.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(audit);
});
afterAll(() => subgraph?.stop());

const endpoint = () => new URL('/internal/audit', subgraph.url);

function entry(change: Partial<AuditEntryRecord> = {}): AuditEntryRecord {
  return {
    id: randomUUID(),
    requestId: randomUUID(),
    at: '2026-11-20T02:10:00.000Z',
    actor: { subject: 'officer-17', role: 'staff', department: 'wildlife', divisionCode: '230724' },
    operationName: 'ApplyForPermit',
    fields: ['applyForWildlifePermit'],
    variables: { input: { quantity: 3 } },
    arguments: { applyForWildlifePermit: { input: { quantity: 3 } } },
    outcome: 'ACCEPTED',
    errorCodes: [],
    changes: [{ model: 'WildlifePermit', kind: 'CREATE', recordId: 'p-1', before: null, after: { id: 'p-1', quantity: 3 } }],
    complete: true,
    ...change,
  };
}

async function deliver(entries: unknown[], department = 'wildlife', authorization?: string): Promise<Response> {
  return fetch(endpoint(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: authorization ?? `Bearer ${await signServiceCredential(department, testInternalSecret())}`,
    },
    body: JSON.stringify({ entries }),
  });
}

const query = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id department at outcome complete operationName errorCodes actor { subject } changes { model kind recordId before after } } }
  }
}`;

async function read(filter: Record<string, unknown>, first = 50, after?: string) {
  const { data, errors } = await subgraph.request(query, { filter, first, after });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.auditLog as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; department: string; at: string; outcome: string; complete: boolean; changes: unknown[] } }[];
  };
}

describe('delivery endpoint', () => {
  it('accepts only a subgraph’s service credential, not a viewer’s', async () => {
    expect((await deliver([entry()], 'wildlife', '')).status).toBe(401);
    const viewerToken = await signViewer(viewers.admin, testInternalSecret());
    expect((await deliver([entry()], 'wildlife', `Bearer ${viewerToken}`)).status).toBe(401);
    const forged = await signServiceCredential('wildlife', 'another secret of at least thirty-two characters');
    expect((await deliver([entry()], 'wildlife', `Bearer ${forged}`)).status).toBe(401);
  });

  it('refuses a malformed delivery and stores none of it', async () => {
    const valid = entry({ operationName: 'MalformedBatch' });
    const response = await deliver([valid, { ...entry(), outcome: 'MAYBE' }]);
    expect(response.status).toBe(400);
    expect((await read({ operationName: 'MalformedBatch' })).totalCount).toBe(0);
  });

  it('stores each entry once, however often it is delivered, under the delivering department', async () => {
    const entries = [entry({ operationName: 'Redelivered' }), entry({ operationName: 'Redelivered', outcome: 'REJECTED', errorCodes: ['FORBIDDEN'], changes: [] })];
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await deliver(entries)).status).toBe(200);
    const stored = await read({ operationName: 'Redelivered' });
    expect(stored.totalCount).toBe(2);
    expect(stored.edges.map((edge) => edge.node.department)).toEqual(['wildlife', 'wildlife']);

    // Another department cannot overwrite an entry by reusing its id.
    expect((await deliver([{ ...entries[0]!, outcome: 'FAILED', complete: true }], 'pest-control')).status).toBe(200);
    const after = await read({ operationName: 'Redelivered', outcome: 'ACCEPTED' });
    expect(after.edges.map((edge) => edge.node.id)).toEqual([entries[0]!.id]);
    expect(after.edges[0]!.node.department).toBe('wildlife');
  });

  it('completes an entry stored incomplete, and never the other way round', async () => {
    const incomplete = entry({ operationName: 'Completed', complete: false });
    const complete = { ...incomplete, outcome: 'REJECTED' as const, errorCodes: ['CONFLICT'], complete: true };
    await deliver([incomplete]);
    expect((await read({ operationName: 'Completed' })).edges[0]!.node).toMatchObject({ outcome: 'ACCEPTED', complete: false });
    await deliver([complete]);
    await deliver([incomplete]);
    const [stored] = (await read({ operationName: 'Completed' })).edges;
    expect(stored!.node).toMatchObject({ outcome: 'REJECTED', complete: true, changes: incomplete.changes });
  });
});

describe('auditLog', () => {
  const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T08:00:00.000Z`;
  const pageEntries = [1, 2, 3, 4, 5].map((day) =>
    entry({ operationName: 'Paged', at: at(day), outcome: day % 2 === 0 ? 'REJECTED' : 'ACCEPTED', actor: { subject: `officer-${day % 2}`, role: 'staff', department: 'pest-control', divisionCode: null } }),
  );
  beforeAll(async () => {
    expect((await deliver(pageEntries.slice(0, 3), 'pest-control')).status).toBe(200);
    expect((await deliver(pageEntries.slice(3), 'documents')).status).toBe(200);
  });

  it('lists entries newest first, page by page', async () => {
    const first = await read({ operationName: 'Paged' }, 2);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await read({ operationName: 'Paged' }, 10, first.pageInfo.endCursor);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.at)).toEqual([5, 4, 3, 2, 1].map((day) => new Date(at(day)).toISOString()));
  });

  it('filters by department, actor, outcome and time', async () => {
    expect((await read({ operationName: 'Paged', department: 'documents' })).totalCount).toBe(2);
    expect((await read({ operationName: 'Paged', actor: 'officer-1' })).totalCount).toBe(3);
    expect((await read({ operationName: 'Paged', outcome: 'REJECTED' })).totalCount).toBe(2);
    expect((await read({ operationName: 'Paged', from: at(2), to: at(4) })).edges.map((edge) => edge.node.at)).toEqual(
      [3, 2].map((day) => new Date(at(day)).toISOString()),
    );
  });

  it('refuses an inverted time range and oversized pages with BAD_USER_INPUT', async () => {
    const inverted = await subgraph.request(query, { filter: { from: at(4), to: at(2) } });
    expect(inverted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const oversized = await subgraph.request(query, { first: 201 });
    expect(oversized.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to everyone but administrators', async () => {
    for (const viewer of [viewers.leader, viewers.partner, viewers.staff('audit'), viewers.staff('wildlife')]) {
      const response = await subgraph.request(query, { first: 1 }, viewer);
      expect(response.errors?.[0]?.extensions?.code, viewer.role).toBe('FORBIDDEN');
      expect(response.data?.auditLog ?? null).toBeNull();
    }
    expect((await subgraph.request(query, { first: 1 }, viewers.anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
