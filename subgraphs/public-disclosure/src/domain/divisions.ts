import { divisions } from '@forestry/forest-resources/reference-data';

/**
 * County-level divisions of the two provinces (GB/T 2260), from forest-resources' published
 * reference data: divisions are fixed reference data, so applications can be checked against
 * them without asking another department's database.
 */
const countyCodes = new Set(divisions.filter((division) => division.level === 'COUNTY').map((division) => division.code));

export function isCountyCode(code: string): boolean {
  return countyCodes.has(code);
}
