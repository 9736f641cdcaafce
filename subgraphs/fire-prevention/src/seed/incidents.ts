import type { Random } from '@forestry/subgraph-runtime';
import { escalationAlert, newIncidentAlert, type AutomaticAlert } from '../domain/alert-rules.js';
import { chinaDay, chinaTime } from '../domain/calendar.js';
import { escalates, type FireSeverity } from '../domain/severity.js';
import type {
  FireDetection,
  FireIncidentCause,
  FireIncidentStatus,
  FireResponseActionKind,
} from '../generated/prisma/enums.js';
import { acknowledgement, type FireAlertSeed } from './alerts.js';
import { DEMO_NOW } from './demo-time.js';
import type { FireDangerRatingSeed } from './fire-danger.js';
import { forestryUnitByCode, type ForestedCounty } from './geography.js';
import { addMinutes, groupBy, logUniform, roundTo } from './helpers.js';
import { prefectureTeamName, type FireResourceSeed, type LookoutTowerSeed } from './infrastructure.js';
import { personName, shortName } from './names.js';

export interface FireIncidentSeed {
  id: string;
  reportedAt: Date;
  reportedBy: string;
  detection: FireDetection;
  towerCode: string | null;
  place: string;
  longitude: number;
  latitude: number;
  divisionCode: string;
  subCompartmentId: string | null;
  cause: FireIncidentCause;
  burnedArea: number;
  affectedForestArea: number;
  status: FireIncidentStatus;
  statusChangedAt: Date;
  /** Last change of the incident or its record; set once its history is complete. */
  updatedAt?: Date;
}

export interface StatusChangeSeed {
  id: string;
  incidentId: string;
  fromStatus: FireIncidentStatus | null;
  toStatus: FireIncidentStatus;
  changedAt: Date;
  changedBy: string;
  note: string | null;
}

export interface ResponseActionSeed {
  id: string;
  incidentId: string;
  kind: FireResponseActionKind;
  resourceCode: string | null;
  personnel: number;
  orderedAt: Date;
  orderedBy: string;
  arrivedAt: Date | null;
  description: string;
}

export interface AreaRevisionSeed {
  id: string;
  incidentId: string;
  previousBurnedArea: number;
  previousAffectedForestArea: number;
  burnedArea: number;
  affectedForestArea: number;
  reason: string | null;
  revisedAt: Date;
  revisedBy: string;
}

export interface IncidentData {
  incidents: FireIncidentSeed[];
  statusChanges: StatusChangeSeed[];
  responseActions: ResponseActionSeed[];
  areaRevisions: AreaRevisionSeed[];
  alerts: FireAlertSeed[];
}

/** Chance of a fire in a forested county on a day, by the day's danger level. */
const FIRE_CHANCE_BY_LEVEL = [0, 0.004, 0.012, 0.03, 0.07, 0.12] as const;
const FALSE_ALARM_SHARE = 0.08;
const FIRES_ON_DEMO_DAY = 7;
const MORNING_HOURS = [[8, 1], [9, 1], [10, 1], [11, 1], [12, 1], [13, 1]] as const;

/** Counties on the Heilongjiang (Amur) border, where fires cross from the other bank. */
const BORDER_COUNTIES = new Set(['232701', '232721', '232722', '231102']);
/** Greater Khingan and Heihe: dry thunderstorms start most fires there in early summer. */
const LIGHTNING_PREFECTURES = new Set(['232700', '231100']);

function causeWeights(county: ForestedCounty, day: Date): [FireIncidentCause, number][] {
  const month = day.getUTCMonth() + 1;
  const qingming = month === 4 && day.getUTCDate() <= 8;
  const burningSeason = (month >= 3 && month <= 5) || month >= 10;
  const lightningZone = LIGHTNING_PREFECTURES.has(county.prefectureCode);
  return [
    ['LIGHTNING', lightningZone ? (month === 5 || month === 6 ? 40 : 4) : 1],
    ['AGRICULTURAL_BURNING', burningSeason ? 30 : 8],
    ['GRAVE_SWEEPING', qingming ? 80 : 4],
    ['SMOKING', 14],
    ['OUTDOOR_COOKING_OR_HEATING', 10],
    ['ARSON', 2],
    ['POWER_LINE', 3],
    ['CROSS_BORDER', BORDER_COUNTIES.has(county.code) ? 8 : 0],
    ['UNKNOWN', 8],
  ];
}

function severityWeights(level: number): [FireSeverity, number][] {
  return level >= 4
    ? [['GENERAL', 45], ['LARGER', 45], ['MAJOR', 9], ['EXTRAORDINARY', 1]]
    : [['GENERAL', 63], ['LARGER', 33], ['MAJOR', 3.6], ['EXTRAORDINARY', 0.4]];
}

