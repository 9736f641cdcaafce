import { divisions, forestryUnits, generateInventory, type SubCompartmentSeed } from '@forestry/forest-resources/reference-data';
import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { kingdomOf } from '../domain/species.js';
import { DAY_MS } from '../domain/time.js';
import type { WildlifeGroup, WildlifeObservationMethod, WildlifeVerificationStatus } from '../generated/prisma/enums.js';
import { addDays, beijingDay, beijingMonth, earlier, instantBetween, REFERENCE_DATE } from './calendar.js';
import { team } from './people.js';
import { natureReserves } from './reserves-data.js';
import { REGION_PREFECTURES, speciesOccurrences, type SpeciesOccurrence, type WildlifeRegion } from './species-data.js';

export interface WildlifeObservationSeed {
  id: string;
  speciesCode: string;
  reserveCode: string | null;
  divisionCode: string;
  subCompartmentId: string | null;
  observedAt: Date;
  observer: string;
  method: WildlifeObservationMethod;
  individualCount: number;
  evidenceRef: string | null;
  longitude: number;
  latitude: number;
  note: string | null;
  verificationStatus: WildlifeVerificationStatus;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
}

/** The provincial monitoring network's records in the demo start here. */
const MONITORING_START = new Date('2024-01-01T00:00:00+08:00');

/** Share of a reserve's records that are of its key species. */
const KEY_SPECIES_SHARE = 0.75;
/** Records younger than this are mostly still waiting for a reviewer. */
const REVIEW_BACKLOG_DAYS = 45;

const METHODS: Record<'MAMMAL_SUMMER' | 'MAMMAL_WINTER' | 'BIRD' | 'AMPHIBIAN' | 'PLANT', readonly (readonly [WildlifeObservationMethod, number])[]> = {
  MAMMAL_SUMMER: [['INFRARED_CAMERA', 55], ['TRANSECT', 20], ['SIGHTING', 10], ['TRACKS_AND_SIGNS', 15]],
  // Snow keeps tracks: winter transects are mostly track counts.
  MAMMAL_WINTER: [['INFRARED_CAMERA', 40], ['TRACKS_AND_SIGNS', 45], ['TRANSECT', 10], ['SIGHTING', 5]],
  BIRD: [['SIGHTING', 40], ['TRANSECT', 35], ['ACOUSTIC', 15], ['INFRARED_CAMERA', 10]],
  AMPHIBIAN: [['TRANSECT', 50], ['ACOUSTIC', 30], ['SIGHTING', 20]],
  PLANT: [['TRANSECT', 75], ['SIGHTING', 25]],
};

const REJECTION_REASONS = [
  '照片模糊，无法确认物种',
  '经复核为狍，物种鉴定有误',
  '与同一相机相邻时段记录重复',
  '坐标位于监测样区之外',
  '足迹特征不足以区分物种',
];

const WINTER_MONTHS = new Set([11, 12, 1, 2, 3]);

const divisionByCode = new Map(divisions.map((division) => [division.code, division]));

function regionOf(countyCode: string): WildlifeRegion {
  const prefecture = `${countyCode.slice(0, 4)}00`;
  const entry = Object.entries(REGION_PREFECTURES).find(([, prefectures]) => prefectures.includes(prefecture));
  if (!entry) throw new Error(`No wildlife region for county ${countyCode}`);
  return entry[0] as WildlifeRegion;
}

function isDetectable(species: SpeciesOccurrence, month: number): boolean {
  if (species.season === 'MIGRATORY') return month >= 3 && month <= 10;
  if (species.season === 'GROWING') return month >= 5 && month <= 9;
  return true;
}

function methodsFor(group: WildlifeGroup, month: number) {
  if (kingdomOf(group) === 'PLANT') return METHODS.PLANT;
  if (group === 'BIRD') return METHODS.BIRD;
  if (group === 'AMPHIBIAN') return METHODS.AMPHIBIAN;
  return WINTER_MONTHS.has(month) ? METHODS.MAMMAL_WINTER : METHODS.MAMMAL_SUMMER;
}

/** How each method's evidence files are named, and how often a record has one. */
const EVIDENCE_FILES: Record<WildlifeObservationMethod, { prefix: string; extension: string; share: number }> = {
  INFRARED_CAMERA: { prefix: 'IRC', extension: 'jpg', share: 1 },
  ACOUSTIC: { prefix: 'AUD', extension: 'wav', share: 1 },
  SIGHTING: { prefix: 'IMG', extension: 'jpg', share: 0.6 },
  TRANSECT: { prefix: 'IMG', extension: 'jpg', share: 0.4 },
  TRACKS_AND_SIGNS: { prefix: 'IMG', extension: 'jpg', share: 0.5 },
};

interface Generator {
  random: Random;
  subCompartmentsByCounty: Map<string, SubCompartmentSeed[]>;
  reviewers: string[];
  sequence: number;
}

