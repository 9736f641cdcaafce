import { viewers } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestStack, type TestStack } from '../src/testing.js';
import { fireReport } from './fixtures.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const fireStaff = viewers.staff('fire-prevention');
const reportFire = (operationName: string) =>
  `mutation ${operationName}($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id status } }`;
const incidentCount = async () => (await stack.request(`{ fireIncidents { totalCount } }`)).data!.fireIncidents.totalCount as number;

interface Entry {
  id: string;
  department: string;
  requestId: string;
  at: string;
  operationName: string | null;
  fields: string[];
  variables: Record<string, any>;
  arguments: Record<string, any>;
  outcome: string;
  errorCodes: string[];
  complete: boolean;
  actor: { subject: string | null; role: string; department: string | null; divisionCode: string | null };
  changes: { model: string; kind: string; recordId: string | null; before: Record<string, any> | null; after: Record<string, any> | null }[];
}

const auditLog = `query AuditLog($filter: AuditLogFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) {
    totalCount
    edges { node {
      id department requestId at operationName fields variables arguments outcome errorCodes complete
      actor { subject role department divisionCode }
      changes { model kind recordId before after }
    } }
  }
}`;

/** The entries an administrator sees, once the departments have delivered what they hold. */
async function entries(filter: Record<string, unknown>): Promise<Entry[]> {
  await stack.deliverAuditEntries();
  return readEntries(filter);
}

async function readEntries(filter: Record<string, unknown>): Promise<Entry[]> {
  const { data, errors } = await stack.request(auditLog, { filter, first: 100 });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.auditLog.edges.map((edge: { node: Entry }) => edge.node);
}

