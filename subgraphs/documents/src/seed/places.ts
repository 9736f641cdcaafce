import { divisions, generateInventory, treeSpecies, type SubCompartmentSeed } from '@forestry/forest-resources/reference-data';
import type { Random } from '@forestry/subgraph-runtime';
import type { ProvinceCode } from '../domain/departments.js';

/** The counties of each province, and the inventory's sub-compartments in each county. */
export interface Places {
  counties(provinceCode: ProvinceCode): readonly { code: string; name: string; parentCode: string | null }[];
  /** Counties that have sub-compartments in the forest inventory. */
  forestCounties(provinceCode: ProvinceCode): readonly { code: string; name: string; parentCode: string | null }[];
  subCompartmentsIn(countyCode: string): readonly SubCompartmentSeed[];
  speciesName(code: string): string;
}

export function loadPlaces(): Places {
  const byCounty = new Map<string, SubCompartmentSeed[]>();
  for (const subCompartment of generateInventory().subCompartments) {
    const inCounty = byCounty.get(subCompartment.divisionCode);
    if (inCounty) inCounty.push(subCompartment);
    else byCounty.set(subCompartment.divisionCode, [subCompartment]);
  }
  const counties = (provinceCode: ProvinceCode) =>
    divisions.filter((division) => division.level === 'COUNTY' && division.code.startsWith(provinceCode.slice(0, 2)));
  const species = new Map(treeSpecies.map((entry) => [entry.code, entry.name]));
  return {
    counties,
    forestCounties: (provinceCode) => counties(provinceCode).filter((county) => byCounty.has(county.code)),
    subCompartmentsIn: (countyCode) => byCounty.get(countyCode) ?? [],
    speciesName: (code) => species.get(code) ?? code,
  };
}

/** `count` distinct items picked at random, in the order picked. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return picked;
}
