import type { Random } from '@forestry/subgraph-runtime';
import { chinaTime } from '../domain/calendar.js';
import type { FireLookoutTowerStatus, FireResourceKind } from '../generated/prisma/enums.js';
import { DEMO_NOW } from './demo-time.js';
import type { FireDangerRatingSeed } from './fire-danger.js';
import { divisionByCode, type ForestedCounty } from './geography.js';
import { addMinutes, groupBy, shuffled } from './helpers.js';
import { personName, shortName } from './names.js';

export interface LookoutTowerSeed {
  code: string;
  name: string;
  divisionCode: string;
  longitude: number;
  latitude: number;
  height: number;
  elevation: number;
  builtYear: number;
  hasCamera: boolean;
  status: FireLookoutTowerStatus;
}

export interface PatrolRouteSeed {
  code: string;
  name: string;
  divisionCode: string;
  length: number;
}

export interface PatrolSeed {
  id: string;
  routeCode: string;
  startedAt: Date;
  endedAt: Date;
  patrollers: string[];
  hazardsFound: number;
  illegalFireUseStopped: number;
  notes: string | null;
}

export interface FireResourceSeed {
  code: string;
  name: string;
  kind: FireResourceKind;
  divisionCode: string;
  longitude: number;
  latitude: number;
  personnel: number;
  vehicles: number;
  fireBlowers: number;
  waterPumps: number;
  aircraft: number;
}

const PEAKS = [
  '青山', '老秃顶子', '平顶山', '鹰嘴峰', '望江', '大青山', '尖山', '双峰', '松岭', '白石砬子', '黑山', '老爷岭',
  '凤凰山', '卧龙岗', '东升', '五星', '长岭', '金沟', '石头河', '红旗', '北山', '南天门', '太平岭', '青龙背',
];
const LANDMARKS = ['东沟', '西岔', '南山', '北岭', '河口', '林场场部', '三道沟', '二道河', '老营盘', '桦树岭', '柞木岗', '梨树沟'];
const PATROL_NOTES = [
  '清理林缘可燃物',
  '检查入山人员和车辆，登记火源',
  '劝阻上坟烧纸群众',
  '发现农户烧荒，已当场扑灭并批评教育',
  '张贴森林防火宣传标语',
  '检查林区作业点用火情况',
];

const TOWER_STATUS_WEIGHTS: readonly (readonly [FireLookoutTowerStatus, number])[] = [
  ['IN_SERVICE', 85],
  ['UNDER_MAINTENANCE', 10],
  ['DECOMMISSIONED', 5],
];

function near(random: Random, value: number, spread: number): number {
  return Number((value + random.real(-spread, spread, 4)).toFixed(4));
}

/** Lookout towers: more where state forest bureaus manage large natural forests. */
export function generateLookoutTowers(random: Random, counties: readonly ForestedCounty[]): LookoutTowerSeed[] {
  return counties.flatMap((county) => {
    const stateBureaus = county.units.filter((unit) => unit.kind === 'STATE_FOREST_BUREAU').length;
    const count = Math.min(10, 2 + stateBureaus * 2 + random.int(0, 2));
    const peaks = shuffled(random, PEAKS).slice(0, count);
    const mountainous = county.latitude > 47 || stateBureaus > 0;
    return peaks.map((peak, index) => {
      const builtYear = random.int(1978, 2024);
      return {
        code: `LT${county.code}${String(index + 1).padStart(2, '0')}`,
        name: `${shortName(county.name)}${peak}瞭望塔`,
        divisionCode: county.code,
        longitude: near(random, county.longitude, 0.25),
        latitude: near(random, county.latitude, 0.18),
        height: random.real(18, 40, 1),
        elevation: mountainous ? random.int(400, 1300) : random.int(120, 450),
        builtYear,
        hasCamera: random.next() < (builtYear >= 2010 ? 0.9 : 0.45),
        status: random.weighted(TOWER_STATUS_WEIGHTS),
      };
    });
  });
}

export function generatePatrolRoutes(random: Random, counties: readonly ForestedCounty[]): PatrolRouteSeed[] {
  return counties.flatMap((county) =>
    Array.from({ length: random.int(2, 3) }, (_, index) => {
      const [from, to] = shuffled(random, LANDMARKS);
      return {
        code: `PR${county.code}${String(index + 1).padStart(2, '0')}`,
        name: `${shortName(county.name)}${from}—${to}巡护路线`,
        divisionCode: county.code,
        length: random.real(8, 45, 1),
      };
    }),
  );
}

/** The higher the day's danger, the likelier the rangers walk a route. */
const PATROL_CHANCE_BY_LEVEL = [0, 0.05, 0.15, 0.3, 0.55, 0.7] as const;

