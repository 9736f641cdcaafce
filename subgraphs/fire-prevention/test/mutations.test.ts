import { generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import firePrevention from '../src/index.js';
import { generateFirePreventionData } from '../src/seed/index.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(firePrevention);
});
afterAll(() => subgraph?.stop());

const seed = generateFirePreventionData();
const COUNTY = '230724';
const tower = seed.towers.find((candidate) => candidate.divisionCode === COUNTY && candidate.status === 'IN_SERVICE')!;
const idleTower = seed.towers.find((candidate) => candidate.status === 'UNDER_MAINTENANCE')!;
const subCompartment = generateInventory().subCompartments.find((sub) => sub.divisionCode === COUNTY)!;
const extinguished = seed.incidents.find((incident) => incident.status === 'EXTINGUISHED')!;
const dismissed = seed.incidents.find((incident) => incident.status === 'FALSE_ALARM')!;
const jilinFire = seed.incidents.find((incident) => incident.divisionCode.startsWith('22'))!;
const team = seed.resources.find((resource) => resource.divisionCode === COUNTY && resource.kind === 'SEMI_PROFESSIONAL_TEAM')!;
const cache = seed.resources.find((resource) => resource.divisionCode === COUNTY && resource.kind === 'EQUIPMENT_CACHE')!;

const validReport = {
  divisionCode: COUNTY,
  subCompartmentId: subCompartment.id,
  place: '五营林业局丰林经营所东坡',
  longitude: subCompartment.longitude,
  latitude: subCompartment.latitude,
  cause: 'SMOKING',
  detection: 'LOOKOUT_TOWER',
  towerCode: tower.code,
  reportedBy: '王建华',
  reportedAt: '2026-11-20T02:10:00.000Z',
  burnedArea: 0.6,
  affectedForestArea: 0.4,
};

const incidentFields = `id status statusChangedAt severity burnedArea affectedForestArea
  statusHistory { fromStatus toStatus changedBy note } responseActions { id } areaRevisions { previousAffectedForestArea affectedForestArea reason }
  alerts { kind level message division { code } }`;
const report = `mutation($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { ${incidentFields} } }`;
const changeStatus = `mutation($id: ID!, $input: ChangeFireIncidentStatusInput!) { changeFireIncidentStatus(id: $id, input: $input) { ${incidentFields} } }`;
const recordAction = `mutation($id: ID!, $input: RecordFireResponseActionInput!) {
  recordFireResponseAction(incidentId: $id, input: $input) { id kind personnel arrivedAt resource { code } incident { id } }
}`;
const updateArea = `mutation($id: ID!, $input: UpdateFireBurnedAreaInput!) { updateFireBurnedArea(incidentId: $id, input: $input) { ${incidentFields} } }`;

/** Everything a rejected mutation could have touched, to prove that it touched nothing. */
async function snapshot(incidentId = extinguished.id) {
  const { data, errors } = await subgraph.request(
    `query($id: ID!) {
      fireIncidents { totalCount }
      fireAlerts { totalCount }
      unacknowledgedFireAlerts { totalCount }
      fireDangerRatings { totalCount }
      fireDutyShifts { totalCount }
      fireIncident(id: $id) { ${incidentFields} }
    }`,
    { id: incidentId },
  );
  expect(errors).toBeUndefined();
  return data;
}

type Response = Awaited<ReturnType<TestSubgraph<unknown>['request']>>;

