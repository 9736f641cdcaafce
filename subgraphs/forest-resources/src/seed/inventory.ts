import { createRandom, type Random } from '@forestry/subgraph-runtime';
import { ageClassOf } from '../domain/age-class.js';
import type {
  AgeClass,
  ForestCategory,
  ForestOrigin,
  LandOwnership,
  PublicWelfareGrade,
} from '../generated/prisma/enums.js';
import { divisions, forestryUnits, type ForestryUnitKind, type ForestryUnitSeed } from './divisions-data.js';
import { treeSpecies, type TreeSpeciesSeed } from './species-data.js';

export interface CompartmentSeed {
  code: string;
  forestryUnitCode: string;
  number: number;
}

export interface SubCompartmentSeed {
  id: string;
  code: string;
  compartmentCode: string;
  number: number;
  divisionCode: string;
  area: number;
  dominantSpeciesCode: string;
  origin: ForestOrigin;
  averageAge: number;
  ageClass: AgeClass;
  stockVolume: number;
  canopyDensity: number;
  ownership: LandOwnership;
  forestCategory: ForestCategory;
  publicWelfareGrade: PublicWelfareGrade | null;
  longitude: number;
  latitude: number;
  surveyYear: number;
}

/** The forest regions of the two provinces, with their species mix and share of plantations. */
interface ForestRegion {
  prefectures: readonly string[];
  species: readonly (readonly [string, number])[];
  plantedShare: number;
}

const REGIONS: readonly ForestRegion[] = [
  {
    // Greater Khingan and the northern Lesser Khingan: boreal larch forest.
    prefectures: ['232700', '231100'],
    species: [['LAGM', 45], ['BEPL', 25], ['PISY', 12], ['QUMO', 6], ['PIKR', 4], ['POPU', 3], ['ULPU', 2]],
    plantedShare: 0.1,
  },
  {
    // Lesser Khingan: Korean pine and broadleaf mixed forest.
    prefectures: ['230700', '230400', '230800', '231200'],
    species: [['PIKO', 15], ['LAGM', 15], ['BEPL', 18], ['PIKR', 8], ['ABNE', 6], ['QUMO', 10], ['FRMA', 6], ['TIAM', 8], ['ACMO', 6], ['JUMA', 3], ['PHAM', 2], ['ULPU', 3]],
    plantedShare: 0.25,
  },
  {
    // Zhangguangcai and Wanda mountains.
    prefectures: ['230100', '231000', '230300', '230900', '230500'],
    species: [['LAOL', 18], ['PIKO', 8], ['QUMO', 18], ['BEPL', 15], ['TIAM', 10], ['FRMA', 8], ['JUMA', 6], ['ACMO', 8], ['POPU', 5], ['ULPU', 4]],
    plantedShare: 0.4,
  },
  {
    // Changbai mountains.
    prefectures: ['222400', '220600', '220500', '220200', '220400'],
    species: [['PIKO', 14], ['LAOL', 16], ['QUMO', 16], ['TIAM', 10], ['FRMA', 8], ['JUMA', 6], ['PHAM', 3], ['ACMO', 9], ['PIKR', 6], ['ABNE', 6], ['BEPL', 6]],
    plantedShare: 0.3,
  },
  {
    // Songnen and Songliao plains: shelterbelts and plantations.
    prefectures: ['230200', '230600', '220800', '220700', '220300', '220100'],
    species: [['POPU', 45], ['PISY', 20], ['ULPU', 15], ['LAOL', 8], ['BEPL', 6], ['QUMO', 6]],
    plantedShare: 0.85,
  },
];

const LAYOUT: Record<ForestryUnitKind, { compartments: number; subCompartments: [number, number]; area: [number, number] }> = {
  STATE_FOREST_BUREAU: { compartments: 9, subCompartments: [7, 11], area: [5, 60] },
  FORESTRY_BUREAU: { compartments: 5, subCompartments: [5, 9], area: [2, 25] },
  FOREST_FARM: { compartments: 4, subCompartments: [5, 8], area: [3, 30] },
  NATURE_RESERVE_BUREAU: { compartments: 6, subCompartments: [6, 9], area: [10, 120] },
};

const AGE_CLASS_WEIGHTS: readonly (readonly [number, number])[] = [[0, 30], [1, 35], [2, 15], [3, 13], [4, 7]];
/** Typical standing volume (m³/ha) of a closed stand by age class. */
const STOCK_PER_HECTARE: readonly [number, number][] = [[20, 70], [75, 140], [120, 185], [150, 240], [160, 260]];

const divisionByCode = new Map(divisions.map((division) => [division.code, division]));
const speciesByCode = new Map(treeSpecies.map((species) => [species.code, species]));

