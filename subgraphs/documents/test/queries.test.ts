import { divisions, generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documentsSubgraph from '../src/index.js';
import { escalationStatus } from '../src/domain/supervision.js';
import { DEMO_NOW, generateOfficeData } from '../src/seed/index.js';
import { beijingMonth, containsWords, demo, first, unclassified } from './helpers.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(documentsSubgraph);
});
afterAll(() => subgraph?.stop());

/** Office staff: no clearance for classified documents. */
const staff = viewers.staff('documents');
const asStaff = (query: string, variables?: Record<string, unknown>) => subgraph.request(query, variables, staff);

describe('demo data', () => {
  it('is deterministic and large enough to be realistic', () => {
    expect(generateOfficeData()).toEqual(demo);
    expect(demo.units).toHaveLength(34);
    expect(demo.documents.length).toBeGreaterThan(1500);
    expect(demo.meetings.length).toBeGreaterThan(250);
    expect(demo.supervisionTasks.length).toBeGreaterThan(500);
    expect(demo.informationReports.length).toBeGreaterThan(600);
  });

  it('points at real divisions and sub-compartments of both provinces', () => {
    const divisionCodes = new Set(divisions.map((division) => division.code));
    const subCompartmentIds = new Set(generateInventory().subCompartments.map((sub) => sub.id));
    const concerned = demo.documents.flatMap((document) => document.divisionCodes);
    expect(concerned.every((code) => divisionCodes.has(code))).toBe(true);
    expect(concerned.some((code) => code.startsWith('23')) && concerned.some((code) => code.startsWith('22'))).toBe(true);
    expect(demo.documents.flatMap((document) => document.subCompartmentIds).every((id) => subCompartmentIds.has(id))).toBe(true);
  });

  it('has work in progress at the demo’s reference date', () => {
    expect(demo.documents.filter((document) => !document.completedAt).length).toBeGreaterThan(10);
    expect(demo.supervisionTasks.filter((task) => escalationStatus(task, DEMO_NOW).isOverdue).length).toBeGreaterThan(5);
    expect(demo.meetings.filter((meeting) => meeting.startsAt > DEMO_NOW).length).toBeGreaterThan(10);
  });
});

describe('lookups', () => {
  const document = first(demo.documents, (entry) => unclassified(entry) && entry.direction === 'OUTGOING' && entry.archive !== null);

  it('finds a document by id and by 文号, with its workflow history and archive record', async () => {
    const { data, errors } = await asStaff(
      `query($id: ID!, $province: ID!, $number: String!) {
        byId: officeDocument(id: $id) {
          id title documentNumber status currentStep leadUnit { code } province { code }
          steps { step decision actor } archive { archiveNumber retentionPeriod document { id } }
        }
        byNumber: officeDocumentByNumber(provinceCode: $province, documentNumber: $number) { id }
        missing: officeDocument(id: "no-such-id") { id }
      }`,
      { id: document.id, province: document.provinceCode, number: document.documentNumber },
    );
    expect(errors).toBeUndefined();
    expect(data!.byId).toEqual({
      id: document.id,
      title: document.title,
      documentNumber: document.documentNumber,
      status: 'COMPLETED',
      currentStep: 'ISSUE',
      leadUnit: { code: document.leadUnitCode },
      province: { code: document.provinceCode },
      steps: document.steps.map(({ step, decision, actor }) => ({ step, decision, actor })),
      archive: { archiveNumber: document.archive!.archiveNumber, retentionPeriod: document.archive!.retentionPeriod, document: { id: document.id } },
    });
    expect(data!.byNumber).toEqual({ id: document.id });
    expect(data!.missing).toBeNull();
  });

  it('finds units, meetings, tasks and archive records by their keys', async () => {
    const meeting = demo.meetings[0]!;
    const task = demo.supervisionTasks[0]!;
    const { data, errors } = await asStaff(
      `query($meeting: ID!, $task: ID!, $archive: String!) {
        officeUnit(code: "HLJ-FHB") { fullName kind province { code } }
        officeMeeting(id: $meeting) { title agenda { position topic } attendees { name } }
        supervisionTask(id: $task) { title deadline escalations { level reachedOn } }
        archiveRecord(archiveNumber: $archive) { document { id } }
      }`,
      { meeting: meeting.id, task: task.id, archive: document.archive!.archiveNumber },
    );
    expect(errors).toBeUndefined();
    expect(data!.officeUnit).toEqual({ fullName: '黑龙江省林业厅森林防火办公室', kind: 'DEPARTMENT', province: { code: '230000' } });
    expect(data!.officeMeeting.agenda.map((item: { topic: string }) => item.topic)).toEqual(meeting.agenda.map((item) => item.topic));
    expect(data!.officeMeeting.attendees).toHaveLength(meeting.attendees.length);
    expect(data!.supervisionTask).toMatchObject({ title: task.title, deadline: task.deadline.toISOString().slice(0, 10) });
    expect(data!.supervisionTask.escalations).toHaveLength(task.escalations.length);
    expect(data!.archiveRecord).toEqual({ document: { id: document.id } });
  });
});

