import { fromDateValue, isWorkingDay as isWorkingLocalDate } from '@forestry/subgraph-runtime/calendar';

/**
 * Calendar arithmetic for deadlines. The offices work on Beijing time (UTC+8, no daylight
 * saving); a calendar day is represented as midnight UTC of that date, which is how
 * `@db.Date` columns read back.
 */
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar day of an instant. */
export function beijingDay(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** The instant at which a Beijing calendar day begins. */
export function startOfBeijingDay(day: Date): Date {
  return new Date(day.getTime() - BEIJING_OFFSET_MS);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** Whether the offices work on a calendar day (the State Council's holiday arrangements included). */
export function isWorkingDay(day: Date): boolean {
  return isWorkingLocalDate(fromDateValue(day));
}

/** Working days after `after` up to and including `until` (0 when `until` is not later). */
export function workingDaysBetween(after: Date, until: Date): number {
  let count = 0;
  for (let day = addDays(after, 1); day <= until; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The `n`-th working day after `day` (n ≥ 1). */
export function nthWorkingDayAfter(day: Date, n: number): Date {
  let current = day;
  for (let found = 0; found < n; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

/** The `n`-th working day counting back from `day`, `day` itself included (n ≥ 1). */
export function nthWorkingDayBackFrom(day: Date, n: number): Date {
  let current = day;
  for (let found = isWorkingDay(current) ? 1 : 0; found < n; ) {
    current = addDays(current, -1);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

/** A month as `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first day of a `YYYY-MM` month. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

export function monthOf(day: Date): string {
  return day.toISOString().slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const start = monthStart(month);
  return monthOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)));
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}
