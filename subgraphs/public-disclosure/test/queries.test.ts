import { divisions, generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statutoryDeadline } from '../src/domain/licence-workflow.js';
import { chinaDateOf, fromDateValue, addWorkingDays } from '@forestry/subgraph-runtime/calendar';
import { MAILBOX_REPLY_LIMIT_DAYS } from '../src/domain/mailbox-rules.js';
import { phaseOf } from '../src/domain/publication-rules.js';
import publicDisclosure from '../src/index.js';
import { generateDisclosureItems } from '../src/seed/disclosure-items.js';
import { generateLicenceApplications, type ApplicationSeed } from '../src/seed/licence-applications.js';
import { generatePublicNotices, generateSolicitations } from '../src/seed/notices.js';
import { generateDisclosureRequests, generateMailboxLetters } from '../src/seed/requests-and-letters.js';
import { anonymous, AS_OF, DEMO_TODAY } from './support.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(publicDisclosure);
});
afterAll(() => subgraph?.stop());

const { applications } = generateLicenceApplications();
const items = generateDisclosureItems();
const requests = generateDisclosureRequests();
const letters = generateMailboxLetters();
const notices = generatePublicNotices();
const { solicitations } = generateSolicitations();

const submittedOn = (application: ApplicationSeed) => chinaDateOf(application.submittedAt);
const deadlineOf = (application: ApplicationSeed) =>
  statutoryDeadline({ ...application, clockStoppedAfter: application.clockStoppedAfter && fromDateValue(application.clockStoppedAfter) }, DEMO_TODAY);
const isOverdue = (application: ApplicationSeed) => (deadlineOf(application)?.workingDaysOverdue ?? 0) > 0;
const isOpen = (application: ApplicationSeed) => ['ACCEPTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED'].includes(application.status);

/** Every node of a connection, page by page. */
async function allNodes(field: string, query: string, variables: Record<string, unknown> = {}) {
  const nodes: Record<string, any>[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const { data, errors } = await subgraph.request(query, { ...variables, after });
    expect(errors).toBeUndefined();
    const connection = data![field];
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((edge: { node: Record<string, any> }) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount };
    after = connection.pageInfo.endCursor;
  }
}

describe('demo data', () => {
  it('is deterministic, sizeable and spread over both provinces’ real counties and sub-compartments', () => {
    expect(generateMailboxLetters()).toEqual(letters);
    expect(generateDisclosureItems()).toEqual(items);
    expect(applications).toHaveLength(2400);
    expect(items.length).toBeGreaterThan(700);
    expect([requests.length, letters.length, notices.length, solicitations.length]).toEqual([300, 900, 140, 22]);
    expect(new Set(applications.map((application) => application.receiptNumber)).size).toBe(applications.length);

    const counties = new Set(divisions.filter((division) => division.level === 'COUNTY').map((division) => division.code));
    const stands = new Set(generateInventory().subCompartments.map((stand) => stand.id));
    const named = applications.filter((application) => application.divisionCode);
    expect(named.every((application) => counties.has(application.divisionCode!))).toBe(true);
    expect(new Set(named.map((application) => application.divisionCode!.slice(0, 2)))).toEqual(new Set(['22', '23']));
    expect(applications.filter((application) => application.subCompartmentId).every((application) => stands.has(application.subCompartmentId!))).toBe(true);
  });

  it('holds every stage of the workflow, including late and stalled cases', () => {
    const statuses = new Set(applications.map((application) => application.status));
    expect(statuses).toEqual(new Set(['SUBMITTED', 'ACCEPTED', 'REJECTED_AT_INTAKE', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'DENIED', 'COMPLETED']));
    expect(applications.filter((application) => isOpen(application) && isOverdue(application)).length).toBeGreaterThan(10);
    expect(applications.filter((application) => application.decision && isOverdue(application)).length).toBeGreaterThan(50);
  });
});

