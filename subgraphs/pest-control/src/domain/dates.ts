const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time is UTC+8 all year round. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar day in China at an instant, as a UTC-midnight Date like the `Date` scalar and
 * `@db.Date` columns, so that "today" and "expired" mean what they mean to a county office.
 */
export function chinaDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