function damagedArea(random: Random, severity: FireSeverity): number {
  switch (severity) {
    case 'GENERAL':
      return random.real(0.02, 0.98, 2);
    case 'LARGER':
      return roundTo(logUniform(random, 1, 99.9), 2);
    case 'MAJOR':
      return roundTo(logUniform(random, 100, 999), 2);
    case 'EXTRAORDINARY':
      return roundTo(logUniform(random, 1000, 3500), 2);
  }
}

/** Hours to contain and then to put out a fire of each class. */
const DURATION_HOURS: Record<FireSeverity, { contain: [number, number]; extinguish: [number, number] }> = {
  GENERAL: { contain: [0.5, 3], extinguish: [1, 4] },
  LARGER: { contain: [2, 12], extinguish: [3, 12] },
  MAJOR: { contain: [12, 48], extinguish: [12, 36] },
  EXTRAORDINARY: { contain: [48, 120], extinguish: [24, 72] },
};

const FALSE_ALARM_NOTES = [
  '经核实为农户在耕地内焚烧秸秆，未进入林地',
  '卫星热点经核实为工厂热源',
  '经核实为村民炊烟，非林火',
  '经核实为计划烧除作业，已办理用火审批',
];
const VILLAGES = ['东兴', '红光', '永安', '太平', '新民', '胜利', '长发', '向阳', '保安', '靠山', '前进', '兴隆'];
const TERRAIN = ['村北荒山', '村东林缘', '公路边草地', '河套草甸', '村南坟地附近'];

const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  [9, 4], [10, 6], [11, 8], [12, 9], [13, 10], [14, 10], [15, 8], [16, 6], [17, 4], [18, 2],
];

/** Where the fire is: in a sub-compartment of the inventory, or on other land near a village. */
function placeOf(random: Random, county: ForestedCounty) {
  if (random.next() < 0.75) {
    const sub = random.pick(county.subCompartments);
    const [unitCode, compartmentNumber] = sub.compartmentCode.split('-');
    return {
      place: `${forestryUnitByCode.get(unitCode!)!.name}${Number(compartmentNumber)}林班${sub.number}小班`,
      longitude: roundTo(sub.longitude + random.real(-0.004, 0.004, 4), 4),
      latitude: roundTo(sub.latitude + random.real(-0.004, 0.004, 4), 4),
      subCompartmentId: sub.id,
    };
  }
  return {
    place: `${shortName(county.name)}${random.pick(VILLAGES)}村${random.pick(TERRAIN)}`,
    longitude: roundTo(county.longitude + random.real(-0.2, 0.2, 4), 4),
    latitude: roundTo(county.latitude + random.real(-0.15, 0.15, 4), 4),
    subCompartmentId: null,
  };
}

function distance(a: { longitude: number; latitude: number }, b: { longitude: number; latitude: number }): number {
  return Math.hypot(a.longitude - b.longitude, a.latitude - b.latitude);
}

interface Context {
  random: Random;
  towersByCounty: Map<string, LookoutTowerSeed[]>;
  resources: readonly FireResourceSeed[];
  data: IncidentData;
}

