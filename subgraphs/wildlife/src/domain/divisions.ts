import { divisions } from '@forestry/forest-resources/reference-data';
import { divisionPrefix } from '@forestry/subgraph-runtime';

// Observations, reserves and permit holders are placed in counties of the platform's reference
// divisions; the forest-resources subgraph owns them, this is its published list.
const countyCodes = new Set(divisions.filter((division) => division.level === 'COUNTY').map((division) => division.code));

export function isKnownCounty(code: string): boolean {
  return countyCodes.has(code);
}

/** The bounding box of Heilongjiang and Jilin. */
export const REGION_BOUNDS = { minLongitude: 121, maxLongitude: 135.2, minLatitude: 40.8, maxLatitude: 53.6 } as const;

/**
 * A where-clause on `divisionCode` matching the subtrees of any of the given divisions: GB/T 2260
 * codes nest by prefix, so a subtree needs no division tree.
 */
export function withinDivisions(codes: readonly string[]): { OR: { divisionCode: { startsWith: string } }[] } {
  return { OR: [...new Set(codes.map(divisionPrefix))].map((prefix) => ({ divisionCode: { startsWith: prefix } })) };
}
