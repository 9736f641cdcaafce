import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { divisions, generateInventory, type SubCompartmentSeed } from '@forestry/forest-resources/reference-data';
import { addDays, daysBetween } from '../domain/dates.js';
import { statusAfterTreatment } from '../domain/occurrence-rules.js';
import { severityOf } from '../domain/severity.js';
import { treatmentResultOf } from '../domain/treatment-rules.js';
import type {
  PestOccurrenceStatus,
  PestSeverity,
  PestTreatmentMethod,
  PestTreatmentResult,
} from '../generated/prisma/enums.js';
import { countyName, personName, quarantineStation } from './people.js';
import { outbreakProfiles, pests, type OutbreakProfile, type PestSeed } from './pests-data.js';
import { REFERENCE_DATE } from './reference-date.js';

export interface OccurrenceSeed {
  id: string;
  pestCode: string;
  subCompartmentId: string;
  divisionCode: string;
  surveyedOn: Date;
  surveyor: string;
  indicatorValue: number;
  severity: PestSeverity;
  affectedArea: number;
  status: PestOccurrenceStatus;
  controlledOn: Date | null;
  notes: string | null;
}

export interface TreatmentSeed {
  id: string;
  pestCode: string;
  divisionCode: string;
  method: PestTreatmentMethod;
  measure: string;
  treatedOn: Date;
  area: number;
  cost: number;
  efficacy: number;
  result: PestTreatmentResult;
  operator: string;
  occurrenceIds: string[];
}

const YEARS = [2022, 2023, 2024, 2025, 2026];
/** Yuan per hectare treated. */
const COST_PER_HECTARE: Record<PestTreatmentMethod, [number, number]> = {
  CHEMICAL: [300, 800],
  BIOLOGICAL: [450, 1200],
  PHYSICAL: [600, 1800],
  SILVICULTURAL: [1500, 4500],
};
/** Share of a sub-compartment affected, by severity. */
const AFFECTED_SHARE: Record<PestSeverity, [number, number]> = {
  LIGHT: [0.1, 0.5],
  MODERATE: [0.3, 0.8],
  SEVERE: [0.6, 1],
};

const prefectureOf = new Map(divisions.map((division) => [division.code, division.parentCode]));

/** A group of neighbouring sub-compartments where one survey found the same pest. */
interface Cluster {
  pest: PestSeed;
  profile: OutbreakProfile;
  countyCode: string;
  members: { subCompartment: SubCompartmentSeed; surveyedOn: Date }[];
  surveyor: string;
  foundOn: Date;
}

/** Host stands of a pest within its outbreak area, by county. */
function candidatesByCounty(pest: PestSeed, profile: OutbreakProfile, inventory: readonly SubCompartmentSeed[]) {
  const hosts = new Set(pest.hostSpeciesCodes);
  const byCounty = new Map<string, SubCompartmentSeed[]>();
  for (const sub of inventory) {
    if (hosts.size > 0 && !hosts.has(sub.dominantSpeciesCode)) continue;
    if (profile.prefectures.length > 0 && !profile.prefectures.includes(prefectureOf.get(sub.divisionCode) ?? '')) continue;
    byCounty.set(sub.divisionCode, [...(byCounty.get(sub.divisionCode) ?? []), sub]);
  }
  return byCounty;
}

function seasonDay(random: Random, year: number, [from, to]: OutbreakProfile['season'], margin: number): Date {
  const start = new Date(Date.UTC(year, from - 1, 1));
  const end = new Date(Date.UTC(year, to, 0));
  return addDays(start, random.int(0, daysBetween(start, end) - margin));
}

function surveyClusters(random: Random, inventory: readonly SubCompartmentSeed[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const pest of pests) {
    const profile = outbreakProfiles[pest.code]!;
    const byCounty = candidatesByCounty(pest, profile, inventory);
    const counties = [...byCounty].map(([code, subs]) => [code, subs.length] as const);
    for (const year of YEARS) {
      const count = Math.round(profile.clustersPerYear * random.real(0.7, 1.3));
      for (let c = 0; c < count; c += 1) {
        const countyCode = random.weighted(counties);
        const pool = [...byCounty.get(countyCode)!];
        const foundOn = seasonDay(random, year, profile.season, 5);
        const size = Math.min(pool.length, random.int(1, profile.maxClusterSize));
        const members = Array.from({ length: size }, () => ({
          subCompartment: pool.splice(random.int(0, pool.length - 1), 1)[0]!,
          surveyedOn: addDays(foundOn, random.int(0, 5)),
        }));
        clusters.push({ pest, profile, countyCode, members, surveyor: personName(random), foundOn });
      }
    }
  }
  // Stable: clusters found the same day keep their generation order.
  return clusters.sort((a, b) => a.foundOn.getTime() - b.foundOn.getTime());
}