/** One fire from its report to its end (or to the demo's "now"), with everything it caused. */
function generateIncident(
  context: Context,
  county: ForestedCounty,
  rating: FireDangerRatingSeed,
  hourWeights: readonly (readonly [number, number])[] = HOUR_WEIGHTS,
): void {
  const { random, data } = context;
  const id = random.uuid();
  const reportedAt = chinaTime(rating.date, random.weighted(hourWeights), random.int(0, 59));
  if (reportedAt > DEMO_NOW) return;
  const towers = (context.towersByCounty.get(county.code) ?? []).filter((tower) => tower.status === 'IN_SERVICE');
  const detection = random.weighted<FireDetection>([
    ['LOOKOUT_TOWER', towers.length > 0 ? 35 : 0],
    ['PATROL', 20],
    ['PUBLIC_REPORT', 30],
    ['SATELLITE', 10],
    ['AERIAL_PATROL', 5],
  ]);
  const location = placeOf(random, county);
  const falseAlarm = random.next() < FALSE_ALARM_SHARE;
  // Fires outside the inventory burn grass and scrub: little forest is damaged.
  const severity = location.subCompartmentId && !falseAlarm ? random.weighted(severityWeights(rating.level)) : 'GENERAL';
  const finalDamaged = falseAlarm ? 0 : location.subCompartmentId ? damagedArea(random, severity) : random.real(0, 0.5, 2);
  const finalBurned = falseAlarm ? 0 : roundTo(finalDamaged * random.real(1.05, 1.6) + (location.subCompartmentId ? 0 : random.real(0.5, 20)), 2);
  // Large fires are underestimated at first and revised as the crews map them.
  const firstShare = severity === 'GENERAL' ? 1 : random.real(0.15, 0.5);
  const incident: FireIncidentSeed = {
    id,
    reportedAt,
    reportedBy: detection === 'SATELLITE' ? '卫星林火监测中心' : personName(random),
    detection,
    towerCode: detection === 'LOOKOUT_TOWER' ? random.pick(towers).code : null,
    ...location,
    divisionCode: county.code,
    cause: falseAlarm ? 'UNKNOWN' : random.weighted(causeWeights(county, rating.date)),
    burnedArea: roundTo(finalBurned * firstShare, 2),
    affectedForestArea: roundTo(finalDamaged * firstShare, 2),
    status: 'REPORTED',
    statusChangedAt: reportedAt,
  };

  const dutyOfficer = personName(random);
  const commander = personName(random);
  const alert = (facts: AutomaticAlert, raisedAt: Date) =>
    data.alerts.push({ id: random.uuid(), ...facts, incidentId: id, ratingId: null, raisedAt, raisedBy: null, ...acknowledgement(random, raisedAt, 6) });
  const move = (toStatus: FireIncidentStatus, changedAt: Date, changedBy: string, note: string | null) => {
    if (changedAt > DEMO_NOW) return false;
    data.statusChanges.push({ id: random.uuid(), incidentId: id, fromStatus: incident.status, toStatus, changedAt, changedBy, note });
    incident.status = toStatus;
    incident.statusChangedAt = changedAt;
    return true;
  };

  data.statusChanges.push({ id: random.uuid(), incidentId: id, fromStatus: null, toStatus: 'REPORTED', changedAt: reportedAt, changedBy: incident.reportedBy, note: null });
  alert(newIncidentAlert(incident), reportedAt);
  data.incidents.push(incident);

  const checkedAt = addMinutes(reportedAt, random.int(15, 60));
  if (falseAlarm) {
    // Most false alarms are dismissed at the first check, some only after a visit to the site.
    const visited = random.next() < 0.4;
    if (visited && !move('VERIFIED', checkedAt, dutyOfficer, '已派员赴现场核实')) return;
    move('FALSE_ALARM', visited ? addMinutes(checkedAt, random.int(20, 60)) : checkedAt, dutyOfficer, random.pick(FALSE_ALARM_NOTES));
    return;
  }
  if (!move('VERIFIED', checkedAt, dutyOfficer, '经现场核实，确认为森林火灾')) return;
  const respondingAt = addMinutes(checkedAt, random.int(5, 30));
  if (!move('RESPONDING', respondingAt, commander, '已调派扑火力量赶赴火场')) return;
  dispatch(context, county, incident, severity, respondingAt, commander);

  const hours = DURATION_HOURS[severity];
  const containedAt = addMinutes(respondingAt, random.real(...hours.contain) * 60);
  if (severity !== 'GENERAL') {
    const revise = (burned: number, damaged: number, revisedAt: Date, reason: string | null) => {
      if (revisedAt > DEMO_NOW) return;
      const previous = { burned: incident.burnedArea, damaged: incident.affectedForestArea };
      data.areaRevisions.push({
        id: random.uuid(),
        incidentId: id,
        previousBurnedArea: previous.burned,
        previousAffectedForestArea: previous.damaged,
        burnedArea: burned,
        affectedForestArea: damaged,
        reason,
        revisedAt,
        revisedBy: commander,
      });
      incident.burnedArea = burned;
      incident.affectedForestArea = damaged;
      if (escalates(previous.damaged, damaged)) {
        alert(escalationAlert(incident), revisedAt);
      }
    };
    const estimate = random.real(0.7, 1.25);
    const midway = new Date((respondingAt.getTime() + containedAt.getTime()) / 2);
    revise(roundTo(finalBurned * estimate, 2), roundTo(finalDamaged * estimate, 2), midway, null);
    const corrected = finalDamaged < incident.affectedForestArea || finalBurned < incident.burnedArea;
    revise(finalBurned, finalDamaged, containedAt, corrected ? '经GPS实地测量修正火场面积' : null);
  }
  if (!move('CONTAINED', containedAt, commander, '火场已合围，明火已扑灭，无蔓延趋势')) return;
  const extinguishedAt = addMinutes(containedAt, random.real(...hours.extinguish) * 60);
  move('EXTINGUISHED', extinguishedAt, commander, '火场清理完毕，达到无火、无烟、无汽，撤离看守人员');
}