describe('the audit log', () => {
  it('records a staff member’s accepted mutation: who, when, what, and the rows it created', async () => {
    const started = new Date();
    const { data, errors } = await stack.request(reportFire('ReportFireAudited'), { input: fireReport }, fireStaff);
    expect(errors).toBeUndefined();
    const incidentId = data!.reportFireIncident.id as string;

    const [entry, ...others] = await entries({ operationName: 'ReportFireAudited' });
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      department: 'fire-prevention',
      operationName: 'ReportFireAudited',
      fields: ['reportFireIncident'],
      outcome: 'ACCEPTED',
      errorCodes: [],
      complete: true,
      actor: { subject: fireStaff.subject, role: 'staff', department: 'fire-prevention', divisionCode: null },
      variables: { input: { ...fireReport } },
      arguments: { reportFireIncident: { input: { ...fireReport } } },
    });
    expect(new Date(entry!.at).getTime()).toBeGreaterThanOrEqual(started.getTime());
    expect(new Date(entry!.at).getTime()).toBeLessThanOrEqual(Date.now());
    const incident = entry!.changes.find((change) => change.model === 'FireIncident');
    expect(incident).toMatchObject({ kind: 'CREATE', recordId: incidentId, before: null, after: { id: incidentId, status: 'REPORTED', place: fireReport.place } });
    expect(entry!.changes.find((change) => change.model === 'FireAlert')).toMatchObject({
      kind: 'CREATE',
      before: null,
      after: { incidentId, kind: 'NEW_INCIDENT' },
    });
  });

  it('records an update with the row before and after', async () => {
    const { data } = await stack.request(reportFire('ReportFireToVerify'), { input: fireReport }, fireStaff);
    const id = data!.reportFireIncident.id as string;
    const verified = await stack.request(
      `mutation VerifyFireAudited($id: ID!, $at: DateTime!) {
        changeFireIncidentStatus(id: $id, input: { status: VERIFIED, changedBy: "李振江", at: $at }) { status }
      }`,
      { id, at: new Date().toISOString() },
      fireStaff,
    );
    expect(verified.errors).toBeUndefined();

    const [entry] = await entries({ operationName: 'VerifyFireAudited' });
    expect(entry).toMatchObject({ outcome: 'ACCEPTED', fields: ['changeFireIncidentStatus'], arguments: { changeFireIncidentStatus: { id } } });
    const update = entry!.changes.find((change) => change.model === 'FireIncident');
    expect(update).toMatchObject({ kind: 'UPDATE', recordId: id, before: { id, status: 'REPORTED' }, after: { id, status: 'VERIFIED' } });
    expect(entry!.changes.find((change) => change.model === 'FireIncidentStatusChange')).toMatchObject({
      kind: 'CREATE',
      after: { incidentId: id, fromStatus: 'REPORTED', toStatus: 'VERIFIED', changedBy: '李振江' },
    });
  });

  it('records an invalid mutation as REJECTED with its error code, and nothing changed', async () => {
    const before = await incidentCount();
    const response = await stack.request(reportFire('ReportFireInvalid'), { input: { ...fireReport, divisionCode: '230700' } }, fireStaff);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await incidentCount()).toBe(before);

    const [entry, ...others] = await entries({ operationName: 'ReportFireInvalid' });
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ outcome: 'REJECTED', errorCodes: ['BAD_USER_INPUT'], changes: [], variables: { input: { divisionCode: '230700' } } });
  });

  it('records another department’s staff member as REJECTED with FORBIDDEN, and nothing changed', async () => {
    const before = await incidentCount();
    const wildlifeStaff = viewers.staff('wildlife', '230700');
    const response = await stack.request(reportFire('ReportFireForbidden'), { input: fireReport }, wildlifeStaff);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await incidentCount()).toBe(before);

    const [entry] = await entries({ operationName: 'ReportFireForbidden' });
    expect(entry).toMatchObject({
      department: 'fire-prevention',
      outcome: 'REJECTED',
      errorCodes: ['FORBIDDEN'],
      changes: [],
      actor: { subject: wildlifeStaff.subject, role: 'staff', department: 'wildlife', divisionCode: '230700' },
    });
  });

  it('records a failure after the first write as FAILED without the rolled-back change', async () => {
    const fire = stack.subgraphs.get('fire-prevention')!.database.client as unknown as { $executeRawUnsafe(sql: string): Promise<number> };
    // The incident is written first; the alert after it, in the same transaction, now fails.
    await fire.$executeRawUnsafe(`CREATE FUNCTION refuse_alerts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the alert service is out of order'; END $$`);
    await fire.$executeRawUnsafe(`CREATE TRIGGER refuse_alerts BEFORE INSERT ON "FireAlert" FOR EACH ROW EXECUTE FUNCTION refuse_alerts()`);
    const before = await incidentCount();
    try {
      const response = await stack.request(reportFire('ReportFireFailing'), { input: fireReport }, fireStaff);
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await fire.$executeRawUnsafe('DROP TRIGGER refuse_alerts ON "FireAlert"');
      await fire.$executeRawUnsafe('DROP FUNCTION refuse_alerts()');
    }
    expect(await incidentCount()).toBe(before);

    const recorded = await entries({ operationName: 'ReportFireFailing' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ outcome: 'FAILED', errorCodes: ['INTERNAL_SERVER_ERROR'], changes: [] });
  });

  it('records a write made outside a transaction, whole, though the resolver selected only some columns', async () => {
    // A date in China, where the notice period is counted.
    const chinaDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const notice = {
      kind: 'LICENSING_RESULT',
      title: '林木采伐许可证拟核发名单公示',
      body: '现将拟核发林木采伐许可证的申请单位、采伐地点予以公示。',
      department: 'FOREST_RESOURCES',
      objectionContact: '0451-82620032',
      periodStart: chinaDay(1),
      periodEnd: chinaDay(31),
    };
    const published = await stack.request(
      `mutation PublishNoticeAudited($input: PublishPublicNoticeInput!) { publishNotice(input: $input) { id } }`,
      { input: notice },
      viewers.staff('public-disclosure'),
    );
    expect(published.errors).toBeUndefined();
    const id = published.data!.publishNotice.id as string;

    const [entry] = await entries({ operationName: 'PublishNoticeAudited' });
    expect(entry!.changes).toEqual([
      {
        model: 'PublicNotice',
        kind: 'CREATE',
        recordId: id,
        before: null,
        after: expect.objectContaining({ id, title: notice.title, body: notice.body, objectionContact: notice.objectionContact }),
      },
    ]);
  });

  it('keeps personal identity data out of the log, also for the public’s mutations', async () => {
    const application = {
      itemCode: 'SP01',
      applicantKind: 'PERSON',
      applicantName: '刘长林',
      applicantIdNumber: '230724197803120035',
      contactPhone: '13945812345',
      summary: '运输蒙古栎原木28立方米，起运地丰林县，到达地哈尔滨市',
      subCompartmentId: 'ef62222f-46b9-450c-867f-c3c23b3d436f',
    };
    const submitted = await stack.request(
      `mutation ApplyWithPersonalData($input: SubmitLicenceApplicationInput!) { submitApplication(input: $input) { receiptNumber } }`,
      { input: application },
      null,
    );
    expect(submitted.errors).toBeUndefined();

    const [entry] = await entries({ operationName: 'ApplyWithPersonalData' });
    expect(entry).toMatchObject({
      department: 'public-disclosure',
      outcome: 'ACCEPTED',
      actor: { subject: null, role: 'public' },
      variables: { input: { applicantName: '刘长林', applicantIdNumber: '[redacted]', contactPhone: '[redacted]' } },
    });
    const stored = entry!.changes.find((change) => change.model === 'LicenceApplication');
    expect(stored?.after).toMatchObject({ receiptNumber: submitted.data!.submitApplication.receiptNumber, applicantIdNumber: '[redacted]', contactPhone: '[redacted]' });
    // The receipt number's counter: an upsert of a row with a two-column key.
    expect(entry!.changes.find((change) => change.model === 'NumberSequence')).toMatchObject({
      recordId: expect.stringMatching(/^\S+\/\d{4}$/),
      after: { last: expect.any(Number) },
    });
    expect(JSON.stringify(entry)).not.toContain(application.applicantIdNumber);
    expect(JSON.stringify(entry)).not.toContain(application.contactPhone);
  });

  it('is for administrators only: leaders, staff and partners are refused, the public does not see it', async () => {
    for (const viewer of [viewers.leader, viewers.staff('fire-prevention'), viewers.partner]) {
      const { data, errors } = await stack.request(auditLog, { first: 1 }, viewer);
      expect(errors?.[0]?.extensions?.code, viewer.role).toBe('FORBIDDEN');
      expect(data?.auditLog ?? null).toBeNull();
    }
    const anonymous = await stack.request(auditLog, { first: 1 }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('delivery', () => {
  it('loses and duplicates nothing while the audit subgraph is down and after it restarts', async () => {
    const department = stack.subgraphs.get('fire-prevention')!;
    await stack.deliverAuditEntries();
    await stack.subgraphs.get('audit')!.restart(async () => {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect((await stack.request(reportFire('WhileAuditIsDown'), { input: fireReport }, fireStaff)).errors).toBeUndefined();
      }
      const refused = await stack.request(reportFire('WhileAuditIsDown'), { input: { ...fireReport, burnedArea: -1 } }, fireStaff);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Acknowledged to the callers, waiting in the department's outbox.
      expect(await department.audit.deliver()).toBe(4);
    });

    // The department's relay retries on its own until the restarted audit subgraph has them.
    await vi.waitFor(async () => expect(await readEntries({ operationName: 'WhileAuditIsDown' })).toHaveLength(4), {
      timeout: 30_000,
      interval: 200,
    });
    expect(await department.audit.deliver()).toBe(0);
    const delivered = await entries({ operationName: 'WhileAuditIsDown' });
    expect(new Set(delivered.map((entry) => entry.id)).size).toBe(4);
    expect(delivered.map((entry) => entry.outcome).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED']);
    expect(delivered.every((entry) => entry.complete)).toBe(true);
  });
});
