import { divisions, forestryUnits, generateInventory, type SubCompartmentSeed } from '@forestry/forest-resources/reference-data';
import { groupBy } from './helpers.js';

export interface ForestedCounty {
  code: string;
  name: string;
  prefectureCode: string;
  longitude: number;
  latitude: number;
  /** The state forest bureaus, county bureaus, farms and reserves seated in the county. */
  units: { code: string; name: string; kind: string }[];
  subCompartments: SubCompartmentSeed[];
}

/** The counties of the forest inventory, in code order, with their units and sub-compartments. */
export function forestedCounties(): ForestedCounty[] {
  const subCompartmentsByCounty = groupBy(generateInventory().subCompartments, (sub) => sub.divisionCode);
  return divisions
    .filter((division) => subCompartmentsByCounty.has(division.code))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((division) => ({
      code: division.code,
      name: division.name,
      prefectureCode: division.parentCode!,
      longitude: division.longitude,
      latitude: division.latitude,
      units: forestryUnits.filter((unit) => unit.divisionCode === division.code),
      subCompartments: subCompartmentsByCounty.get(division.code)!,
    }));
}

export const divisionByCode = new Map(divisions.map((division) => [division.code, division]));
export const forestryUnitByCode = new Map(forestryUnits.map((unit) => [unit.code, unit]));
