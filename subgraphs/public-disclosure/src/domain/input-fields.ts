import { z } from 'zod';
import { isResidentIdNumber, isUnifiedSocialCreditCode, PHONE_NUMBER } from './identity-numbers.js';
import { isLocalDate } from '@forestry/subgraph-runtime/calendar';

/** Field rules that several inputs share. */

export const personName = z.string().trim().min(2, 'must have at least 2 characters').max(30);

/** The officer (经办人) who takes a step: every step is attributable. */
export const officer = personName;

export const phoneNumber = z.string().trim().regex(PHONE_NUMBER, 'must be a mobile number or a landline with its area code');

export const localDate = z.string().refine(isLocalDate, 'must be a date YYYY-MM-DD');

export const department = z.enum([
  'OFFICE',
  'POLICY_AND_LEGAL',
  'FOREST_RESOURCES',
  'AFFORESTATION',
  'WILDLIFE',
  'PEST_CONTROL',
  'FIRE_PREVENTION',
  'PLANNING_AND_FINANCE',
  'SEEDS_AND_SEEDLINGS',
  'SCIENCE_AND_TECHNOLOGY',
  'PERSONNEL',
]);

export function text(min: number, max: number) {
  return z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);
}

/** The identifier matching who applies: an identity card number for a person, a credit code otherwise. */
export function identifierProblem(isPerson: boolean, value: string): string | null {
  if (isPerson) return isResidentIdNumber(value) ? null : 'is not a valid resident identity card number';
  return isUnifiedSocialCreditCode(value) ? null : 'is not a valid unified social credit code';
}