function expectRefused(response: Response, code: string, field?: string): void {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(response.errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

async function reportIncident(change: Record<string, unknown> = {}) {
  const { data, errors } = await subgraph.request(report, { input: { ...validReport, ...change } });
  expect(errors).toBeUndefined();
  return data!.reportFireIncident;
}

async function move(id: string, status: string, at: string, note?: string) {
  return subgraph.request(changeStatus, { id, input: { status, changedBy: '李振江', at, note } });
}

describe('reportFireIncident', () => {
  it('opens an incident and raises an alert for its county in the same transaction', async () => {
    const before = await snapshot();
    const incident = await reportIncident();
    expect(incident).toMatchObject({ status: 'REPORTED', severity: 'GENERAL', statusChangedAt: validReport.reportedAt });
    expect(incident.statusHistory).toEqual([{ fromStatus: null, toStatus: 'REPORTED', changedBy: '王建华', note: null }]);
    expect(incident.alerts).toEqual([{ kind: 'NEW_INCIDENT', level: 'BLUE', message: expect.stringContaining('伊春市丰林县'), division: { code: COUNTY } }]);
    const after = await snapshot();
    expect(after!.fireIncidents.totalCount).toBe(before!.fireIncidents.totalCount + 1);
    expect(after!.unacknowledgedFireAlerts.totalCount).toBe(before!.unacknowledgedFireAlerts.totalCount + 1);
  });

  it('colours the alert by the severity of the first estimate', async () => {
    const incident = await reportIncident({ burnedArea: 30, affectedForestArea: 12.5 });
    expect(incident.severity).toBe('LARGER');
    expect(incident.alerts[0].level).toBe('YELLOW');
  });

  it.each([
    ['a prefecture instead of a county', { divisionCode: '230700' }, 'input.divisionCode'],
    ['an unknown county', { divisionCode: '239999' }, 'input.divisionCode'],
    ['a point outside the two provinces', { longitude: 116.4, latitude: 39.9 }, 'input.longitude'],
    ['more damaged forest than burned land', { affectedForestArea: 0.7 }, 'input.affectedForestArea'],
    ['a negative area', { burnedArea: -1 }, 'input.burnedArea'],
    ['an area with 3 decimals', { burnedArea: 0.125 }, 'input.burnedArea'],
    ['a tower sighting without the tower', { towerCode: null }, 'input.towerCode'],
    ['a tower for a public report', { detection: 'PUBLIC_REPORT' }, 'input.towerCode'],
    ['an unknown tower', { towerCode: 'LT00000000' }, 'input.towerCode'],
    ['a tower under maintenance', { towerCode: idleTower.code }, 'input.towerCode'],
    ['a report from the future', { reportedAt: '2999-01-01T00:00:00Z' }, 'input.reportedAt'],
    ['a malformed sub-compartment id', { subCompartmentId: 'FU23072401-001-01' }, 'input.subCompartmentId'],
    ['no reporter', { reportedBy: ' ' }, 'input.reportedBy'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    const response = await subgraph.request(report, { input: { ...validReport, ...change } });
    expect(response.data?.reportFireIncident ?? null).toBeNull();
    expectRefused(response, 'BAD_USER_INPUT', field);
    expect(await snapshot()).toEqual(before);
  });

  it('lets staff report only in their own jurisdiction, and leaders and the public not at all', async () => {
    const before = await snapshot();
    expectRefused(await subgraph.request(report, { input: validReport }, viewers.staff('fire-prevention', '220000')), 'FORBIDDEN');
    expectRefused(await subgraph.request(report, { input: validReport }, viewers.staff('wildlife')), 'FORBIDDEN');
    expectRefused(await subgraph.request(report, { input: validReport }, viewers.leader), 'FORBIDDEN');
    expectRefused(await subgraph.request(report, { input: validReport }, viewers.anonymous), 'UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
    const local = await subgraph.request(report, { input: validReport }, viewers.staff('fire-prevention', '230700'));
    expect(local.errors).toBeUndefined();
  });
});

describe('changeFireIncidentStatus', () => {
  it('moves an incident step by step to EXTINGUISHED and keeps the history', async () => {
    const { id } = await reportIncident();
    const steps = [
      ['VERIFIED', '2026-11-20T02:40:00.000Z', '瞭望员确认烟点'],
      ['RESPONDING', '2026-11-20T02:55:00.000Z', undefined],
      ['CONTAINED', '2026-11-20T05:00:00.000Z', undefined],
      ['EXTINGUISHED', '2026-11-20T09:30:00.000Z', '无火、无烟、无汽'],
    ] as const;
    for (const [status, at, note] of steps) {
      const { data, errors } = await move(id, status, at, note);
      expect(errors).toBeUndefined();
      expect(data!.changeFireIncidentStatus).toMatchObject({ status, statusChangedAt: at });
    }
    const { data } = await subgraph.request(`query($id: ID!) { fireIncident(id: $id) { active allowedNextStatuses statusHistory { fromStatus toStatus changedBy note } } }`, { id });
    expect(data!.fireIncident.active).toBe(false);
    expect(data!.fireIncident.allowedNextStatuses).toEqual([]);
    expect(data!.fireIncident.statusHistory.map((change: { fromStatus: string | null; toStatus: string }) => `${change.fromStatus}>${change.toStatus}`)).toEqual([
      'null>REPORTED',
      'REPORTED>VERIFIED',
      'VERIFIED>RESPONDING',
      'RESPONDING>CONTAINED',
      'CONTAINED>EXTINGUISHED',
    ]);
    expect(data!.fireIncident.statusHistory[4]).toMatchObject({ changedBy: '李振江', note: '无火、无烟、无汽' });
  });

  it.each([
    ['skip a step', 'REPORTED', 'RESPONDING'],
    ['go back', 'EXTINGUISHED', 'RESPONDING'],
    ['dismiss a fire already being fought', 'RESPONDING', 'FALSE_ALARM'],
  ])('refuses to %s with CONFLICT and changes nothing', async (_case, from, to) => {
    const id = from === 'EXTINGUISHED' ? extinguished.id : (await reportIncident()).id;
    if (from === 'RESPONDING') {
      await move(id, 'VERIFIED', '2026-11-20T02:30:00Z');
      await move(id, 'RESPONDING', '2026-11-20T02:40:00Z');
    }
    const before = await snapshot(id);
    const response = await move(id, to, '2026-11-21T00:00:00Z', '误报');
    expectRefused(response, 'CONFLICT');
    expect(response.errors?.[0]?.extensions?.currentStatus).toBe(from);
    expect(await snapshot(id)).toEqual(before);
  });

  it('dismisses a report as a false alarm, with a note, and closes it', async () => {
    const { id } = await reportIncident();
    const before = await snapshot(id);
    expectRefused(await move(id, 'FALSE_ALARM', '2026-11-20T02:30:00Z'), 'BAD_USER_INPUT', 'input.note');
    expect(await snapshot(id)).toEqual(before);
    const dismissal = await move(id, 'FALSE_ALARM', '2026-11-20T02:30:00Z', '经核实为农户焚烧秸秆');
    expect(dismissal.data!.changeFireIncidentStatus.status).toBe('FALSE_ALARM');
    expectRefused(await move(id, 'VERIFIED', '2026-11-20T03:00:00Z'), 'CONFLICT');
  });

  it('refuses a change dated before the previous one, and unknown incidents', async () => {
    const { id } = await reportIncident();
    const before = await snapshot(id);
    expectRefused(await move(id, 'VERIFIED', '2026-11-20T02:00:00Z'), 'BAD_USER_INPUT', 'input.at');
    expect(await snapshot(id)).toEqual(before);
    expectRefused(await move('no-such-incident', 'VERIFIED', '2026-11-20T02:30:00Z'), 'NOT_FOUND');
  });
});

describe('recordFireResponseAction', () => {
  const validAction = {
    kind: 'DISPATCH_TEAM',
    resourceCode: team.code,
    personnel: 12,
    orderedBy: '赵铁军',
    orderedAt: '2026-11-20T02:50:00Z',
    arrivedAt: '2026-11-20T03:35:00Z',
    description: '调派半专业森林消防队赶赴火场',
  };

  it('records a dispatch of a team to an incident still being handled', async () => {
    const { id } = await reportIncident();
    const { data, errors } = await subgraph.request(recordAction, { id, input: validAction });
    expect(errors).toBeUndefined();
    expect(data!.recordFireResponseAction).toMatchObject({ kind: 'DISPATCH_TEAM', personnel: 12, resource: { code: team.code }, incident: { id } });
    const command = await subgraph.request(recordAction, {
      id,
      input: { ...validAction, kind: 'FRONT_COMMAND', resourceCode: null, personnel: 6, arrivedAt: null, description: '设立前线指挥部' },
    });
    expect(command.errors).toBeUndefined();
    expect((await snapshot(id))!.fireIncident.responseActions).toHaveLength(2);
  });

  it.each([
    ['an equipment cache sent as a team', { resourceCode: cache.code }, 'input.resourceCode'],
    ['more people than the team has', { personnel: team.personnel + 1 }, 'input.personnel'],
    ['a team dispatch without a team', { resourceCode: null }, 'input.resourceCode'],
    ['a command post with a resource', { kind: 'FRONT_COMMAND' }, 'input.resourceCode'],
    ['an unknown resource', { resourceCode: 'FR00000000' }, 'input.resourceCode'],
    ['an arrival before the order', { arrivedAt: '2026-11-20T02:00:00Z' }, 'input.arrivedAt'],
    ['an order before the report', { orderedAt: '2026-11-19T00:00:00Z', arrivedAt: null }, 'input.orderedAt'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const { id } = await reportIncident();
    const before = await snapshot(id);
    expectRefused(await subgraph.request(recordAction, { id, input: { ...validAction, ...change } }), 'BAD_USER_INPUT', field);
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses actions on closed incidents with CONFLICT and on unknown ones with NOT_FOUND', async () => {
    for (const closed of [extinguished, dismissed]) {
      const before = await snapshot(closed.id);
      expectRefused(await subgraph.request(recordAction, { id: closed.id, input: { ...validAction, orderedAt: closed.reportedAt, arrivedAt: null } }), 'CONFLICT');
      expect(await snapshot(closed.id)).toEqual(before);
    }
    expectRefused(await subgraph.request(recordAction, { id: 'no-such-incident', input: validAction }), 'NOT_FOUND');
  });
});

describe('updateFireBurnedArea', () => {
  const revise = (id: string, change: Record<string, unknown>) =>
    subgraph.request(updateArea, { id, input: { burnedArea: 0.6, affectedForestArea: 0.4, revisedBy: '刘国庆', at: '2026-11-20T04:00:00Z', ...change } });

  it('records a revision and raises an alert when the fire grows into a higher class', async () => {
    const { id } = await reportIncident();
    const grown = await revise(id, { burnedArea: 180, affectedForestArea: 150 });
    expect(grown.errors).toBeUndefined();
    const incident = grown.data!.updateFireBurnedArea;
    expect(incident).toMatchObject({ severity: 'MAJOR', burnedArea: 180, affectedForestArea: 150 });
    expect(incident.areaRevisions).toEqual([{ previousAffectedForestArea: 0.4, affectedForestArea: 150, reason: null }]);
    expect(incident.alerts.map((alert: { kind: string; level: string }) => `${alert.kind}:${alert.level}`)).toEqual(['NEW_INCIDENT:BLUE', 'INCIDENT_ESCALATED:ORANGE']);
    // Growing within the class raises nothing new.
    const larger = await revise(id, { burnedArea: 260, affectedForestArea: 210 });
    expect(larger.data!.updateFireBurnedArea.alerts).toHaveLength(2);
  });

  it('lowers a figure only with a reason', async () => {
    const { id } = await reportIncident({ burnedArea: 40, affectedForestArea: 30 });
    const before = await snapshot(id);
    expectRefused(await revise(id, { burnedArea: 35, affectedForestArea: 30 }), 'BAD_USER_INPUT', 'input.reason');
    expect(await snapshot(id)).toEqual(before);
    const corrected = await revise(id, { burnedArea: 35, affectedForestArea: 28, reason: '经GPS实地测量修正' });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateFireBurnedArea.areaRevisions[0]).toEqual({ previousAffectedForestArea: 30, affectedForestArea: 28, reason: '经GPS实地测量修正' });
  });

  it('rejects more damaged forest than burned land', async () => {
    const { id } = await reportIncident();
    const before = await snapshot(id);
    expectRefused(await revise(id, { burnedArea: 5, affectedForestArea: 6 }), 'BAD_USER_INPUT', 'input.affectedForestArea');
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses to revise extinguished fires and false alarms', async () => {
    for (const closed of [extinguished, dismissed]) {
      const before = await snapshot(closed.id);
      expectRefused(await revise(closed.id, { burnedArea: 999, affectedForestArea: 999 }), 'CONFLICT');
      expect(await snapshot(closed.id)).toEqual(before);
    }
  });
});

describe('alerts', () => {
  const raise = `mutation($input: RaiseFireAlertInput!) { raiseFireAlert(input: $input) { id kind level raisedBy acknowledged division { code } incident { id } } }`;
  const acknowledge = `mutation($id: ID!, $input: AcknowledgeFireAlertInput!) {
    acknowledgeFireAlert(id: $id, input: $input) { id acknowledged acknowledgedAt acknowledgedBy }
  }`;
  const validAlert = { divisionCode: '230700', level: 'YELLOW', message: '明日有5至6级大风，请加强野外火源管控。', raisedBy: '孙宏伟' };

  it('raises an alert by hand, about a fire in the division if given', async () => {
    const { id } = await reportIncident();
    const { data, errors } = await subgraph.request(raise, { input: { ...validAlert, incidentId: id } });
    expect(errors).toBeUndefined();
    expect(data!.raiseFireAlert).toMatchObject({ kind: 'MANUAL', level: 'YELLOW', raisedBy: '孙宏伟', acknowledged: false, division: { code: '230700' }, incident: { id } });
  });

  it.each([
    ['a fire outside the division', { incidentId: jilinFire.id }, 'input.incidentId'],
    ['an unknown fire', { incidentId: '00000000-0000-4000-8000-000000000000' }, 'input.incidentId'],
    ['an unknown division', { divisionCode: '999900' }, 'input.divisionCode'],
    ['an empty message', { message: '' }, 'input.message'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    expectRefused(await subgraph.request(raise, { input: { ...validAlert, ...change } }), 'BAD_USER_INPUT', field);
    expect(await snapshot()).toEqual(before);
  });

  it('is acknowledged once, with who and when', async () => {
    const open = seed.alerts.find((alert) => alert.acknowledgedAt === null)!;
    const before = await snapshot();
    const first = await subgraph.request(acknowledge, { id: open.id, input: { acknowledgedBy: '丁立新', at: '2026-11-01T06:30:00Z' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.acknowledgeFireAlert).toEqual({ id: open.id, acknowledged: true, acknowledgedAt: '2026-11-01T06:30:00.000Z', acknowledgedBy: '丁立新' });
    expect((await snapshot())!.unacknowledgedFireAlerts.totalCount).toBe(before!.unacknowledgedFireAlerts.totalCount - 1);
    const afterFirst = await snapshot();
    const second = await subgraph.request(acknowledge, { id: open.id, input: { acknowledgedBy: '沈永刚' } });
    expectRefused(second, 'CONFLICT');
    expect(second.errors?.[0]?.extensions?.acknowledgedBy).toBe('丁立新');
    expect(await snapshot()).toEqual(afterFirst);
  });

  it('refuses an acknowledgement dated before the alert, outside the jurisdiction, or of an unknown alert', async () => {
    const open = seed.alerts.filter((alert) => alert.acknowledgedAt === null).at(-1)!;
    const before = await snapshot();
    expectRefused(await subgraph.request(acknowledge, { id: open.id, input: { acknowledgedBy: '丁立新', at: '2026-01-01T00:00:00Z' } }), 'BAD_USER_INPUT', 'input.at');
    const elsewhere = open.divisionCode.startsWith('22') ? '230000' : '220000';
    expectRefused(await subgraph.request(acknowledge, { id: open.id, input: { acknowledgedBy: '丁立新' } }, viewers.staff('fire-prevention', elsewhere)), 'FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    expectRefused(await subgraph.request(acknowledge, { id: 'no-such-alert', input: { acknowledgedBy: '丁立新' } }), 'NOT_FOUND');
  });
});

describe('scheduleFireDutyShift', () => {
  const schedule = `mutation($input: ScheduleFireDutyShiftInput!) {
    scheduleFireDutyShift(input: $input) { id office { code } startsAt endsAt leader { id } staff { id } }
  }`;
  const office = seed.offices.find((candidate) => candidate.divisionCode === '230700')!;
  const leaders = seed.officers.filter((officer) => officer.officeCode === office.code && officer.role === 'LEADER');
  const staff = seed.officers.filter((officer) => officer.officeCode === office.code && officer.role === 'STAFF');
  const stranger = seed.officers.find((officer) => officer.officeCode !== office.code)!;
  // The seeded roster ends on 2026-11-30: the first days of December are free.
  const validShift = {
    officeCode: office.code,
    startsAt: '2026-12-01T00:00:00Z',
    endsAt: '2026-12-02T00:00:00Z',
    leaderId: leaders[0]!.id,
    staffIds: [staff[0]!.id, staff[1]!.id],
  };

  it('puts a shift on the roster, and another right after it for the same people', async () => {
    const { data, errors } = await subgraph.request(schedule, { input: validShift });
    expect(errors).toBeUndefined();
    expect(data!.scheduleFireDutyShift).toMatchObject({ office: { code: office.code }, leader: { id: leaders[0]!.id } });
    expect(data!.scheduleFireDutyShift.staff.map((member: { id: string }) => member.id).sort()).toEqual([...validShift.staffIds].sort());
    const next = await subgraph.request(schedule, { input: { ...validShift, startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-02T12:00:00Z' } });
    expect(next.errors).toBeUndefined();
  });

  it('refuses a shift that overlaps another of the same person with CONFLICT', async () => {
    const busy = seed.shifts.find((shift) => shift.officeCode === office.code && shift.startsAt.toISOString() === '2026-11-10T00:00:00.000Z')!;
    const before = await snapshot();
    const response = await subgraph.request(schedule, {
      input: {
        ...validShift,
        startsAt: '2026-11-10T12:00:00Z',
        endsAt: '2026-11-10T20:00:00Z',
        leaderId: leaders.find((leader) => leader.id !== busy.leaderId)!.id,
        staffIds: [busy.staffIds[0]],
      },
    });
    expectRefused(response, 'CONFLICT');
    expect(response.errors?.[0]?.extensions?.officerIds).toEqual([busy.staffIds[0]]);
    expect(response.errors?.[0]?.extensions?.shiftIds).toEqual([busy.id]);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a staff member as leader', { leaderId: staff[2]!.id }, 'input.leaderId'],
    ['someone of another office', { staffIds: [stranger.id] }, 'input.staffIds.0'],
    ['the leader among the staff', { staffIds: [leaders[0]!.id] }, 'input.staffIds'],
    ['a person twice', { staffIds: [staff[0]!.id, staff[0]!.id] }, 'input.staffIds'],
    ['nobody on duty', { staffIds: [] }, 'input.staffIds'],
    ['an end before the start', { endsAt: '2026-11-30T00:00:00Z' }, 'input.endsAt'],
    ['a shift longer than a day', { endsAt: '2026-12-03T00:00:00Z' }, 'input.endsAt'],
    ['an unknown office', { officeCode: 'FO999900' }, 'input.officeCode'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    expectRefused(await subgraph.request(schedule, { input: { ...validShift, startsAt: '2026-12-05T00:00:00Z', endsAt: '2026-12-06T00:00:00Z', ...change } }), 'BAD_USER_INPUT', field);
    expect(await snapshot()).toEqual(before);
  });
});

describe('recordFireDangerRating', () => {
  const record = `mutation($input: RecordFireDangerRatingInput!) {
    recordFireDangerRating(input: $input) { id level weatherIndex division { code } date }
  }`;
  const dryGale = { divisionCode: COUNTY, date: '2026-11-20', maxTemperature: 16.5, minHumidity: 22, windForce: 6, daysSinceRain: 11 };

  it('derives the level from the weather and raises an alert from level 4 on', async () => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(record, { input: dryGale });
    expect(errors).toBeUndefined();
    // 12 (16.5 °C) + 20 (22 %) + 40 (11 dry days) + 20 (force 6) = 92: level 5.
    expect(data!.recordFireDangerRating).toMatchObject({ weatherIndex: 92, level: 'EXTREME', division: { code: COUNTY }, date: '2026-11-20' });
    const { data: alerts } = await subgraph.request(`query($county: ID!) { fireAlerts(filter: { divisionCode: $county, kinds: [HIGH_FIRE_DANGER] }, first: 1) { edges { node { level rating { id } } } } }`, { county: COUNTY });
    expect(alerts!.fireAlerts.edges[0].node).toEqual({ level: 'RED', rating: { id: data!.recordFireDangerRating.id } });
    expect((await snapshot())!.fireAlerts.totalCount).toBe(before!.fireAlerts.totalCount + 1);
  });

  it('raises nothing on a calm day', async () => {
    const before = await snapshot();
    const { data } = await subgraph.request(record, { input: { ...dryGale, date: '2026-11-21', minHumidity: 80, daysSinceRain: 0, windForce: 2 } });
    expect(data!.recordFireDangerRating.level).toBe('LOW');
    expect((await snapshot())!.fireAlerts.totalCount).toBe(before!.fireAlerts.totalCount);
  });

  it('refuses a second rating of a county for a day with CONFLICT', async () => {
    const before = await snapshot();
    expectRefused(await subgraph.request(record, { input: { ...dryGale, date: '2026-04-20' } }), 'CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a humidity above 100 %', { minHumidity: 120 }, 'input.minHumidity'],
    ['a prefecture', { divisionCode: '230700' }, 'input.divisionCode'],
    ['a temperature with 2 decimals', { maxTemperature: 16.55 }, 'input.maxTemperature'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    expectRefused(await subgraph.request(record, { input: { ...dryGale, date: '2026-11-25', ...change } }), 'BAD_USER_INPUT', field);
    expect(await snapshot()).toEqual(before);
  });
});
