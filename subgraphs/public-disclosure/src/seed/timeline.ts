import type { Random } from '@forestry/subgraph-runtime';
import { addDays, chinaDateOf, chinaInstant, daysBetween, type LocalDate, addWorkingDays, isWorkingDay } from '@forestry/subgraph-runtime/calendar';

/**
 * The demo data's "now": everything in it happened before the start of 1 November 2026 (China
 * time), and whatever was still under way then is still under way in the database. Queries that
 * depend on the date take an `asOf` argument, so examples and tests can ask as of this day.
 */
export const SEED_REFERENCE_DATE: LocalDate = '2026-11-01';
export const SEED_CUTOFF = chinaInstant(SEED_REFERENCE_DATE);
/** The demo history starts with the first working day of 2025. */
export const SEED_HISTORY_START: LocalDate = '2025-01-02';

function atMinute(date: LocalDate, minuteOfDay: number): Date {
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return chinaInstant(date, `${hours}:${minutes}`);
}

/** A moment of office hours (08:30 to 17:00) on a date. */
export function officeInstant(random: Random, date: LocalDate): Date {
  return atMinute(date, random.int(8 * 60 + 30, 17 * 60));
}

/** A moment someone might use the website: mostly daytime, sometimes evenings. */
export function onlineInstant(random: Random, date: LocalDate): Date {
  return atMinute(date, random.next() < 0.8 ? random.int(8 * 60, 18 * 60) : random.int(18 * 60, 23 * 60 + 30));
}

/** A random day of the demo history; working days are four times as likely as days off. */
export function historyDay(random: Random): LocalDate {
  const from = SEED_HISTORY_START;
  const to = addDays(SEED_REFERENCE_DATE, -1);
  for (;;) {
    const day = addDays(from, random.int(0, daysBetween(from, to)));
    if (isWorkingDay(day) || random.next() < 0.25) return day;
  }
}

/** An office-hours moment on `day` (or the next working day), after `notBefore`: a day already over moves on to the next. */
export function officeMoment(random: Random, day: LocalDate, notBefore: Date): Date {
  const earliest = chinaDateOf(notBefore);
  let date = day < earliest ? earliest : day;
  if (!isWorkingDay(date)) date = addWorkingDays(date, 1);
  const candidate = officeInstant(random, date);
  if (candidate > notBefore) return candidate;
  const sameDay = officeInstant(random, date);
  return sameDay > notBefore ? sameDay : officeInstant(random, addWorkingDays(date, 1));
}

/** An office-hours moment `workingDays` after `previous` (the same day for 0), never before it. */
export function officeStepAfter(random: Random, previous: Date, workingDays: number): Date {
  return officeMoment(random, addWorkingDays(chinaDateOf(previous), workingDays), previous);
}