function regionOf(countyCode: string): ForestRegion {
  const prefecture = divisionByCode.get(countyCode)?.parentCode ?? '';
  return REGIONS.find((region) => region.prefectures.includes(prefecture)) ?? REGIONS[2]!;
}

function averageAgeFor(random: Random, species: TreeSpeciesSeed, origin: ForestOrigin): number {
  const limits = origin === 'PLANTED' ? species.plantedAgeLimits : species.naturalAgeLimits;
  const ageClass = random.weighted(AGE_CLASS_WEIGHTS);
  const lower = ageClass === 0 ? 3 : limits[ageClass - 1]! + 1;
  const upper = ageClass === 4 ? limits[3] + 40 : limits[ageClass]!;
  return random.int(lower, upper);
}

function categoryFor(random: Random, unit: ForestryUnitSeed, origin: ForestOrigin) {
  const publicWelfareShare =
    unit.kind === 'NATURE_RESERVE_BUREAU' ? 1 : origin === 'NATURAL' ? (unit.kind === 'STATE_FOREST_BUREAU' ? 0.75 : 0.5) : 0.25;
  if (random.next() >= publicWelfareShare) {
    return { forestCategory: 'COMMERCIAL' as const, publicWelfareGrade: null };
  }
  const publicWelfareGrade: PublicWelfareGrade =
    unit.kind === 'NATURE_RESERVE_BUREAU'
      ? 'NATIONAL_KEY'
      : random.weighted<PublicWelfareGrade>([['NATIONAL_KEY', 45], ['NATIONAL_GENERAL', 35], ['PROVINCIAL', 20]]);
  return { forestCategory: 'PUBLIC_WELFARE' as const, publicWelfareGrade };
}

/**
 * The deterministic forest inventory of the demo: compartments and sub-compartments of every
 * forestry unit, with species, ages and volumes typical of the unit's forest region. Other
 * departments' demo data reference these sub-compartments by id.
 */
export function generateInventory(seed = 2026): { compartments: CompartmentSeed[]; subCompartments: SubCompartmentSeed[] } {
  const random = createRandom(seed);
  const compartments: CompartmentSeed[] = [];
  const subCompartments: SubCompartmentSeed[] = [];

  for (const unit of forestryUnits) {
    const layout = LAYOUT[unit.kind];
    const county = divisionByCode.get(unit.divisionCode)!;
    const region = regionOf(unit.divisionCode);
    let compartmentNumber = 0;
    for (let c = 0; c < layout.compartments; c += 1) {
      compartmentNumber += random.int(1, 25);
      const compartmentCode = `${unit.code}-${String(compartmentNumber).padStart(3, '0')}`;
      compartments.push({ code: compartmentCode, forestryUnitCode: unit.code, number: compartmentNumber });

      const count = random.int(...layout.subCompartments);
      for (let number = 1; number <= count; number += 1) {
        const species = speciesByCode.get(random.weighted(region.species))!;
        const origin: ForestOrigin =
          species.code === 'POPU' || random.next() < region.plantedShare ? 'PLANTED' : 'NATURAL';
        const averageAge = averageAgeFor(random, species, origin);
        const ageClass = ageClassOf(averageAge, origin, species);
        const area = random.real(layout.area[0], layout.area[1], 2);
        const canopyDensity = random.real(0.3, 0.9, 2);
        const [low, high] = STOCK_PER_HECTARE[['YOUNG', 'MIDDLE_AGED', 'NEAR_MATURE', 'MATURE', 'OVER_MATURE'].indexOf(ageClass)]!;
        const perHectare = random.real(low, high, 1) * (canopyDensity / 0.7) * (origin === 'PLANTED' ? 0.9 : 1);
        subCompartments.push({
          id: random.uuid(),
          code: `${compartmentCode}-${String(number).padStart(2, '0')}`,
          compartmentCode,
          number,
          divisionCode: unit.divisionCode,
          area,
          dominantSpeciesCode: species.code,
          origin,
          averageAge,
          ageClass,
          stockVolume: Number((perHectare * area).toFixed(1)),
          canopyDensity,
          ownership: unit.kind === 'FORESTRY_BUREAU' && random.next() < 0.65 ? 'COLLECTIVE' : 'STATE',
          ...categoryFor(random, unit, origin),
          longitude: Number((county.longitude + random.real(-0.2, 0.2, 4)).toFixed(4)),
          latitude: Number((county.latitude + random.real(-0.15, 0.15, 4)).toFixed(4)),
          surveyYear: random.int(2016, 2024),
        });
      }
    }
  }
  return { compartments, subCompartments };
}
