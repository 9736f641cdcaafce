import { divisionPrefix } from '@forestry/subgraph-runtime';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../src/domain/calendar.js';
import { fireDangerLevelOf, fireWeatherIndex } from '../src/domain/fire-danger.js';
import { isActive } from '../src/domain/incident-status.js';
import { severityOf } from '../src/domain/severity.js';
import firePrevention from '../src/index.js';
import { DEMO_NOW, generateFirePreventionData } from '../src/seed/index.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(firePrevention);
});
afterAll(() => subgraph?.stop());

const seed = generateFirePreventionData();
const demoDay = chinaDay(DEMO_NOW);
const isoDay = (day: Date) => day.toISOString().slice(0, 10);
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;

describe('demo data', () => {
  it('is deterministic and large enough to be realistic', () => {
    expect(generateFirePreventionData()).toEqual(seed);
    const counties = new Set(seed.ratings.map((rating) => rating.divisionCode));
    // Every forested county, every day of the spring (93 days) and autumn (62 days) seasons.
    expect(seed.ratings).toHaveLength(counties.size * 155);
    expect([...counties].some((code) => code.startsWith('22')) && [...counties].some((code) => code.startsWith('23'))).toBe(true);
    expect(seed.incidents.length).toBeGreaterThan(200);
    expect(seed.patrols.length).toBeGreaterThan(5000);
    expect(seed.alerts.length).toBeGreaterThan(1000);
    expect(seed.shifts.length).toBeGreaterThan(1000);
  });

  it('follows the rules the mutations enforce', () => {
    for (const rating of seed.ratings) {
      expect(rating.level).toBe(fireDangerLevelOf(fireWeatherIndex(rating)));
    }
    for (const incident of seed.incidents) {
      const history = seed.statusChanges.filter((change) => change.incidentId === incident.id);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'REPORTED', changedAt: incident.reportedAt });
      for (const [previous, next] of history.slice(0, -1).map((change, index) => [change, history[index + 1]!] as const)) {
        expect(next.fromStatus).toBe(previous.toStatus);
        expect(next.changedAt.getTime()).toBeGreaterThanOrEqual(previous.changedAt.getTime());
      }
      expect(history.at(-1)).toMatchObject({ toStatus: incident.status, changedAt: incident.statusChangedAt });
      expect(incident.affectedForestArea).toBeLessThanOrEqual(incident.burnedArea);
      expect(seed.alerts.some((alert) => alert.incidentId === incident.id && alert.kind === 'NEW_INCIDENT')).toBe(true);
    }
    for (const revision of seed.areaRevisions) {
      const decreased = revision.burnedArea < revision.previousBurnedArea || revision.affectedForestArea < revision.previousAffectedForestArea;
      if (decreased) expect(revision.reason).not.toBeNull();
    }
    const highDanger = seed.ratings.filter((rating) => rating.level >= 4 && rating.date < demoDay);
    const dangerAlerts = new Set(seed.alerts.filter((alert) => alert.kind === 'HIGH_FIRE_DANGER').map((alert) => alert.ratingId));
    expect(highDanger.length).toBeGreaterThan(100);
    expect(highDanger.every((rating) => dangerAlerts.has(rating.id))).toBe(true);
  });

  it('has fires still being fought and alerts still open at the demo instant', () => {
    expect(seed.incidents.filter((incident) => isActive(incident.status)).length).toBeGreaterThanOrEqual(3);
    expect(seed.alerts.filter((alert) => alert.acknowledgedAt === null).length).toBeGreaterThanOrEqual(5);
    expect(seed.incidents.every((incident) => incident.reportedAt <= DEMO_NOW)).toBe(true);
  });
});

