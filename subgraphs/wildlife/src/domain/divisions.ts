import { divisionPrefix } from '@forestry/subgraph-runtime';

/** The bounding box of Heilongjiang and Jilin. */
export const REGION_BOUNDS = { minLongitude: 121, maxLongitude: 135.2, minLatitude: 40.8, maxLatitude: 53.6 } as const;

/**
 * A where-clause on `divisionCode` matching the subtrees of any of the given divisions: GB/T 2260
 * codes nest by prefix, so a subtree needs no division tree.
 */
export function withinDivisions(codes: readonly string[]): { OR: { divisionCode: { startsWith: string } }[] } {
  return { OR: [...new Set(codes.map(divisionPrefix))].map((prefix) => ({ divisionCode: { startsWith: prefix } })) };
}