describe('the disclosure catalogue', () => {
  it('counts the items under each heading, sub-headings included', async () => {
    const { data } = await subgraph.request(`{ disclosureCatalogue { code itemCount children { code itemCount } } }`, {}, anonymous);
    const catalogue = data!.disclosureCatalogue as { code: string; itemCount: number; children: { code: string; itemCount: number }[] }[];
    expect(catalogue.map((heading) => heading.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13']);
    for (const heading of catalogue) {
      expect(heading.itemCount).toBe(items.filter((item) => item.categoryCode.startsWith(heading.code)).length);
      if (heading.children.length > 0) expect(heading.children.reduce((sum, child) => sum + child.itemCount, 0)).toBe(heading.itemCount);
    }
    expect(catalogue.reduce((sum, heading) => sum + heading.itemCount, 0)).toBe(items.length);
  });

  it('lists the items of a heading and a period, newest first, each exactly once across pages', async () => {
    const { nodes, totalCount } = await allNodes(
      'disclosureItems',
      `query($after: String) { disclosureItems(first: 25, after: $after, filter: { categoryCode: "09", publishedFrom: "2026-01-01" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { indexNumber publishedAt category { code } } } } }`,
    );
    const expected = items.filter((item) => item.categoryCode.startsWith('09') && chinaDateOf(item.publishedAt) >= '2026-01-01');
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.indexNumber).sort()).toEqual(expected.map((item) => item.indexNumber).sort());
    const times = nodes.map((node) => node.publishedAt as string);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('licence applications', () => {
  it('filter by item, status and submission period, across pages', async () => {
    const { nodes, totalCount } = await allNodes(
      'licenceApplications',
      `query($after: String) { licenceApplications(first: 100, after: $after, filter: {
        itemCodes: ["SP01", "SP06"], statuses: [COMPLETED], submittedFrom: "2026-01-01", submittedTo: "2026-06-30" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { receiptNumber submittedAt } } } }`,
    );
    const expected = applications.filter(
      (application) =>
        ['SP01', 'SP06'].includes(application.itemCode) &&
        application.status === 'COMPLETED' &&
        submittedOn(application) >= '2026-01-01' &&
        submittedOn(application) <= '2026-06-30',
    );
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.receiptNumber).sort()).toEqual(expected.map((application) => application.receiptNumber).sort());
  });

  it('select the overdue ones in SQL exactly as the deadline rules count them', async () => {
    const { data } = await subgraph.request(
      `query($asOf: DateTime) {
        overdue: licenceApplications(first: 0, filter: { overdue: true }, asOf: $asOf) { totalCount }
        onTime: licenceApplications(first: 0, filter: { overdue: false }, asOf: $asOf) { totalCount }
      }`,
      { asOf: AS_OF },
    );
    expect(data!.overdue.totalCount).toBe(applications.filter(isOverdue).length);
    expect(data!.overdue.totalCount + data!.onTime.totalCount).toBe(applications.length);
  });

  it('list the open overdue ones for supervision, the earliest due first', async () => {
    const { nodes, totalCount } = await allNodes(
      'overdueLicenceApplications',
      `query($after: String, $asOf: DateTime) { overdueLicenceApplications(first: 10, after: $after, asOf: $asOf) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { receiptNumber status deadline(asOf: $asOf) { dueDate overdue workingDaysOverdue } } } } }`,
      { asOf: AS_OF },
    );
    const expected = applications.filter((application) => isOpen(application) && isOverdue(application));
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.receiptNumber).sort()).toEqual(expected.map((application) => application.receiptNumber).sort());
    expect(nodes.every((node) => node.deadline.overdue)).toBe(true);
    const dueDates = nodes.map((node) => node.deadline.dueDate as string);
    expect(dueDates).toEqual([...dueDates].sort());
  });

  it('sort by due date with undated applications last', async () => {
    const { data } = await subgraph.request(`{ licenceApplications(first: 100, orderBy: { field: DUE_DATE, direction: DESC }, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) {
      edges { node { status deadline { dueDate } } } } }`);
    const dates = data!.licenceApplications.edges.map((edge: { node: { deadline: { dueDate: string } | null } }) => edge.node.deadline?.dueDate ?? null);
    const dated = dates.filter((date: string | null) => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date: string | null) => date === null)).toBe(true);
  });

  it('refuse pages larger than the maximum', async () => {
    const { errors } = await subgraph.request(`{ licenceApplications(first: 1000) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/100/);
  });

  it('show the public the status and due date of a seeded application, and nothing for an unknown number', async () => {
    const waiting = applications.find((application) => application.status === 'UNDER_REVIEW' && application.dueDate)!;
    const { data } = await subgraph.request(
      `query($receipt: String!) {
        known: applicationStatus(receiptNumber: $receipt) { status deadline { dueDate } }
        unknown: applicationStatus(receiptNumber: "LYSP-1999-000001") { status }
      }`,
      { receipt: waiting.receiptNumber },
      anonymous,
    );
    expect(data).toEqual({ known: { status: 'UNDER_REVIEW', deadline: { dueDate: fromDateValue(waiting.dueDate!) } }, unknown: null });
  });
});

describe('licensing statistics', () => {
  it('add up to the applications of the period, in total and per item', async () => {
    const { data, errors } = await subgraph.request(
      `query($asOf: DateTime) { licensingStatistics(submittedFrom: "2025-01-01", submittedTo: "2025-12-31", asOf: $asOf) {
        submitted rejectedAtIntake inProgress decided approved denied averageHandlingWorkingDays onTimeRate promiseKeptRate overdueInProgress
        byItem { item { code } submitted decided onTimeRate }
      } }`,
      { asOf: AS_OF },
    );
    expect(errors).toBeUndefined();
    const statistics = data!.licensingStatistics;
    const period = applications.filter((application) => submittedOn(application).startsWith('2025'));
    const decided = period.filter((application) => application.decision);
    const within = (limit: 'statutoryLimitDays' | 'promisedLimitDays') =>
      decided.filter((application) => application.handlingWorkingDays! <= application[limit]!).length / decided.length;
    expect(statistics).toMatchObject({
      submitted: period.length,
      rejectedAtIntake: period.filter((application) => application.status === 'REJECTED_AT_INTAKE').length,
      inProgress: period.filter((application) => !application.decision && application.status !== 'REJECTED_AT_INTAKE').length,
      decided: decided.length,
      approved: decided.filter((application) => application.decision === 'APPROVED').length,
      denied: decided.filter((application) => application.decision === 'DENIED').length,
      overdueInProgress: period.filter((application) => isOpen(application) && isOverdue(application)).length,
    });
    expect(statistics.averageHandlingWorkingDays).toBeCloseTo(decided.reduce((sum, application) => sum + application.handlingWorkingDays!, 0) / decided.length, 9);
    expect(statistics.onTimeRate).toBeCloseTo(within('statutoryLimitDays'), 9);
    expect(statistics.promiseKeptRate).toBeCloseTo(within('promisedLimitDays'), 9);
    expect(statistics.onTimeRate).toBeGreaterThan(0.85);
    expect(statistics.onTimeRate).toBeLessThan(1);

    expect(statistics.byItem).toHaveLength(30);
    expect(statistics.byItem.reduce((sum: number, row: { submitted: number }) => sum + row.submitted, 0)).toBe(statistics.submitted);
    expect(statistics.byItem.reduce((sum: number, row: { decided: number }) => sum + row.decided, 0)).toBe(statistics.decided);
    const transport = statistics.byItem.find((row: { item: { code: string } }) => row.item.code === 'SP01');
    expect(transport.submitted).toBe(period.filter((application) => application.itemCode === 'SP01').length);
    expect(statistics.byItem[0].item.code).toBe('SP01');
  });
});

describe('applications as seen from forest-resources’ entities', () => {
  const county = '230724';
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Division { code licenceApplications(limit: 100) { receiptNumber status item { code } } }
    ... on SubCompartment { id timberTransportApplications { receiptNumber item { code } } }
  } }`;

  it('list the applications naming a county, or a county under a prefecture, newest first', async () => {
    const { data, errors } = await subgraph.request(ENTITIES, {
      representations: [{ __typename: 'Division', code: county }, { __typename: 'Division', code: '230700' }],
    });
    expect(errors).toBeUndefined();
    const [byCounty, byPrefecture] = data!._entities;
    const newestFirst = (list: ApplicationSeed[]) =>
      [...list].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime()).slice(0, 100).map((application) => application.receiptNumber);
    expect(byCounty.licenceApplications.map((application: { receiptNumber: string }) => application.receiptNumber)).toEqual(
      newestFirst(applications.filter((application) => application.divisionCode === county)),
    );
    expect(byCounty.licenceApplications.length).toBeGreaterThan(5);
    expect(byPrefecture.licenceApplications.map((application: { receiptNumber: string }) => application.receiptNumber)).toEqual(
      newestFirst(applications.filter((application) => application.divisionCode?.startsWith('2307'))),
    );
  });

  it('filter a division’s applications by status and refuse an oversized limit', async () => {
    const { data } = await subgraph.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Division { licenceApplications(statuses: [COMPLETED], limit: 3) { status } } } }`,
      { representations: [{ __typename: 'Division', code: '230000' }] },
    );
    expect(data!._entities[0].licenceApplications).toEqual([{ status: 'COMPLETED' }, { status: 'COMPLETED' }, { status: 'COMPLETED' }]);
    const { errors } = await subgraph.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Division { licenceApplications(limit: 500) { status } } } }`,
      { representations: [{ __typename: 'Division', code: county }] },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('list the timber transport applications of a sub-compartment', async () => {
    const transports = applications.filter((application) => application.itemCode === 'SP01');
    const counts = new Map<string, number>();
    for (const application of transports) counts.set(application.subCompartmentId!, (counts.get(application.subCompartmentId!) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const quiet = generateInventory().subCompartments.find((stand) => !counts.has(stand.id))!;
    const { data } = await subgraph.request(ENTITIES, {
      representations: [{ __typename: 'SubCompartment', id: busiest }, { __typename: 'SubCompartment', id: quiet.id }],
    });
    expect(data!._entities[0].timberTransportApplications.map((application: { receiptNumber: string }) => application.receiptNumber).sort()).toEqual(
      transports.filter((application) => application.subCompartmentId === busiest).map((application) => application.receiptNumber).sort(),
    );
    expect(data!._entities[0].timberTransportApplications.every((application: { item: { code: string } }) => application.item.code === 'SP01')).toBe(true);
    expect(data!._entities[1]).toEqual({ id: quiet.id, timberTransportApplications: [] });
  });
});

describe('disclosure requests and the leader mailbox', () => {
  it('list the pending requests due within five working days, overdue ones first', async () => {
    const { data } = await subgraph.request(
      `query($asOf: DateTime) {
        dueSoon: disclosureRequestsDueSoon(first: 100, asOf: $asOf) { totalCount edges { node { requestNumber dueDate } } }
        overdue: disclosureRequests(first: 0, filter: { overdue: true }, asOf: $asOf) { totalCount }
      }`,
      { asOf: AS_OF },
    );
    const horizon = addWorkingDays(DEMO_TODAY, 5);
    const pending = requests.filter((request) => request.status === 'PENDING');
    const expected = pending.filter((request) => fromDateValue(request.dueDate) <= horizon);
    expect(data!.dueSoon.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    const dueDates = data!.dueSoon.edges.map((edge: { node: { dueDate: string } }) => edge.node.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(data!.overdue.totalCount).toBe(pending.filter((request) => fromDateValue(request.dueDate) < '2026-11-02').length);
  });

  it('report the mailbox reply rate and timeliness of a year, in total and per category', async () => {
    const { data, errors } = await subgraph.request(
      `query($asOf: DateTime) { mailboxStatistics(submittedFrom: "2025-01-01", submittedTo: "2025-12-31", asOf: $asOf) {
        received replied replyRate repliedOnTime onTimeReplyRate averageReplyWorkingDays published overduePending
        byCategory { category received replied }
      } }`,
      { asOf: AS_OF },
    );
    expect(errors).toBeUndefined();
    const statistics = data!.mailboxStatistics;
    const year = letters.filter((letter) => chinaDateOf(letter.submittedAt).startsWith('2025'));
    const replied = year.filter((letter) => letter.status === 'REPLIED');
    expect(statistics).toMatchObject({
      received: year.length,
      replied: replied.length,
      repliedOnTime: replied.filter((letter) => letter.replyWorkingDays! <= MAILBOX_REPLY_LIMIT_DAYS).length,
      published: year.filter((letter) => letter.published).length,
      overduePending: 0,
    });
    expect(statistics.replyRate).toBeCloseTo(replied.length / year.length, 9);
    expect(statistics.averageReplyWorkingDays).toBeCloseTo(replied.reduce((sum, letter) => sum + letter.replyWorkingDays!, 0) / replied.length, 9);
    expect(statistics.byCategory.reduce((sum: number, row: { received: number }) => sum + row.received, 0)).toBe(statistics.received);
    expect(statistics.byCategory.find((row: { category: string }) => row.category === 'REPORT').received).toBe(
      year.filter((letter) => letter.category === 'REPORT').length,
    );
  });

  it('publish only replied letters whose writers agreed, never a report', async () => {
    const { data } = await subgraph.request(`{ publishedMailboxLetters(first: 0) { totalCount } }`, {}, anonymous);
    const published = letters.filter((letter) => letter.published);
    expect(data!.publishedMailboxLetters.totalCount).toBe(published.length);
    expect(published.every((letter) => letter.publicationConsent && letter.category !== 'REPORT' && letter.status === 'REPLIED')).toBe(true);
  });
});

describe('notices and solicitations', () => {
  it('are open, upcoming or closed by their periods as of a date', async () => {
    const { data } = await subgraph.request(
      `query($asOf: DateTime) {
        open: publicNotices(first: 0, phase: OPEN, asOf: $asOf) { totalCount }
        upcoming: publicNotices(first: 0, phase: UPCOMING, asOf: $asOf) { totalCount }
        closed: publicNotices(first: 0, phase: CLOSED, asOf: $asOf) { totalCount }
        consultations: opinionSolicitations(first: 10, phase: OPEN, asOf: $asOf) { edges { node { id phase(asOf: $asOf) } } }
      }`,
      { asOf: AS_OF },
      anonymous,
    );
    const phase = (start: Date, end: Date) => phaseOf(fromDateValue(start), fromDateValue(end), DEMO_TODAY);
    expect(data!.open.totalCount).toBe(notices.filter((notice) => phase(notice.periodStart, notice.periodEnd) === 'OPEN').length);
    expect(data!.open.totalCount).toBeGreaterThan(0);
    expect(data!.open.totalCount + data!.upcoming.totalCount + data!.closed.totalCount).toBe(notices.length);
    expect(data!.consultations.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(
      solicitations.filter((solicitation) => phase(solicitation.opensOn, solicitation.closesOn) === 'OPEN').map((solicitation) => solicitation.id).sort(),
    );
    expect(data!.consultations.edges.every((edge: { node: { phase: string } }) => edge.node.phase === 'OPEN')).toBe(true);
  });
});
