import { divisions } from '@forestry/forest-resources/reference-data';
import { divisionPrefix } from '@forestry/subgraph-runtime';
import { z } from 'zod';

const divisionByCode = new Map(divisions.map((division) => [division.code, division]));

/** The direct child of `parentCode` that contains the county `countyCode`, if it is under it. */
export function childDivisionOf(parentCode: string, countyCode: string): string | undefined {
  const prefix = divisionPrefix(parentCode);
  if (prefix.length === 6 || !countyCode.startsWith(prefix)) return undefined;
  return prefix.length === 2 ? `${countyCode.slice(0, 4)}00` : countyCode;
}

export function isKnownDivision(code: string): boolean {
  return divisionByCode.has(code);
}

/** The name an alert uses: the prefecture's and the county's, as in 伊春市丰林县. */
export function divisionDisplayName(code: string): string {
  const division = divisionByCode.get(code);
  if (!division) return code;
  const parent = division.level === 'COUNTY' && division.parentCode ? divisionByCode.get(division.parentCode) : undefined;
  return `${parent?.name ?? ''}${division.name}`;
}

/** A county-level division of the two provinces. */
export const countyCode = z
  .string()
  .regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code')
  .refine((code) => divisionByCode.get(code)?.level === 'COUNTY', 'is not a county-level division of Heilongjiang or Jilin');

/** A province, prefecture or county of the two provinces. */
export const anyDivisionCode = z
  .string()
  .regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code')
  .refine(isKnownDivision, 'is not a division of Heilongjiang or Jilin');
