import { divisions } from './seed/divisions-data.js';

/**
 * Questions other departments ask of the division list when they validate input or roll
 * figures up: the codes are fixed reference data (GB/T 2260), so the answers need no request
 * to this subgraph. GB/T 2260 codes nest by prefix: a province is its first 2 digits, a
 * prefecture its first 4 and a county all 6.
 */
const divisionByCode = new Map(divisions.map((division) => [division.code, division]));

export function isKnownDivision(code: string): boolean {
  return divisionByCode.has(code);
}

/** Whether a code names a county-level division of Heilongjiang or Jilin. */
export function isCountyCode(code: string): boolean {
  return divisionByCode.get(code)?.level === 'COUNTY';
}

/** The direct child of a province or prefecture that contains `countyCode`; none under a county or outside. */
export function childDivisionOf(parentCode: string, countyCode: string): string | undefined {
  const level = divisionByCode.get(parentCode)?.level;
  if (level === 'PROVINCE' && countyCode.startsWith(parentCode.slice(0, 2))) return `${countyCode.slice(0, 4)}00`;
  if (level === 'PREFECTURE' && countyCode.startsWith(parentCode.slice(0, 4))) return countyCode;
  return undefined;
}

/** The name a notice uses for a county: its prefecture's and its own, as in 伊春市丰林县. */
export function divisionDisplayName(code: string): string {
  const division = divisionByCode.get(code);
  if (!division) return code;
  const parent = division.level === 'COUNTY' && division.parentCode ? divisionByCode.get(division.parentCode) : undefined;
  return `${parent?.name ?? ''}${division.name}`;
}
