import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documentsSubgraph from '../src/index.js';
import { escalationStatus, levelReachedOn, unrecordedLevels } from '../src/domain/supervision.js';
import { DEMO_NOW } from '../src/seed/index.js';
import { beijingMonth, demo, first, unclassified } from './helpers.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(documentsSubgraph);
});
afterAll(() => subgraph?.stop());

const office = viewers.staff('documents');
const asOffice = (query: string, variables?: Record<string, unknown>) => subgraph.request(query, variables, office);

const DAY = 86_400_000;
/** A Beijing wall-clock time `days` from today, as an ISO instant. */
function daysFromNow(days: number, hour: number, minute = 0): string {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`).toISOString();
}
const dateFromNow = (days: number) => daysFromNow(days, 12).slice(0, 10);

function expectBadInput(errors: { extensions?: Record<string, unknown> }[] | undefined, field: string) {
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe('meetings', () => {
  const schedule = `mutation($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { id title startsAt location organizerUnit { code } agenda { position topic presenter } attendees { name position unit { code } } minutes }
  }`;
  const minutes = `mutation($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { minutes minutesRecordedBy minutesRecordedAt } }`;
  const meeting = {
    title: '冬季森林防火工作专题会议',
    kind: 'THEMATIC',
    organizerUnitCode: 'HLJ-FHB',
    location: '黑龙江省林业厅第三会议室',
    startsAt: daysFromNow(30, 9),
    endsAt: daysFromNow(30, 11),
    agenda: [{ topic: '通报当前森林防火形势', presenter: '王海涛（森林防火办公室主任）' }, { topic: '研究部署冬季森林防火工作' }],
    attendees: [
      { name: '李建国', position: '副厅长' },
      { name: '王海涛', position: '森林防火办公室主任', unitCode: 'HLJ-FHB' },
    ],
  };
  const meetingCount = async () => (await asOffice(`{ officeMeetings { totalCount } }`)).data!.officeMeetings.totalCount;

  it('schedules a meeting with its agenda in order and its attendees', async () => {
    const before = await meetingCount();
    const { data, errors } = await asOffice(schedule, { input: meeting });
    expect(errors).toBeUndefined();
    expect(data!.scheduleMeeting).toMatchObject({
      title: meeting.title,
      organizerUnit: { code: 'HLJ-FHB' },
      agenda: [
        { position: 1, topic: '通报当前森林防火形势', presenter: '王海涛（森林防火办公室主任）' },
        { position: 2, topic: '研究部署冬季森林防火工作', presenter: null },
      ],
      minutes: null,
    });
    expect(data!.scheduleMeeting.attendees).toEqual(
      expect.arrayContaining([{ name: '王海涛', position: '森林防火办公室主任', unit: { code: 'HLJ-FHB' } }]),
    );
    expect(await meetingCount()).toBe(before + 1);
  });

  it('refuses a room that is taken at that time with CONFLICT, but books it right after', async () => {
    const before = await meetingCount();
    const overlapping = { ...meeting, startsAt: daysFromNow(30, 10), endsAt: daysFromNow(30, 12) };
    expect((await asOffice(schedule, { input: overlapping })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await meetingCount()).toBe(before);
    const after = { ...meeting, startsAt: daysFromNow(30, 11), endsAt: daysFromNow(30, 12) };
    expect((await asOffice(schedule, { input: after })).errors).toBeUndefined();
  });

  it.each([
    ['an end before the start', { endsAt: daysFromNow(30, 8) }, 'input.endsAt'],
    ['a start in the past', { startsAt: daysFromNow(-3, 9), endsAt: daysFromNow(-3, 10) }, 'input.startsAt'],
    ['an empty agenda', { agenda: [] }, 'input.agenda'],
    ['an unknown organiser', { organizerUnitCode: 'HLJ-XYZ' }, 'input.organizerUnitCode'],
    ['an attendee of an unknown unit', { attendees: [{ name: '李建国', position: '副厅长', unitCode: 'XX-BGS' }] }, 'input.attendees.0.unitCode'],
    ['an attendee listed twice', { attendees: [meeting.attendees[0], meeting.attendees[0]] }, 'input.attendees.1.name'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await meetingCount();
    const { errors } = await asOffice(schedule, { input: { ...meeting, startsAt: daysFromNow(40, 9), endsAt: daysFromNow(40, 10), ...change } });
    expectBadInput(errors, field);
    expect(await meetingCount()).toBe(before);
  });

  it('records minutes once a meeting has been held, and only once', async () => {
    const held = first(demo.meetings, (entry) => entry.startsAt < DEMO_NOW && entry.minutes === null);
    const input = { meetingId: held.id, minutes: '会议研究了有关事项并作出部署。', recordedBy: '丁振华（办公室主任）' };
    const { data, errors } = await asOffice(minutes, { input });
    expect(errors).toBeUndefined();
    expect(data!.recordMeetingMinutes).toMatchObject({ minutes: input.minutes, minutesRecordedBy: input.recordedBy });
    const again = await asOffice(minutes, { input: { ...input, minutes: '改写的纪要' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { data: stored } = await asOffice(`query($id: ID!) { officeMeeting(id: $id) { minutes } }`, { id: held.id });
    expect(stored!.officeMeeting.minutes).toBe(input.minutes);
  });

  it('refuses minutes of a meeting still ahead (CONFLICT), of an unknown one (NOT_FOUND), and empty minutes', async () => {
    const ahead = (await asOffice(schedule, { input: { ...meeting, startsAt: daysFromNow(50, 9), endsAt: daysFromNow(50, 10) } })).data!
      .scheduleMeeting.id;
    const input = { meetingId: ahead, minutes: '提前写好的纪要', recordedBy: '丁振华（办公室主任）' };
    expect((await asOffice(minutes, { input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await asOffice(minutes, { input: { ...input, meetingId: 'no-such-id' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectBadInput((await asOffice(minutes, { input: { ...input, minutes: '' } })).errors, 'input.minutes');
  });
});

describe('supervision tasks', () => {
  const create = `mutation($input: CreateSupervisionTaskInput!) {
    createSupervisionTask(input: $input) { id status deadline responsibleUnit { code } sourceDocument { id } escalations { level } }
  }`;
  const complete = `mutation($input: CompleteSupervisionTaskInput!) { completeSupervisionTask(input: $input) { status completionReport completedAt } }`;
  const escalate = `mutation($asOf: DateTime) {
    escalateOverdueSupervisionTasks(asOf: $asOf) { asOf escalatedTaskCount escalations { level reachedOn task { id } } }
  }`;
  const source = first(demo.documents, (document) => unclassified(document) && document.provinceCode === '230000');
  const task = {
    title: '落实冬季森林防火工作部署',
    requirement: '请于期限内报送冬季森林防火工作落实情况。',
    responsibleUnitCode: 'HLJ-FHB',
    sourceDocumentId: source.id,
    assignedBy: '李建国（副厅长）',
    deadline: dateFromNow(20),
  };
  const taskCount = async () => (await asOffice(`{ supervisionTasks { totalCount } }`)).data!.supervisionTasks.totalCount;

  it('creates a task that escalates by the rule once its deadline has passed', async () => {
    const { data, errors } = await asOffice(create, { input: task });
    expect(errors).toBeUndefined();
    const created = data!.createSupervisionTask;
    expect(created).toMatchObject({ status: 'OPEN', deadline: task.deadline, responsibleUnit: { code: 'HLJ-FHB' }, sourceDocument: { id: source.id }, escalations: [] });
    const { data: status } = await asOffice(
      `query($id: ID!, $onDeadline: DateTime!, $later: DateTime!) {
        supervisionTask(id: $id) {
          onDeadline: escalation(asOf: $onDeadline) { isOverdue level nextLevel }
          later: escalation(asOf: $later) { isOverdue level nextLevel nextLevelOn }
        }
      }`,
      { id: created.id, onDeadline: daysFromNow(20, 17), later: daysFromNow(20 + 60, 9) },
    );
    expect(status!.supervisionTask).toEqual({
      onDeadline: { isOverdue: false, level: null, nextLevel: 'CLERK' },
      later: { isOverdue: true, level: 'DEPUTY_DIRECTOR_GENERAL', nextLevel: null, nextLevelOn: null },
    });
  });

  it.each([
    ['an empty title', { title: '' }, 'input.title'],
    ['a deadline in the past', { deadline: dateFromNow(-1) }, 'input.deadline'],
    ['an unknown unit', { responsibleUnitCode: 'HLJ-XYZ' }, 'input.responsibleUnitCode'],
    ['an unknown source document', { sourceDocumentId: 'no-such-id' }, 'input.sourceDocumentId'],
    [
      'a source document the caller may not see',
      { sourceDocumentId: first(demo.documents, (document) => !unclassified(document)).id },
      'input.sourceDocumentId',
    ],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await taskCount();
    expectBadInput((await asOffice(create, { input: { ...task, ...change } })).errors, field);
    expect(await taskCount()).toBe(before);
  });

  it('completes an open task once: a second completion is a CONFLICT', async () => {
    const { id } = (await asOffice(create, { input: task })).data!.createSupervisionTask;
    const { data, errors } = await asOffice(complete, { input: { taskId: id, completionReport: '已完成部署并报送落实情况。' } });
    expect(errors).toBeUndefined();
    expect(data!.completeSupervisionTask).toMatchObject({ status: 'COMPLETED', completionReport: '已完成部署并报送落实情况。' });
    const again = await asOffice(complete, { input: { taskId: id, completionReport: '再次办结' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await asOffice(complete, { input: { taskId: 'no-such-id', completionReport: '办结' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records the escalations overdue tasks have reached, once, and keeps them as history', async () => {
    // The demo data already holds what a daily run recorded up to its reference date.
    const upToDate = await asOffice(escalate, { asOf: DEMO_NOW.toISOString() });
    expect(upToDate.data!.escalateOverdueSupervisionTasks).toMatchObject({ escalatedTaskCount: 0, escalations: [] });

    const asOf = new Date(DEMO_NOW.getTime() + 20 * DAY);
    const expected = demo.supervisionTasks
      .filter((entry) => entry.completedAt === null)
      .flatMap((entry) =>
        unrecordedLevels(entry.escalationLevel, escalationStatus(entry, asOf).level).map((level) => ({
          level,
          reachedOn: levelReachedOn(entry.deadline, level).toISOString().slice(0, 10),
          task: { id: entry.id },
        })),
      );
    expect(expected.length).toBeGreaterThan(0);
    const { data, errors } = await asOffice(escalate, { asOf: asOf.toISOString() });
    expect(errors).toBeUndefined();
    const run = data!.escalateOverdueSupervisionTasks;
    expect(run.escalatedTaskCount).toBe(new Set(expected.map((entry) => entry.task.id)).size);
    const byKey = (entry: { level: string; task: { id: string } }) => `${entry.task.id}|${entry.level}`;
    expect([...run.escalations].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      [...expected].sort((a, b) => byKey(a).localeCompare(byKey(b))),
    );

    const rerun = await asOffice(escalate, { asOf: asOf.toISOString() });
    expect(rerun.data!.escalateOverdueSupervisionTasks.escalations).toEqual([]);

    const escalated = expected[0]!.task.id;
    const { data: history } = await asOffice(
      `query($id: ID!) { supervisionTask(id: $id) { recordedEscalationLevel escalations { level reachedOn } } }`,
      { id: escalated },
    );
    const levels = history!.supervisionTask.escalations.map((entry: { level: string }) => entry.level);
    expect(history!.supervisionTask.recordedEscalationLevel).toBe(levels.at(-1));
    expect(levels).toEqual(['CLERK', 'PARTY_SECRETARY', 'OFFICE_DIRECTOR', 'DEPUTY_DIRECTOR_GENERAL'].slice(0, levels.length));
  });

  it('does not record escalations for a moment that has not come', async () => {
    expectBadInput((await asOffice(escalate, { asOf: daysFromNow(2, 9) })).errors, 'asOf');
  });
});

describe('information reports', () => {
  const file = `mutation($input: FileInformationReportInput!) {
    fileInformationReport(input: $input) { id month isZeroReport itemCount items { title } unit { code } }
  }`;
  const fileZero = `mutation($input: FileZeroInformationReportInput!) { fileZeroInformationReport(input: $input) { id month isZeroReport itemCount } }`;
  const currentMonth = beijingMonth(new Date());
  const closedMonth = beijingMonth(new Date(Date.now() - 62 * DAY));
  const nextMonth = beijingMonth(new Date(Date.now() + 32 * DAY));
  const items = [
    { title: '我处完成年度林木采伐限额执行情况检查', content: '检查覆盖全省各重点林区。' },
    { title: '违法占用林地专项整治进展顺利', content: '已立案查处一批案件。' },
  ];
  const state = async () =>
    (
      await asOffice(`query($month: String!) {
        informationReports { totalCount }
        missingInformationReports(month: $month) { code }
        informationReportCompliance(range: { fromMonth: $month, toMonth: $month }) { reportedUnitCount itemCount }
      }`, { month: currentMonth })
    ).data;

  it('files items for the current month, and adds to the report on a second filing', async () => {
    const before = await state();
    expect(before!.missingInformationReports).toContainEqual({ code: 'HLJ-LZC' });
    const { data, errors } = await asOffice(file, { input: { unitCode: 'HLJ-LZC', month: currentMonth, reporter: '林宏伟（林政处信息员）', items } });
    expect(errors).toBeUndefined();
    expect(data!.fileInformationReport).toMatchObject({ month: currentMonth, isZeroReport: false, itemCount: 2, unit: { code: 'HLJ-LZC' } });
    const added = await asOffice(file, { input: { unitCode: 'HLJ-LZC', month: currentMonth, reporter: '林宏伟（林政处信息员）', items: items.slice(0, 1) } });
    expect(added.data!.fileInformationReport).toMatchObject({ id: data!.fileInformationReport.id, itemCount: 3 });
    const after = await state();
    expect(after!.missingInformationReports).not.toContainEqual({ code: 'HLJ-LZC' });
    expect(after!.informationReportCompliance).toEqual([
      { reportedUnitCount: before!.informationReportCompliance[0].reportedUnitCount + 1, itemCount: before!.informationReportCompliance[0].itemCount + 3 },
    ]);
  });

  it('files a zero report (本月无信息), which then admits no items', async () => {
    const { data, errors } = await asOffice(fileZero, { input: { unitCode: 'HLJ-KXY', month: currentMonth, reporter: '林业科学研究院信息员' } });
    expect(errors).toBeUndefined();
    expect(data!.fileZeroInformationReport).toMatchObject({ month: currentMonth, isZeroReport: true, itemCount: 0 });
    const before = await state();
    const withItems = await asOffice(file, { input: { unitCode: 'HLJ-KXY', month: currentMonth, reporter: '林业科学研究院信息员', items } });
    expect(withItems.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const twice = await asOffice(fileZero, { input: { unitCode: 'HLJ-KXY', month: currentMonth, reporter: '林业科学研究院信息员' } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await state()).toEqual(before);
  });

  it('refuses a zero report from a unit that reported items with CONFLICT', async () => {
    const before = await state();
    const { errors } = await asOffice(fileZero, { input: { unitCode: 'HLJ-LZC', month: currentMonth, reporter: '林宏伟（林政处信息员）' } });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await state()).toEqual(before);
  });

  it('refuses reports on a closed month with CONFLICT', async () => {
    const before = await state();
    const late = await asOffice(file, { input: { unitCode: 'JL-LZC', month: closedMonth, reporter: '信息员', items } });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const lateZero = await asOffice(fileZero, { input: { unitCode: 'JL-LZC', month: closedMonth, reporter: '信息员' } });
    expect(lateZero.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a month that has not started', { month: nextMonth }, 'input.month'],
    ['a malformed month', { month: '2026-1' }, 'input.month'],
    ['an unknown unit', { unitCode: 'HLJ-XYZ' }, 'input.unitCode'],
    ['no items', { items: [] }, 'input.items'],
    ['an item without a title', { items: [{ title: ' ', content: '内容' }] }, 'input.items.0.title'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await state();
    const { errors } = await asOffice(file, { input: { unitCode: 'JL-ZYC', month: currentMonth, reporter: '信息员', items, ...change } });
    expectBadInput(errors, field);
    expect(await state()).toEqual(before);
  });
});