function surveyFinding(random: Random, pest: PestSeed, area: number) {
  const [light, moderate, severe] = pest.severityThresholds;
  const weights: [PestSeverity, number][] =
    pest.quarantineCategory === 'NONE' ? [['LIGHT', 60], ['MODERATE', 28], ['SEVERE', 12]] : [['LIGHT', 72], ['MODERATE', 20], ['SEVERE', 8]];
  const bounds = { LIGHT: [light, moderate], MODERATE: [moderate, severe], SEVERE: [severe, severe * 2.5] } as const;
  const indicatorValue = random.real(...bounds[random.weighted(weights)], 2);
  const severity = severityOf(indicatorValue, pest.severityThresholds)!;
  const [low, high] = AFFECTED_SHARE[severity];
  const affectedArea = Math.min(area, Math.max(0.01, Number((area * random.real(low, high, 3)).toFixed(2))));
  return { indicatorValue, severity, affectedArea };
}

/** Each follow-up is likelier to succeed: the measures are adjusted to what the last one showed. */
function efficacyOf(random: Random, round: number): number {
  if (random.next() < [0.45, 0.6, 0.8][Math.min(round, 2)]!) return random.real(85, 99, 1);
  return random.next() < 0.75 ? random.real(60, 84.9, 1) : random.real(35, 59.9, 1);
}

/** The next operation: a few weeks later, or next season once the field season is over. */
function followUpDate(random: Random, previous: Date): Date {
  const next = addDays(previous, random.int(20, 50));
  if (next.getUTCMonth() < 9) return next;
  return new Date(Date.UTC(next.getUTCFullYear() + 1, 4, random.int(10, 31)));
}

/**
 * The deterministic occurrence surveys of 2022-2026 and the treatments that followed them, up
 * to the reference date: pests appear on their host stands within their outbreak area, one
 * open occurrence per pest and sub-compartment, and each treatment covers one cluster.
 */
export function generateOutbreaks(seed = 4104): { occurrences: OccurrenceSeed[]; treatments: TreatmentSeed[] } {
  const random = createRandom(seed);
  const inventory = generateInventory().subCompartments;
  const occurrences: OccurrenceSeed[] = [];
  const treatments: TreatmentSeed[] = [];
  // Until when each pest stays open in each sub-compartment (never closed: +Infinity).
  const openUntil = new Map<string, number>();

  for (const cluster of surveyClusters(random, inventory)) {
    const { pest, profile, countyCode } = cluster;
    const members = cluster.members.filter(
      ({ subCompartment, surveyedOn }) => (openUntil.get(`${pest.code}:${subCompartment.id}`) ?? -Infinity) <= surveyedOn.getTime(),
    );
    if (members.length === 0) continue;
    const found = members.map(({ subCompartment, surveyedOn }): OccurrenceSeed => ({
      id: random.uuid(),
      pestCode: pest.code,
      subCompartmentId: subCompartment.id,
      divisionCode: countyCode,
      surveyedOn,
      surveyor: cluster.surveyor,
      ...surveyFinding(random, pest, subCompartment.area),
      status: 'ACTIVE',
      controlledOn: null,
      notes: pest.quarantineCategory === 'NONE' ? null : '样品经省林业有害生物检验鉴定中心鉴定确认',
    }));
    occurrences.push(...found);

    const lastSurvey = new Date(Math.max(...found.map((occurrence) => occurrence.surveyedOn.getTime())));
    const treatable = members.reduce((sum, { subCompartment }) => sum + subCompartment.area, 0);
    const affected = found.reduce((sum, occurrence) => sum + occurrence.affectedArea, 0);
    // Recent finds are partly still waiting for their first operation.
    const awaiting = daysBetween(lastSurvey, REFERENCE_DATE) < 90 && random.next() < 0.45;
    let treatedOn = addDays(lastSurvey, random.int(5, 40));
    for (let round = 0; !awaiting && treatedOn < REFERENCE_DATE; round += 1) {
      const [method, measure] = random.weighted(profile.measures.map(([way, text, weight]) => [[way, text] as const, weight] as const));
      const efficacy = efficacyOf(random, round);
      const result = treatmentResultOf(efficacy);
      const area = Math.min(Number(treatable.toFixed(2)), Number((affected * random.real(1, 1.3)).toFixed(2)));
      treatments.push({
        id: random.uuid(),
        pestCode: pest.code,
        divisionCode: countyCode,
        method,
        measure,
        treatedOn,
        area,
        cost: Number((area * random.real(...COST_PER_HECTARE[method])).toFixed(2)),
        efficacy,
        result,
        operator: random.next() < 0.5 ? quarantineStation(countyCode) : `${countyName(countyCode)}林业有害生物专业防治队`,
        occurrenceIds: found.map((occurrence) => occurrence.id),
      });
      for (const occurrence of found) {
        occurrence.status = statusAfterTreatment(occurrence.status, result)!;
        if (occurrence.status === 'CONTROLLED') occurrence.controlledOn = treatedOn;
      }
      if (result === 'CONTROLLED') break;
      treatedOn = followUpDate(random, treatedOn);
    }
    for (const occurrence of found) {
      openUntil.set(`${pest.code}:${occurrence.subCompartmentId}`, occurrence.controlledOn?.getTime() ?? Infinity);
    }
  }
  return { occurrences, treatments };
}
