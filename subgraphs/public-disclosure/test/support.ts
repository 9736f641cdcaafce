import { viewers } from '@forestry/subgraph-runtime/testing';
import { chinaDateOf, type LocalDate } from '@forestry/subgraph-runtime/calendar';
import { residentIdCheckCharacter } from '../src/domain/identity-numbers.js';

/** The Monday after the demo data's reference date: what the demo's "now" reads as. */
export const AS_OF = '2026-11-02T09:00:00+08:00';
export const DEMO_TODAY: LocalDate = '2026-11-02';

/** Today in China: what the mutations date their steps by. */
export function today(): LocalDate {
  return chinaDateOf(new Date());
}

/** A valid identity card number for test applicants. */
export function identityNumber(first17 = '23072419850615001'): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** Staff of this department, who take every step of the workflows. */
export const officer = viewers.staff('public-disclosure');

export const anonymous = viewers.anonymous;
