import { randomUUID } from 'node:crypto';
import { createLogger, type AuditEntryRecord, type Viewer } from '@forestry/subgraph-runtime';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { MemoryAuditOutbox } from '../src/refused-mutations.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { fireReport } from './fixtures.js';

let stack: TestStack;
beforeAll(async () => {
  // An empty manifest binds partners to trusted documents, so that they can be refused for sending text.
  stack = await startTestStack({ trustedDocuments: {} });
});
afterAll(() => stack?.stop());

const fireStaff = viewers.staff('fire-prevention');
const PHONE = '13945812345';
const EMAIL = 'wang.lixin@example.cn';
const letter = {
  category: 'SUGGESTION',
  subject: '关于增设防火宣传牌',
  body: '建议在五营林场入口增设防火宣传牌。',
  writerName: '王立新',
  writerPhone: PHONE,
  writerEmail: EMAIL,
  publicationConsent: false,
};
const writeLetter = (operationName: string, selection = 'id') =>
  `mutation ${operationName}($input: SubmitMailboxLetterInput!) { submitMailboxLetter(input: $input) { ${selection} } }`;
const reportFire = (operationName: string, selection = 'id') =>
  `mutation ${operationName}($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { ${selection} } }`;

type Entry = Omit<AuditEntryRecord, 'id'> & { id: string; department: string };

const auditLog = `query AuditLog($filter: AuditLogFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) {
    edges { node {
      id department requestId at operationName fields variables arguments outcome errorCodes complete
      actor { subject role department divisionCode }
      changes { model kind recordId before after }
    } }
  }
}`;

/** What an administrator reads in the audit log for an operation, once everything waiting is delivered. */
async function entries(filter: { operationName: string; department?: string }): Promise<Entry[]> {
  await stack.deliverAuditEntries();
  const { data, errors } = await stack.request(auditLog, { filter, first: 100 });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.auditLog.edges.map((edge: { node: Entry }) => edge.node);
}

/** The one entry the gateway recorded for an operation. */
async function gatewayEntry(operationName: string): Promise<Entry> {
  const recorded = await entries({ operationName, department: 'gateway' });
  expect(recorded).toHaveLength(1);
  return recorded[0]!;
}

const actorOf = (viewer: Viewer) => ({ subject: viewer.subject, role: viewer.role, department: viewer.department, divisionCode: viewer.divisionCode });
const codesOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((error) => error.extensions?.code);

async function send(body: unknown, headers: Record<string, string>, url = stack.gateway.url) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] } };
}
const bearer = async (viewer: Viewer, expiresIn?: string) => ({ authorization: `Bearer ${await stack.tokenFor(viewer, expiresIn)}` });