describe('lists', () => {
  const page = `query($after: String, $filter: OfficeDocumentFilter) {
    officeDocuments(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id direction registeredAt classification province { code } } }
    }
  }`;

  it('filters documents and pages through every match exactly once, newest first', async () => {
    const filter = { provinceCode: '220000', direction: 'OUTGOING' };
    const seen: string[] = [];
    let after: string | undefined;
    let totalCount = 0;
    for (;;) {
      const { data, errors } = await asStaff(page, { after, filter });
      expect(errors).toBeUndefined();
      const connection = data!.officeDocuments;
      totalCount = connection.totalCount;
      for (const { node } of connection.edges) {
        expect(node).toMatchObject({ direction: 'OUTGOING', province: { code: '220000' } });
        seen.push(node.id);
      }
      const times = connection.edges.map((edge: { node: { registeredAt: string } }) => edge.node.registeredAt);
      expect(times).toEqual([...times].sort().reverse());
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = demo.documents.filter(
      (document) => unclassified(document) && document.provinceCode === '220000' && document.direction === 'OUTGOING',
    );
    expect(totalCount).toBe(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((document) => document.id)));
    expect(seen).toHaveLength(expected.length);
  });

  it('filters by the division, sub-compartment and unit a document concerns, and by status', async () => {
    const sample = first(demo.documents, (document) => unclassified(document) && document.subCompartmentIds.length > 0);
    const count = async (filter: Record<string, unknown>) =>
      (await asStaff(`query($filter: OfficeDocumentFilter) { officeDocuments(filter: $filter) { totalCount } }`, { filter })).data!
        .officeDocuments.totalCount;
    const visible = demo.documents.filter(unclassified);
    expect(await count({ divisionCode: sample.divisionCodes[0] })).toBe(
      visible.filter((document) => document.divisionCodes.includes(sample.divisionCodes[0]!)).length,
    );
    expect(await count({ subCompartmentId: sample.subCompartmentIds[0] })).toBe(
      visible.filter((document) => document.subCompartmentIds.includes(sample.subCompartmentIds[0]!)).length,
    );
    expect(await count({ routedUnitCode: 'HLJ-BGS' })).toBe(visible.filter((document) => document.routedUnitCodes.includes('HLJ-BGS')).length);
    expect(await count({ status: 'IN_PROGRESS' })).toBe(visible.filter((document) => !document.completedAt).length);
  });

  it('refuses pages larger than the maximum', async () => {
    const { errors } = await asStaff(`{ officeDocuments(first: 1000) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('classified documents', () => {
  const secret = first(demo.documents, (document) => document.classification === 'SECRET' && document.divisionCodes.length > 0);
  const confidential = first(demo.documents, (document) => document.classification === 'CONFIDENTIAL');
  const count = (classifications: string[]) =>
    demo.documents.filter((document) => classifications.includes(document.classification)).length;

  it('are never listed or counted for a caller without clearance', async () => {
    const { data } = await asStaff(`{
      all: officeDocuments { totalCount }
      secret: officeDocuments(filter: { classification: SECRET }) { totalCount }
      confidential: officeDocuments(filter: { classification: CONFIDENTIAL }) { totalCount }
      archives: archiveRecords { totalCount }
      unit: officeUnit(code: "HLJ-FHB") { ledDocuments { totalCount } }
    }`);
    expect(data).toEqual({
      all: { totalCount: count(['PUBLIC', 'INTERNAL']) },
      secret: { totalCount: 0 },
      confidential: { totalCount: 0 },
      archives: { totalCount: demo.documents.filter((document) => unclassified(document) && document.archive).length },
      unit: { ledDocuments: { totalCount: demo.documents.filter((document) => unclassified(document) && document.leadUnitCode === 'HLJ-FHB').length } },
    });
  });

  it('are shown up to the caller’s clearance', async () => {
    const query = `query($secret: ID!, $confidential: ID!) {
      all: officeDocuments { totalCount }
      secret: officeDocument(id: $secret) { id }
      confidential: officeDocument(id: $confidential) { id }
    }`;
    const variables = { secret: secret.id, confidential: confidential.id };
    expect((await asStaff(query, variables)).data).toEqual({ all: { totalCount: count(['PUBLIC', 'INTERNAL']) }, secret: null, confidential: null });
    expect((await subgraph.request(query, variables, viewers.leader)).data).toEqual({
      all: { totalCount: count(['PUBLIC', 'INTERNAL', 'SECRET']) },
      secret: { id: secret.id },
      confidential: null,
    });
    expect((await subgraph.request(query, variables, viewers.admin)).data!.all.totalCount).toBe(demo.documents.length);
  });

  it('do not resolve as entities, nor under the divisions they concern', async () => {
    const { data, errors } = await asStaff(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on OfficeDocument { id }
          ... on Division { documents(first: 100) { id classification } }
        }
      }`,
      {
        representations: [
          { __typename: 'OfficeDocument', id: secret.id },
          { __typename: 'OfficeDocument', id: confidential.id },
          { __typename: 'Division', code: secret.divisionCodes[0] },
        ],
      },
    );
    expect(errors).toBeUndefined();
    const [secretEntity, confidentialEntity, division] = data!._entities;
    expect(secretEntity).toBeNull();
    expect(confidentialEntity).toBeNull();
    const ids = division.documents.map((document: { id: string }) => document.id);
    expect(ids).not.toContain(secret.id);
    expect(ids.length).toBe(
      Math.min(100, demo.documents.filter((document) => unclassified(document) && document.divisionCodes.includes(secret.divisionCodes[0]!)).length),
    );
  });

  it('are not found by search, counted in throughput, nor shown as a task’s source', async () => {
    const task = first(demo.supervisionTasks, (entry) => demo.documents.some((document) => document.id === entry.sourceDocumentId && !unclassified(document)));
    const query = `query($task: ID!) {
      searchOfficeDocuments(query: "森林防火", first: 100) { totalCount edges { node { classification } } }
      officeDocumentThroughput(range: { fromMonth: "2025-01", toMonth: "2026-10" }) { registered }
      supervisionTask(id: $task) { sourceDocument { id } }
    }`;
    const registered = (rows: { registered: number }[]) => rows.reduce((sum, row) => sum + row.registered, 0);
    const forStaff = (await asStaff(query, { task: task.id })).data!;
    expect(forStaff.searchOfficeDocuments.totalCount).toBe(demo.documents.filter((document) => unclassified(document) && containsWords(document, '森林防火')).length);
    expect(forStaff.searchOfficeDocuments.edges.every((edge: { node: { classification: string } }) => ['PUBLIC', 'INTERNAL'].includes(edge.node.classification))).toBe(true);
    expect(registered(forStaff.officeDocumentThroughput)).toBe(count(['PUBLIC', 'INTERNAL']));
    expect(forStaff.supervisionTask.sourceDocument).toBeNull();

    const forAdmin = (await subgraph.request(query, { task: task.id })).data!;
    expect(forAdmin.searchOfficeDocuments.totalCount).toBe(demo.documents.filter((document) => containsWords(document, '森林防火')).length);
    expect(registered(forAdmin.officeDocumentThroughput)).toBe(demo.documents.length);
    expect(forAdmin.supervisionTask.sourceDocument).toEqual({ id: task.sourceDocumentId });
  });
});

