import { twoDecimals } from '@forestry/subgraph-runtime';
import { z } from 'zod';

/** Clocks of phones and duty-room PCs drift: a minute ahead is still "now". */
const CLOCK_SKEW_MS = 60_000;

/** A moment something happened: not in the future. */
export const pastInstant = z
  .date()
  .refine((instant) => instant.getTime() <= Date.now() + CLOCK_SKEW_MS, 'cannot be in the future');

/** The name of the person who did something, as the record keeps it. */
export const personName = z.string().trim().min(2, 'must name a person').max(50);

export const hectares = z
  .number()
  .min(0, 'cannot be negative')
  .max(10_000_000, 'is implausibly large')
  .refine(twoDecimals, 'has at most 2 decimals');

/** The bounding box of Heilongjiang and Jilin. */
export const REGION_BOUNDS = { minLongitude: 121, maxLongitude: 135.2, minLatitude: 40.8, maxLatitude: 53.6 } as const;