describe('mutations the gateway refuses in its request pipeline', () => {
  it('records a mutation invalid against the schema, with the arguments as written and personal data redacted', async () => {
    const response = await stack.request(
      `mutation WriteLetterUnknownField($phone: String!) {
        submitMailboxLetter(input: { category: SUGGESTION, subject: "防火", body: "建议", writerName: "王立新", writerPhone: $phone, writerEmail: "${EMAIL}", publicationConsent: false }) {
          id noSuchField
        }
      }`,
      { phone: PHONE },
      fireStaff,
    );
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const entry = await gatewayEntry('WriteLetterUnknownField');
    expect(entry).toMatchObject({
      department: 'gateway',
      outcome: 'REJECTED',
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
      fields: ['submitMailboxLetter'],
      actor: actorOf(fireStaff),
      variables: { phone: '[redacted]' },
      arguments: {
        submitMailboxLetter: {
          input: { category: 'SUGGESTION', writerName: '王立新', writerPhone: '[redacted]', writerEmail: '[redacted]', publicationConsent: false },
        },
      },
      changes: [],
      complete: true,
    });
    expect(JSON.stringify(entry)).not.toContain(PHONE);
    expect(JSON.stringify(entry)).not.toContain(EMAIL);
  });

  it('records a mutation whose variables do not fit it', async () => {
    const response = await stack.request(writeLetter('WriteLetterInvalidVariables'), { input: { ...letter, category: 'NO_SUCH_CATEGORY' } }, fireStaff);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);

    const entry = await gatewayEntry('WriteLetterInvalidVariables');
    expect(entry).toMatchObject({
      outcome: 'REJECTED',
      errorCodes: ['BAD_USER_INPUT'],
      fields: ['submitMailboxLetter'],
      actor: actorOf(fireStaff),
      variables: { input: { category: 'NO_SUCH_CATEGORY', writerName: '王立新', writerPhone: '[redacted]', writerEmail: '[redacted]' } },
      arguments: { submitMailboxLetter: { input: { category: 'NO_SUCH_CATEGORY', writerPhone: '[redacted]' } } },
    });
  });

  it('records a mutation over the depth limit and one over the cost limit, with the codes the caller got', async () => {
    const tooDeep = Array.from({ length: DEFAULT_LIMITS.maxDepth }).reduce<string>((inner) => `parent { ${inner} }`, 'code');
    const deep = await stack.request(reportFire('ReportFireTooDeep', `id division { ${tooDeep} }`), { input: fireReport }, fireStaff);
    expect(deep.errors?.length).toBeGreaterThan(0);
    expect((await gatewayEntry('ReportFireTooDeep')).errorCodes).toEqual(codesOf(deep));

    const costly = await stack.request(
      reportFire('ReportFireTooCostly', 'id division { children { children { children { children { code } } } } }'),
      { input: fireReport },
      fireStaff,
    );
    expect(codesOf(costly)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(await gatewayEntry('ReportFireTooCostly')).toMatchObject({
      outcome: 'REJECTED',
      errorCodes: ['COST_LIMIT_EXCEEDED'],
      fields: ['reportFireIncident'],
      actor: actorOf(fireStaff),
      variables: { input: fireReport },
      arguments: { reportFireIncident: { input: fireReport } },
    });
  });

  it('records a persisted-query refusal of mutation text it was sent', async () => {
    const query = reportFire('ReportFireWrongHash');
    const response = await send(
      { query, variables: { input: fireReport }, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      await bearer(fireStaff),
    );
    expect(codesOf(response.body)).toEqual(['BAD_REQUEST']);
    expect(await gatewayEntry('ReportFireWrongHash')).toMatchObject({ errorCodes: ['BAD_REQUEST'], actor: actorOf(fireStaff) });
  });
});

describe('mutations the gateway refuses before its request pipeline', () => {
  it('records a mutation with an expired token as the public, saying why, under the request id', async () => {
    const response = await send(
      { query: reportFire('ReportFireExpiredToken'), variables: { input: fireReport } },
      { ...(await bearer(fireStaff, '-1m')), 'x-request-id': 'refused-expired-token' },
    );
    expect(response.status).toBe(401);
    expect(codesOf(response.body)).toEqual(['UNAUTHENTICATED']);

    expect(await gatewayEntry('ReportFireExpiredToken')).toMatchObject({
      requestId: 'refused-expired-token',
      outcome: 'REJECTED',
      errorCodes: ['UNAUTHENTICATED'],
      fields: ['reportFireIncident'],
      actor: { subject: null, role: 'public', department: null, divisionCode: null },
      variables: { input: fireReport },
    });
  });

  it('records the operation a request names among several, and only when it is a mutation', async () => {
    const document = `query ReadBeforeExpiredToken { treeSpecies { code } } ${reportFire('ReportFireNamedExpiredToken')}`;
    const headers = await bearer(fireStaff, '-1m');
    expect((await send({ query: document, operationName: 'ReadBeforeExpiredToken' }, headers)).status).toBe(401);
    expect((await send({ query: document, operationName: 'ReportFireNamedExpiredToken', variables: { input: fireReport } }, headers)).status).toBe(401);
    expect(await entries({ operationName: 'ReadBeforeExpiredToken' })).toEqual([]);
    expect(await gatewayEntry('ReportFireNamedExpiredToken')).toMatchObject({ errorCodes: ['UNAUTHENTICATED'], fields: ['reportFireIncident'] });
  });

  it('records mutation text from a caller bound to trusted documents', async () => {
    const response = await send({ query: reportFire('ReportFireUntrusted'), variables: { input: fireReport } }, await bearer(viewers.partner));
    expect(response.status).toBe(403);
    expect(await gatewayEntry('ReportFireUntrusted')).toMatchObject({ errorCodes: ['TRUSTED_DOCUMENT_REQUIRED'], actor: actorOf(viewers.partner) });
  });

  it('records a mutation refused by CSRF prevention', async () => {
    const query = 'mutation ReportFireCrossSite { reportFireIncident(input: { divisionCode: "230724" }) { id } }';
    const response = await fetch(`${stack.gateway.url}?query=${encodeURIComponent(query)}`, { headers: await bearer(fireStaff) });
    expect(response.status).toBe(400);
    expect(await gatewayEntry('ReportFireCrossSite')).toMatchObject({
      errorCodes: ['BAD_REQUEST'],
      actor: actorOf(fireStaff),
      arguments: { reportFireIncident: { input: { divisionCode: '230724' } } },
    });
  });
});

describe('what the gateway does not record', () => {
  it('records no refused query, over HTTP or in the pipeline', async () => {
    expect((await send({ query: 'query ReadExpiredToken { treeSpecies { code } }' }, await bearer(fireStaff, '-1m'))).status).toBe(401);
    const invalid = await stack.request('query ReadUnknownField { treeSpecies { code noSuchField } }', undefined, fireStaff);
    expect(codesOf(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await entries({ operationName: 'ReadExpiredToken' })).toEqual([]);
    expect(await entries({ operationName: 'ReadUnknownField' })).toEqual([]);
  });

  it('leaves a mutation that reaches a department to the department, accepted or refused there', async () => {
    const accepted = await stack.request(reportFire('ReportFireReachesDepartment'), { input: fireReport }, fireStaff);
    expect(accepted.errors).toBeUndefined();
    const forbidden = await stack.request(reportFire('ReportFireForbiddenThere'), { input: fireReport }, viewers.staff('wildlife'));
    expect(codesOf(forbidden)).toEqual(['FORBIDDEN']);

    expect((await entries({ operationName: 'ReportFireReachesDepartment' })).map((entry) => [entry.department, entry.outcome])).toEqual([
      ['fire-prevention', 'ACCEPTED'],
    ]);
    expect((await entries({ operationName: 'ReportFireForbiddenThere' })).map((entry) => [entry.department, entry.outcome])).toEqual([
      ['fire-prevention', 'REJECTED'],
    ]);
  });

  it('does not read a mutation over the rate limit, and counts the refusal', async () => {
    const limited = await stack.startAnotherGateway({ limits: { ...DEFAULT_LIMITS, publicRequestsPerMinute: 1 } });
    try {
      expect((await send({ query: '{ treeSpecies { code } }' }, {}, limited.publicUrl)).status).toBe(200);
      const response = await send({ query: writeLetter('WriteLetterRateLimited'), variables: { input: letter } }, {}, limited.publicUrl);
      expect(response.status).toBe(429);
      expect(await limited.audit.deliver()).toBe(0);
      const metrics = await (await fetch(limited.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/^gateway_requests_rate_limited_total\{transport="http"\} 1$/m);
    } finally {
      await limited.stop();
    }
    expect(await entries({ operationName: 'WriteLetterRateLimited' })).toEqual([]);
  });
});

describe('the gateway’s outbox', () => {
  it('keeps at most its capacity, dropping the oldest entries and counting each', async () => {
    let dropped = 0;
    const outbox = new MemoryAuditOutbox({ capacity: 2, log: createLogger('gateway'), dropped: () => (dropped += 1) });
    const entry = (operationName: string): AuditEntryRecord => ({
      id: randomUUID(),
      requestId: operationName,
      at: new Date().toISOString(),
      actor: actorOf(viewers.anonymous),
      operationName,
      fields: [],
      variables: {},
      arguments: {},
      outcome: 'REJECTED',
      errorCodes: ['UNAUTHENTICATED'],
      changes: [],
      complete: true,
    });
    for (const name of ['First', 'Second', 'Third', 'Fourth']) outbox.add(entry(name));
    const waiting = await outbox.read(100);
    expect(waiting.map((row) => row.entry.operationName)).toEqual(['Third', 'Fourth']);
    expect(dropped).toBe(2);

    await outbox.remove(waiting.slice(0, 1));
    expect(await outbox.size()).toBe(1);
    const metrics = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    expect(metrics).toContain('gateway_audit_entries_dropped_total 0');
  });
});