describe('full-text search', () => {
  const search = `query($query: String!, $after: String) {
    searchOfficeDocuments(query: $query, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { rank node { id title body } }
    }
  }`;

  it('matches whole words, in the title or the body, most relevant first', async () => {
    const { data, errors } = await asStaff(search, { query: '森林防火' });
    expect(errors).toBeUndefined();
    const { totalCount, edges } = data!.searchOfficeDocuments;
    const expected = demo.documents.filter((document) => unclassified(document) && containsWords(document, '森林防火'));
    expect(totalCount).toBe(expected.length);
    expect(totalCount).toBeGreaterThan(50);
    for (const { node } of edges) expect(`${node.title}${node.body}`).toMatch(/森林[\s\S]*防火|防火[\s\S]*森林/);
    const ranks = edges.map((edge: { rank: number }) => edge.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Title matches weigh more than body matches.
    expect(edges[0].node.title).toContain('森林防火');
  });

  it('does not match documents that lack one of the words', async () => {
    const pest = first(demo.documents, (document) => unclassified(document) && document.title.includes('松材线虫病') && !document.body.includes('防火'));
    const { data } = await asStaff(`{ searchOfficeDocuments(query: "森林防火", first: 100) { edges { node { id } } } }`);
    expect(data!.searchOfficeDocuments.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(pest.id);
  });

  it('pages through the ranking without repeating a document', async () => {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data } = await asStaff(search, { query: '松材线虫病', after });
      const connection = data!.searchOfficeDocuments;
      ids.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(ids.length).toBe(demo.documents.filter((document) => unclassified(document) && containsWords(document, '松材线虫病')).length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a query without words, and a foreign cursor', async () => {
    expect((await asStaff(search, { query: '，。！' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await asStaff(search, { query: '森林', after: 'bm90LWEtY3Vyc29y' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('leaders’ figures', () => {
  it('document throughput adds up, month by month, to the documents registered and completed', async () => {
    const { data, errors } = await asStaff(`{
      officeDocumentThroughput(range: { fromMonth: "2025-01", toMonth: "2026-12" }, provinceCode: "230000") {
        month direction registered completed averageCompletionDays
      }
    }`);
    expect(errors).toBeUndefined();
    const rows = data!.officeDocumentThroughput;
    expect(rows).toHaveLength(24 * 2);
    const visible = demo.documents.filter((document) => unclassified(document) && document.provinceCode === '230000');
    for (const row of rows) {
      const ofDirection = visible.filter((document) => document.direction === row.direction);
      expect(row.registered).toBe(ofDirection.filter((document) => beijingMonth(document.registeredAt) === row.month).length);
      expect(row.completed).toBe(ofDirection.filter((document) => document.completedAt && beijingMonth(document.completedAt) === row.month).length);
    }
    expect(rows.filter((row: { month: string }) => row.month > '2026-10').every((row: { registered: number }) => row.registered === 0)).toBe(true);
    expect(rows[0].averageCompletionDays).toBeGreaterThan(0);
  });

  it('information report compliance matches the reports filed, and lists who is missing', async () => {
    const { data, errors } = await asStaff(`{
      informationReportCompliance(range: { fromMonth: "2026-09", toMonth: "2026-10" }) {
        month expectedUnitCount reportedUnitCount zeroReportCount itemCount missingUnitCount complianceRate missingUnits { code }
      }
      missingInformationReports(month: "2026-10") { code }
    }`);
    expect(errors).toBeUndefined();
    for (const row of data!.informationReportCompliance) {
      const reports = demo.informationReports.filter((report) => report.month === row.month);
      const missing = demo.units.map((unit) => unit.code).filter((code) => !reports.some((report) => report.unitCode === code)).sort();
      expect(row).toEqual({
        month: row.month,
        expectedUnitCount: 34,
        reportedUnitCount: reports.length,
        zeroReportCount: reports.filter((report) => report.isZeroReport).length,
        itemCount: reports.reduce((sum, report) => sum + report.items.length, 0),
        missingUnitCount: missing.length,
        complianceRate: reports.length / 34,
        missingUnits: missing.map((code) => ({ code })),
      });
      if (row.month === '2026-10') expect(data!.missingInformationReports).toEqual(missing.map((code) => ({ code })));
    }
    expect(data!.missingInformationReports.length).toBeGreaterThan(5);
  });

  it('supervision overview counts open and overdue tasks by level as the escalation rule says', async () => {
    const { data, errors } = await asStaff(
      `query($asOf: DateTime!) {
        supervisionOverview(asOf: $asOf) { openCount overdueCount byLevel { level count } byUnit { unit { code } openCount overdueCount } }
        overdue: supervisionTasks(asOf: $asOf, filter: { overdue: true }) { totalCount }
        escalated: supervisionTasks(asOf: $asOf, first: 100, filter: { minimumLevel: OFFICE_DIRECTOR }) {
          totalCount edges { node { escalation(asOf: $asOf) { isOverdue level } } }
        }
      }`,
      { asOf: DEMO_NOW.toISOString() },
    );
    expect(errors).toBeUndefined();
    const open = demo.supervisionTasks.filter((task) => !task.completedAt);
    const statuses = open.map((task) => escalationStatus(task, DEMO_NOW));
    const overview = data!.supervisionOverview;
    expect(overview.openCount).toBe(open.length);
    expect(overview.overdueCount).toBe(statuses.filter((status) => status.isOverdue).length);
    expect(data!.overdue.totalCount).toBe(overview.overdueCount);
    for (const { level, count } of overview.byLevel) {
      expect(count).toBe(statuses.filter((status) => status.level === level).length);
    }
    expect(overview.byUnit.reduce((sum: number, unit: { openCount: number }) => sum + unit.openCount, 0)).toBe(open.length);
    const atLeastOfficeDirector = statuses.filter((status) => status.level === 'OFFICE_DIRECTOR' || status.level === 'DEPUTY_DIRECTOR_GENERAL');
    expect(data!.escalated.totalCount).toBe(atLeastOfficeDirector.length);
    expect(atLeastOfficeDirector.length).toBeGreaterThan(0);
    for (const { node } of data!.escalated.edges) {
      expect(node.escalation.isOverdue).toBe(true);
      expect(['OFFICE_DIRECTOR', 'DEPUTY_DIRECTOR_GENERAL']).toContain(node.escalation.level);
    }
  });

  it('refuses malformed month ranges', async () => {
    const { errors } = await asStaff(`{ officeDocumentThroughput(range: { fromMonth: "2026-13", toMonth: "2025-01" }) { month } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'range.fromMonth' })]));
  });
});