/** The forces sent to a fire: more and from farther away the larger it is. */
function dispatch(
  context: Context,
  county: ForestedCounty,
  incident: FireIncidentSeed,
  severity: FireSeverity,
  orderedAt: Date,
  orderedBy: string,
): void {
  const { random, resources, data } = context;
  const larger = severity !== 'GENERAL';
  const major = severity === 'MAJOR' || severity === 'EXTRAORDINARY';
  const local = resources.filter((resource) => resource.divisionCode === county.code);
  const prefectureTeam = resources.find((resource) => resource.name === prefectureTeamName(county.prefectureCode));
  const province = county.code.slice(0, 2);
  const station = resources
    .filter((resource) => resource.kind === 'AVIATION_STATION' && resource.divisionCode.startsWith(province))
    .sort((a, b) => distance(a, incident) - distance(b, incident))[0];
  const teams = [
    ...local.filter((resource) => resource.kind === 'SEMI_PROFESSIONAL_TEAM'),
    ...(larger ? local.filter((resource) => resource.kind === 'PROFESSIONAL_TEAM') : []),
    ...(major && prefectureTeam ? [prefectureTeam] : []),
  ];
  const act = (kind: FireResponseActionKind, resource: FireResourceSeed | null, personnel: number, description: string) => {
    const arrivedAt = addMinutes(orderedAt, random.int(20, 150));
    data.responseActions.push({
      id: random.uuid(),
      incidentId: incident.id,
      kind,
      resourceCode: resource?.code ?? null,
      personnel,
      orderedAt,
      orderedBy,
      arrivedAt: arrivedAt <= DEMO_NOW ? arrivedAt : null,
      description,
    });
  };
  for (const team of teams) {
    act('DISPATCH_TEAM', team, random.int(Math.ceil(team.personnel / 2), team.personnel), `调派${team.name}赶赴火场扑救`);
  }
  const cache = local.find((resource) => resource.kind === 'EQUIPMENT_CACHE');
  if (larger && cache) act('DISPATCH_EQUIPMENT', cache, random.int(2, 6), `从${cache.name}调拨风力灭火机、水泵等扑火物资`);
  if (station && (major || (larger && LIGHTNING_PREFECTURES.has(county.prefectureCode) && random.next() < 0.3))) {
    act('AERIAL_SUPPORT', station, random.int(4, 8), `${station.name}派出直升机实施吊桶灭火`);
  }
  if (major || (larger && random.next() < 0.3)) act('FRONT_COMMAND', null, random.int(5, 15), '在火场附近设立前线指挥部，统一指挥扑救');
}

/** Fires of the 2026 seasons up to the demo's "now", more on dangerous days. */
/** Each incident's last change: its status, an area revision or a response action, whichever came last. */
function stampLastChanges(data: IncidentData): void {
  const last = new Map(data.incidents.map((incident) => [incident.id, incident.statusChangedAt]));
  const seen = (incidentId: string, at: Date | null) => {
    if (at && at > last.get(incidentId)!) last.set(incidentId, at);
  };
  for (const revision of data.areaRevisions) seen(revision.incidentId, revision.revisedAt);
  for (const action of data.responseActions) seen(action.incidentId, action.orderedAt);
  for (const incident of data.incidents) incident.updatedAt = last.get(incident.id)!;
}

export function generateIncidents(
  random: Random,
  counties: readonly ForestedCounty[],
  ratings: readonly FireDangerRatingSeed[],
  towers: readonly LookoutTowerSeed[],
  resources: readonly FireResourceSeed[],
): IncidentData {
  const context: Context = {
    random,
    towersByCounty: groupBy(towers, (tower) => tower.divisionCode),
    resources,
    data: { incidents: [], statusChanges: [], responseActions: [], areaRevisions: [], alerts: [] },
  };
  const countyByCode = new Map(counties.map((county) => [county.code, county]));
  const chronological = [...ratings].sort((a, b) => a.date.getTime() - b.date.getTime() || a.divisionCode.localeCompare(b.divisionCode));
  for (const rating of chronological) {
    if (random.next() < FIRE_CHANCE_BY_LEVEL[rating.level]) generateIncident(context, countyByCode.get(rating.divisionCode)!, rating);
  }
  // The demo's "now" falls on a dry day: fires reported this morning are still being handled.
  const today = chronological
    .filter((rating) => rating.date.getTime() === chinaDay(DEMO_NOW).getTime())
    .sort((a, b) => b.weatherIndex - a.weatherIndex || a.divisionCode.localeCompare(b.divisionCode))
    .slice(0, FIRES_ON_DEMO_DAY);
  for (const rating of today) generateIncident(context, countyByCode.get(rating.divisionCode)!, rating, MORNING_HOURS);
  stampLastChanges(context.data);
  return context.data;
}