describe('fire danger', () => {
  it('lists the ratings of every county under a division on a day, worst first', async () => {
    const { data, errors } = await subgraph.request(
      `query($date: Date!) { fireDangerByDivision(divisionCode: "230700", date: $date) { division { code } level weatherIndex date } }`,
      { date: '2026-04-20' },
    );
    expect(errors).toBeUndefined();
    const expected = seed.ratings.filter((rating) => rating.divisionCode.startsWith('2307') && isoDay(rating.date) === '2026-04-20');
    const ratings = data!.fireDangerByDivision;
    expect(ratings.map((rating: { division: { code: string } }) => rating.division.code).sort()).toEqual(expected.map((rating) => rating.divisionCode).sort());
    const indexes = ratings.map((rating: { weatherIndex: number }) => rating.weatherIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));
    expect(ratings.every((rating: { date: string }) => rating.date === '2026-04-20')).toBe(true);
  });

  it('finds the highest level of a day and the counties at it', async () => {
    const date = '2026-05-06';
    const { data } = await subgraph.request(`query($date: Date!) { highestFireDanger(date: $date) { level ratings { division { code } } } }`, { date });
    const ofDay = seed.ratings.filter((rating) => isoDay(rating.date) === date);
    const top = Math.max(...ofDay.map((rating) => rating.level));
    const levels = ['LOW', 'MODERATELY_LOW', 'MODERATELY_HIGH', 'HIGH', 'EXTREME'];
    expect(data!.highestFireDanger.level).toBe(levels[top - 1]);
    expect(data!.highestFireDanger.ratings.map((rating: { division: { code: string } }) => rating.division.code).sort()).toEqual(
      ofDay.filter((rating) => rating.level === top).map((rating) => rating.divisionCode).sort(),
    );
  });

  it('answers null for a day without ratings', async () => {
    const { data } = await subgraph.request(`{ highestFireDanger(date: "2026-08-01") { level } }`);
    expect(data!.highestFireDanger).toBeNull();
  });

  it('filters ratings by division, period and level', async () => {
    const { data } = await subgraph.request(`{
      fireDangerRatings(filter: { divisionCode: "220000", from: "2026-04-01", to: "2026-04-30", minLevel: HIGH }, first: 5) {
        totalCount edges { node { level division { code } } }
      }
    }`);
    const expected = seed.ratings.filter(
      (rating) => rating.divisionCode.startsWith('22') && isoDay(rating.date) >= '2026-04-01' && isoDay(rating.date) <= '2026-04-30' && rating.level >= 4,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(data!.fireDangerRatings.totalCount).toBe(expected.length);
  });

  it('is public, unlike the rest of the fire data', async () => {
    const open = await subgraph.request(`{ highestFireDanger(date: "2026-05-06") { level } }`, undefined, viewers.anonymous);
    expect(open.errors).toBeUndefined();
    expect(open.data!.highestFireDanger.level).toBeTruthy();
    const closed = await subgraph.request(`{ fireIncidents { totalCount } }`, undefined, viewers.anonymous);
    expect(closed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('incidents', () => {
  const page = `query($after: String, $filter: FireIncidentFilter) {
    fireIncidents(first: 25, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id reportedAt cause severity division { code } } }
    }
  }`;

  it('filters by division subtree, cause and period and pages through every match once, newest first', async () => {
    const filter = { divisionCode: '230000', causes: ['AGRICULTURAL_BURNING', 'SMOKING'], reportedFrom: '2026-03-01T00:00:00Z', reportedTo: '2026-07-01T00:00:00Z' };
    const seen: string[] = [];
    const reportedAt: string[] = [];
    let after: string | undefined;
    let totalCount = 0;
    for (;;) {
      const { data, errors } = await subgraph.request(page, { after, filter });
      expect(errors).toBeUndefined();
      const connection = data!.fireIncidents;
      totalCount = connection.totalCount;
      for (const { node } of connection.edges) {
        expect(node.division.code.startsWith('23')).toBe(true);
        seen.push(node.id);
        reportedAt.push(node.reportedAt);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = seed.incidents.filter(
      (incident) =>
        incident.divisionCode.startsWith('23') &&
        ['AGRICULTURAL_BURNING', 'SMOKING'].includes(incident.cause) &&
        incident.reportedAt >= new Date(filter.reportedFrom) &&
        incident.reportedAt < new Date(filter.reportedTo),
    );
    expect(expected.length).toBeGreaterThan(25);
    expect(totalCount).toBe(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((incident) => incident.id)));
    expect(seen).toHaveLength(expected.length);
    expect(reportedAt).toEqual([...reportedAt].sort().reverse());
  });

  it('filters by the derived severity class', async () => {
    for (const severity of ['GENERAL', 'LARGER', 'MAJOR'] as const) {
      const { data } = await subgraph.request(`query($severity: FireIncidentSeverity) { fireIncidents(filter: { severity: $severity }) { totalCount } }`, { severity });
      expect(data!.fireIncidents.totalCount).toBe(seed.incidents.filter((incident) => severityOf(incident.affectedForestArea) === severity).length);
    }
  });

  it('lists the incidents still being handled', async () => {
    const { data } = await subgraph.request(`{ activeFireIncidents(first: 50) { totalCount edges { node { id status active } } } }`);
    const expected = seed.incidents.filter((incident) => isActive(incident.status));
    expect(data!.activeFireIncidents.totalCount).toBe(expected.length);
    expect(data!.activeFireIncidents.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(expected.map((incident) => incident.id).sort());
    expect(data!.activeFireIncidents.edges.every((edge: { node: { active: boolean } }) => edge.node.active)).toBe(true);
  });

  it('shows an incident with its history, response and derived severity', async () => {
    // A major fire first reported as a smaller one: the revision that crossed the class raised an alert.
    const incident = seed.incidents.find(
      (candidate) =>
        severityOf(candidate.affectedForestArea) === 'MAJOR' &&
        seed.alerts.some((alert) => alert.incidentId === candidate.id && alert.kind === 'INCIDENT_ESCALATED'),
    )!;
    const { data } = await subgraph.request(
      `query($id: ID!) { fireIncident(id: $id) {
        severity status affectedForestArea subCompartment { id }
        statusHistory { fromStatus toStatus } responseActions { kind resource { code } } areaRevisions { reason } alerts { kind level }
      } }`,
      { id: incident.id },
    );
    const shown = data!.fireIncident;
    expect(shown).toMatchObject({ severity: 'MAJOR', status: incident.status, affectedForestArea: incident.affectedForestArea, subCompartment: { id: incident.subCompartmentId } });
    expect(shown.statusHistory.map((change: { toStatus: string }) => change.toStatus)).toEqual(
      seed.statusChanges.filter((change) => change.incidentId === incident.id).map((change) => change.toStatus),
    );
    expect(shown.responseActions.map((action: { kind: string }) => action.kind)).toContain('AERIAL_SUPPORT');
    expect(shown.alerts.map((alert: { kind: string }) => alert.kind)).toEqual(expect.arrayContaining(['NEW_INCIDENT', 'INCIDENT_ESCALATED']));
  });

  it('narrows lists to the jurisdiction of county and prefecture staff', async () => {
    const { data } = await subgraph.request(`{ fireIncidents(first: 200) { totalCount edges { node { division { code } } } } }`, undefined, viewers.staff('fire-prevention', '230700'));
    expect(data!.fireIncidents.totalCount).toBe(seed.incidents.filter((incident) => incident.divisionCode.startsWith('2307')).length);
    expect(data!.fireIncidents.edges.every((edge: { node: { division: { code: string } } }) => edge.node.division.code.startsWith('2307'))).toBe(true);
  });

  it('refuses pages larger than the maximum and malformed division codes', async () => {
    const tooLarge = await subgraph.request(`{ fireIncidents(first: 100000) { totalCount } }`);
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await subgraph.request(`{ fireIncidents(filter: { divisionCode: "23" }) { totalCount } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('season statistics', () => {
  const autumnFires = seed.incidents.filter(
    (incident) => incident.status !== 'FALSE_ALARM' && incident.reportedAt >= new Date('2026-09-14T16:00:00Z') && incident.reportedAt <= DEMO_NOW,
  );
  const statistics = `query($code: ID!, $asOf: DateTime) { fireSeasonStatistics(divisionCode: $code, asOf: $asOf) {
    season { kind year firstDay lastDay } incidentCount burnedArea affectedForestArea
    bySeverity { severity incidentCount burnedArea } byCause { cause incidentCount }
    byDivision { division { code } incidentCount burnedArea }
  } }`;

  it('adds up: the province is the sum of its prefectures, of its classes and of the seed', async () => {
    const { data, errors } = await subgraph.request(statistics, { code: '230000', asOf: DEMO_NOW.toISOString() });
    expect(errors).toBeUndefined();
    const result = data!.fireSeasonStatistics;
    const expected = autumnFires.filter((incident) => incident.divisionCode.startsWith('23'));
    expect(result.season).toEqual({ kind: 'AUTUMN', year: 2026, firstDay: '2026-09-15', lastDay: '2026-11-15' });
    expect(result.incidentCount).toBe(expected.length);
    expect(result.burnedArea).toBeCloseTo(sum(expected.map((incident) => incident.burnedArea)), 2);
    expect(result.affectedForestArea).toBeCloseTo(sum(expected.map((incident) => incident.affectedForestArea)), 2);
    for (const breakdown of [result.bySeverity, result.byDivision]) {
      expect(sum(breakdown.map((row: { burnedArea: number }) => row.burnedArea))).toBeCloseTo(result.burnedArea, 2);
    }
    expect(sum(result.byCause.map((row: { incidentCount: number }) => row.incidentCount))).toBe(result.incidentCount);
    expect(result.byDivision.every((row: { division: { code: string } }) => /^23\d\d00$/.test(row.division.code))).toBe(true);
  });

  it('breaks a prefecture down by county', async () => {
    const { data } = await subgraph.request(statistics, { code: '230700', asOf: DEMO_NOW.toISOString() });
    const counties = new Set(autumnFires.filter((incident) => incident.divisionCode.startsWith('2307')).map((incident) => incident.divisionCode));
    expect(new Set(data!.fireSeasonStatistics.byDivision.map((row: { division: { code: string } }) => row.division.code))).toEqual(counties);
  });

  it('counts the spring season up to an instant inside it', async () => {
    const asOf = '2026-04-10T00:00:00Z';
    const { data } = await subgraph.request(statistics, { code: '220000', asOf });
    const expected = seed.incidents.filter(
      (incident) =>
        incident.divisionCode.startsWith('22') &&
        incident.status !== 'FALSE_ALARM' &&
        incident.reportedAt >= new Date('2026-03-14T16:00:00Z') &&
        incident.reportedAt < new Date(asOf),
    );
    expect(data!.fireSeasonStatistics.season.kind).toBe('SPRING');
    expect(data!.fireSeasonStatistics.incidentCount).toBe(expected.length);
  });

  it('returns null for an unknown division', async () => {
    const { data } = await subgraph.request(statistics, { code: '999999' });
    expect(data!.fireSeasonStatistics).toBeNull();
  });
});

describe('duty roster', () => {
  it('tells who is on duty at an instant, in every office or under a division', async () => {
    const query = `query($asOf: DateTime, $divisionCode: ID) {
      fireOnDuty(asOf: $asOf, divisionCode: $divisionCode) { office { code } startsAt endsAt leader { role } staff { role } }
    }`;
    const all = await subgraph.request(query, { asOf: DEMO_NOW.toISOString() });
    expect(all.data!.fireOnDuty).toHaveLength(seed.offices.length);
    for (const shift of all.data!.fireOnDuty) {
      expect(new Date(shift.startsAt) <= DEMO_NOW && DEMO_NOW < new Date(shift.endsAt)).toBe(true);
      expect(shift.leader.role).toBe('LEADER');
      expect(shift.staff.map((member: { role: string }) => member.role)).toEqual(['STAFF', 'STAFF']);
    }
    const yichun = await subgraph.request(query, { asOf: DEMO_NOW.toISOString(), divisionCode: '230700' });
    expect(yichun.data!.fireOnDuty.map((shift: { office: { code: string } }) => shift.office.code)).toEqual(['FO230700']);
  });

  it('lists the shifts of one person', async () => {
    const officer = seed.officers.find((candidate) => candidate.role === 'STAFF')!;
    const { data } = await subgraph.request(`query($id: ID!) { fireDutyShifts(filter: { officerId: $id }, first: 5) { totalCount } }`, { id: officer.id });
    expect(data!.fireDutyShifts.totalCount).toBe(seed.shifts.filter((shift) => shift.staffIds.includes(officer.id)).length);
  });
});

describe('alerts', () => {
  it('lists the unacknowledged alerts, most severe first, then oldest', async () => {
    const { data } = await subgraph.request(`{ unacknowledgedFireAlerts(first: 100) { totalCount edges { node { id level raisedAt acknowledged } } } }`);
    const expected = seed.alerts.filter((alert) => alert.acknowledgedAt === null);
    const connection = data!.unacknowledgedFireAlerts;
    expect(connection.totalCount).toBe(expected.length);
    expect(connection.edges.every((edge: { node: { acknowledged: boolean } }) => !edge.node.acknowledged)).toBe(true);
    const order = ['RED', 'ORANGE', 'YELLOW', 'BLUE'];
    const keys = connection.edges.map((edge: { node: { level: string; raisedAt: string } }) => `${order.indexOf(edge.node.level)}|${edge.node.raisedAt}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters alerts by kind, level and acknowledgement', async () => {
    const { data } = await subgraph.request(`{ fireAlerts(filter: { kinds: [HIGH_FIRE_DANGER], levels: [RED], acknowledged: true }) { totalCount } }`);
    expect(data!.fireAlerts.totalCount).toBe(
      seed.alerts.filter((alert) => alert.kind === 'HIGH_FIRE_DANGER' && alert.level === 'RED' && alert.acknowledgedAt !== null).length,
    );
  });
});

describe('towers, patrols and resources', () => {
  it('lists them by division, with the patrols of a route', async () => {
    const route = seed.patrolRoutes.find((candidate) => seed.patrols.some((patrol) => patrol.routeCode === candidate.code))!;
    const { data } = await subgraph.request(
      `query($county: ID!) {
        fireLookoutTowers(divisionCode: "232700", status: IN_SERVICE) { totalCount }
        fireResources(kinds: [AVIATION_STATION]) { totalCount edges { node { aircraft } } }
        firePatrolRoutes(divisionCode: $county) { edges { node { code patrols(first: 3) { totalCount edges { node { startedAt patrollers } } } } } }
      }`,
      { county: route.divisionCode },
    );
    expect(data!.fireLookoutTowers.totalCount).toBe(seed.towers.filter((tower) => tower.divisionCode.startsWith('2327') && tower.status === 'IN_SERVICE').length);
    expect(data!.fireResources.totalCount).toBe(seed.resources.filter((resource) => resource.kind === 'AVIATION_STATION').length);
    expect(data!.fireResources.edges.every((edge: { node: { aircraft: number } }) => edge.node.aircraft > 0)).toBe(true);
    const shown = data!.firePatrolRoutes.edges.find((edge: { node: { code: string } }) => edge.node.code === route.code).node;
    expect(shown.patrols.totalCount).toBe(seed.patrols.filter((patrol) => patrol.routeCode === route.code).length);
  });
});

describe('fire fields of forest-resources entities', () => {
  const entities = `query($representations: [_Any!]!, $date: Date, $asOf: DateTime) { _entities(representations: $representations) {
    ... on Division { code activeFireIncidents { id } fireDanger(date: $date) { division { code } weatherIndex } burnedAreaThisSeason(asOf: $asOf) fireSeasonStatistics(asOf: $asOf) { burnedArea } }
    ... on SubCompartment { id fireHistory { id } }
  } }`;

  it('answer for provinces, prefectures and counties alike', async () => {
    const codes = ['230000', '230700', '230724'];
    const { data, errors } = await subgraph.request(entities, {
      representations: codes.map((code) => ({ __typename: 'Division', code })),
      date: isoDay(demoDay),
      asOf: DEMO_NOW.toISOString(),
    });
    expect(errors).toBeUndefined();
    codes.forEach((code, index) => {
      const division = data!._entities[index];
      const prefix = divisionPrefix(code);
      const active = seed.incidents.filter((incident) => incident.divisionCode.startsWith(prefix) && isActive(incident.status));
      expect(division.activeFireIncidents.map((incident: { id: string }) => incident.id).sort()).toEqual(active.map((incident) => incident.id).sort());
      const ratings = seed.ratings.filter((rating) => rating.divisionCode.startsWith(prefix) && rating.date.getTime() === demoDay.getTime());
      expect(division.fireDanger.weatherIndex).toBe(Math.max(...ratings.map((rating) => rating.weatherIndex)));
      expect(division.burnedAreaThisSeason).toBe(division.fireSeasonStatistics.burnedArea);
    });
  });

  it('give a sub-compartment its fire history', async () => {
    const burned = seed.incidents.find((incident) => incident.subCompartmentId)!.subCompartmentId!;
    const { data } = await subgraph.request(entities, {
      representations: [{ __typename: 'SubCompartment', id: burned }, { __typename: 'SubCompartment', id: '00000000-0000-4000-8000-000000000000' }],
    });
    const newestFirst = seed.incidents
      .filter((incident) => incident.subCompartmentId === burned)
      .sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime());
    expect(data!._entities[0].fireHistory.map((incident: { id: string }) => incident.id)).toEqual(newestFirst.map((incident) => incident.id));
    expect(data!._entities[1].fireHistory).toEqual([]);
  });
});