function observe(
  generator: Generator,
  species: SpeciesOccurrence,
  place: { divisionCode: string; reserveCode: string | null; observers: readonly string[] },
): WildlifeObservationSeed {
  const { random } = generator;
  let observedAt = instantBetween(random, MONITORING_START, REFERENCE_DATE);
  while (!isDetectable(species, beijingMonth(observedAt))) observedAt = instantBetween(random, MONITORING_START, REFERENCE_DATE);
  const method = random.weighted(methodsFor(species.group, beijingMonth(observedAt)));
  const [fewest, most] = species.groupSize;
  // A camera frame rarely holds more than a few animals.
  const individualCount = random.int(fewest, method === 'INFRARED_CAMERA' ? Math.max(fewest, Math.min(most, 4)) : most);

  const stands = generator.subCompartmentsByCounty.get(place.divisionCode) ?? [];
  const stand = stands.length > 0 && random.next() < (kingdomOf(species.group) === 'PLANT' ? 0.9 : 0.6) ? random.pick(stands) : undefined;
  const county = divisionByCode.get(place.divisionCode)!;
  const [longitude, latitude] = stand
    ? [stand.longitude + random.real(-0.005, 0.005, 4), stand.latitude + random.real(-0.005, 0.005, 4)]
    : [county.longitude + random.real(-0.15, 0.15, 4), county.latitude + random.real(-0.12, 0.12, 4)];

  generator.sequence += 1;
  const evidence = EVIDENCE_FILES[method];
  // The monitoring protocol asks for evidence of every class-I record.
  const hasEvidence = random.next() < evidence.share || species.protectionClass === 'NATIONAL_CLASS_I';
  const evidenceRef = hasEvidence
    ? `${evidence.prefix}-${beijingDay(observedAt)}-${String(generator.sequence).padStart(6, '0')}.${evidence.extension}`
    : null;

  // Field records reach the system within a few days; camera cards wait for the next round.
  const createdAt = earlier(addDays(observedAt, random.real(0.1, method === 'INFRARED_CAMERA' ? 30 : 3)), REFERENCE_DATE);
  const ageDays = (REFERENCE_DATE.getTime() - observedAt.getTime()) / DAY_MS;
  const roll = random.next();
  const verificationStatus: WildlifeVerificationStatus =
    ageDays < REVIEW_BACKLOG_DAYS ? (roll < 0.85 ? 'UNVERIFIED' : 'VERIFIED') : roll < 0.04 ? 'REJECTED' : roll < 0.07 ? 'UNVERIFIED' : 'VERIFIED';
  const decided = verificationStatus !== 'UNVERIFIED';
  const verifiedAt = decided ? earlier(addDays(createdAt, random.int(1, 20)), REFERENCE_DATE) : null;

  return {
    id: random.uuid(),
    speciesCode: species.code,
    reserveCode: place.reserveCode,
    divisionCode: place.divisionCode,
    subCompartmentId: stand?.id ?? null,
    observedAt,
    observer: random.pick(place.observers),
    method,
    individualCount,
    evidenceRef,
    longitude: Number(longitude.toFixed(4)),
    latitude: Number(latitude.toFixed(4)),
    note: method === 'TRACKS_AND_SIGNS' && WINTER_MONTHS.has(beijingMonth(observedAt)) ? '雪后样线调查，足迹新鲜' : null,
    verificationStatus,
    verifiedBy: decided ? random.pick(generator.reviewers) : null,
    verifiedAt,
    rejectionReason: verificationStatus === 'REJECTED' ? random.pick(REJECTION_REASONS) : null,
    createdAt,
  };
}

function pickSpecies(random: Random, candidates: readonly SpeciesOccurrence[]): SpeciesOccurrence {
  return random.weighted(candidates.map((species) => [species, species.abundance] as const));
}

/**
 * The deterministic monitoring records of the demo, January 2024 to the reference date: the
 * reserves' patrols and camera traps (mostly their key species) and the county forestry
 * bureaus' surveys outside reserves, placed in real sub-compartments where the stand is known.
 */
export function generateObservations(seed = 4102): WildlifeObservationSeed[] {
  const random = createRandom(seed);
  const subCompartmentsByCounty = new Map<string, SubCompartmentSeed[]>();
  for (const stand of generateInventory().subCompartments) {
    subCompartmentsByCounty.set(stand.divisionCode, [...(subCompartmentsByCounty.get(stand.divisionCode) ?? []), stand]);
  }
  const generator: Generator = { random, subCompartmentsByCounty, reviewers: team(random, 8), sequence: 0 };
  const observations: WildlifeObservationSeed[] = [];

  for (const reserve of natureReserves) {
    const regional = speciesOccurrences.filter((species) => species.regions.includes(regionOf(reserve.divisionCodes[0]!)));
    const key = speciesOccurrences.filter((species) => reserve.keySpeciesCodes.includes(species.code));
    const observers = team(random, 6);
    const count = 70 + Math.round(reserve.area / 2500);
    for (let index = 0; index < count; index += 1) {
      const species = pickSpecies(random, random.next() < KEY_SPECIES_SHARE ? key : regional);
      observations.push(observe(generator, species, { divisionCode: random.pick(reserve.divisionCodes), reserveCode: reserve.code, observers }));
    }
  }

  const forestCounties = [...new Set(forestryUnits.map((unit) => unit.divisionCode))].sort();
  for (const divisionCode of forestCounties) {
    const regional = speciesOccurrences.filter((species) => species.regions.includes(regionOf(divisionCode)));
    const observers = team(random, 3);
    const count = random.int(4, 12);
    for (let index = 0; index < count; index += 1) {
      observations.push(observe(generator, pickSpecies(random, regional), { divisionCode, reserveCode: null, observers }));
    }
  }
  return observations;
}
