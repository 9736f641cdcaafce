import { divisions } from '@forestry/forest-resources/reference-data';

const levelByCode = new Map(divisions.map((division) => [division.code, division.level]));
const PREFIX_LENGTH = { PROVINCE: 2, PREFECTURE: 4, COUNTY: 6 } as const;

/** Whether a code names a county-level division of Heilongjiang or Jilin (GB/T 2260). */
export function isCounty(code: string): boolean {
  return levelByCode.get(code) === 'COUNTY';
}

export function isKnownDivision(code: string): boolean {
  return levelByCode.has(code);
}

/**
 * The code prefix every county under a division shares: GB/T 2260 codes nest, so a province
 * is its first 2 digits, a prefecture its first 4 and a county all 6. An unknown code is its
 * own prefix and so matches no county.
 */
export function divisionCodePrefix(code: string): string {
  const level = levelByCode.get(code);
  return level ? code.slice(0, PREFIX_LENGTH[level]) : code;
}

/** The direct child of a province or prefecture that contains a county; none under a county. */
export function childDivisionCode(parentCode: string, countyCode: string): string | undefined {
  const level = levelByCode.get(parentCode);
  if (level === 'PROVINCE') return `${countyCode.slice(0, 4)}00`;
  if (level === 'PREFECTURE') return countyCode;
  return undefined;
}