/** Patrols up to the demo's "now", on the days the danger called for them. */
export function generatePatrols(
  random: Random,
  routes: readonly PatrolRouteSeed[],
  ratings: readonly FireDangerRatingSeed[],
): PatrolSeed[] {
  const ratingsByCounty = groupBy(ratings, (rating) => rating.divisionCode);
  const patrols: PatrolSeed[] = [];
  for (const route of routes) {
    const rangers = Array.from({ length: 5 }, () => personName(random));
    for (const rating of ratingsByCounty.get(route.divisionCode) ?? []) {
      if (random.next() >= PATROL_CHANCE_BY_LEVEL[rating.level]) continue;
      const startedAt = chinaTime(rating.date, random.int(7, 9), random.int(0, 59));
      const endedAt = addMinutes(startedAt, (route.length / random.real(3, 6)) * 60);
      if (endedAt > DEMO_NOW) continue;
      const spring = rating.date.getUTCMonth() < 6;
      patrols.push({
        id: random.uuid(),
        routeCode: route.code,
        startedAt,
        endedAt,
        patrollers: shuffled(random, rangers).slice(0, random.int(2, 4)),
        hazardsFound: random.weighted([[0, 60], [1, 25], [2, 10], [3, 5]]),
        illegalFireUseStopped: random.weighted(spring ? [[0, 75], [1, 18], [2, 7]] : [[0, 88], [1, 10], [2, 2]]),
        notes: random.next() < 0.3 ? random.pick(PATROL_NOTES) : null,
      });
    }
  }
  return patrols;
}

/** The provinces' aviation stations (航空护林站) and the county each is based in. */
const AVIATION_STATIONS = [
  { name: '哈尔滨航空护林站', divisionCode: '230108', aircraft: 4 },
  { name: '佳木斯航空护林站', divisionCode: '230804', aircraft: 3 },
  { name: '黑河航空护林站', divisionCode: '231102', aircraft: 3 },
  { name: '加格达奇航空护林站', divisionCode: '232761', aircraft: 5 },
  { name: '塔河航空护林站', divisionCode: '232722', aircraft: 3 },
  { name: '吉林航空护林站', divisionCode: '220211', aircraft: 3 },
  { name: '延吉航空护林站', divisionCode: '222401', aircraft: 3 },
] as const;

function resource(
  random: Random,
  kind: FireResourceKind,
  name: string,
  divisionCode: string,
  sequence: number,
): FireResourceSeed {
  const division = divisionByCode.get(divisionCode)!;
  const team = kind === 'PROFESSIONAL_TEAM' || kind === 'SEMI_PROFESSIONAL_TEAM';
  return {
    code: `FR${divisionCode}${String(sequence).padStart(2, '0')}`,
    name,
    kind,
    divisionCode,
    longitude: near(random, division.longitude, 0.05),
    latitude: near(random, division.latitude, 0.05),
    personnel: kind === 'PROFESSIONAL_TEAM' ? random.int(40, 90) : kind === 'SEMI_PROFESSIONAL_TEAM' ? random.int(20, 40) : random.int(2, 12),
    vehicles: team ? random.int(2, 8) : random.int(1, 4),
    fireBlowers: team ? random.int(10, 40) : kind === 'EQUIPMENT_CACHE' ? random.int(50, 200) : 0,
    waterPumps: team ? random.int(2, 8) : kind === 'EQUIPMENT_CACHE' ? random.int(10, 40) : 0,
    aircraft: 0,
  };
}

export function prefectureTeamName(prefectureCode: string): string {
  return `${divisionByCode.get(prefectureCode)!.name}森林草原专业扑火队`;
}

/**
 * Fire-fighting forces: a semi-professional team and an equipment cache in every forested
 * county, a professional team for every state forest bureau and every prefecture, and the
 * aviation stations.
 */
export function generateFireResources(random: Random, counties: readonly ForestedCounty[]): FireResourceSeed[] {
  const resources: FireResourceSeed[] = [];
  const sequence = new Map<string, number>();
  const add = (kind: FireResourceKind, name: string, divisionCode: string) => {
    const next = (sequence.get(divisionCode) ?? 0) + 1;
    sequence.set(divisionCode, next);
    const created = resource(random, kind, name, divisionCode, next);
    resources.push(created);
    return created;
  };
  for (const county of counties) {
    add('SEMI_PROFESSIONAL_TEAM', `${county.name}半专业森林消防队`, county.code);
    add('EQUIPMENT_CACHE', `${county.name}森林防火物资储备库`, county.code);
    for (const unit of county.units.filter((candidate) => candidate.kind === 'STATE_FOREST_BUREAU')) {
      add('PROFESSIONAL_TEAM', `${unit.name}专业森林消防队`, county.code);
    }
  }
  for (const prefectureCode of [...new Set(counties.map((county) => county.prefectureCode))]) {
    const seat = counties.find((county) => county.prefectureCode === prefectureCode)!;
    add('PROFESSIONAL_TEAM', prefectureTeamName(prefectureCode), seat.code);
  }
  for (const station of AVIATION_STATIONS) {
    add('AVIATION_STATION', station.name, station.divisionCode).aircraft = station.aircraft;
  }
  return resources;
}
