import { isCountyCode, isKnownDivision } from '@forestry/forest-resources/reference-data';
import { z } from 'zod';

/** A county-level division of the two provinces. */
export const countyCode = z
  .string()
  .regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code')
  .refine(isCountyCode, 'is not a county-level division of Heilongjiang or Jilin');

/** A province, prefecture or county of the two provinces. */
export const anyDivisionCode = z
  .string()
  .regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code')
  .refine(isKnownDivision, 'is not a division of Heilongjiang or Jilin');
