/** A calendar date in China Standard Time, written `YYYY-MM-DD`. Such strings sort chronologically. */
export type LocalDate = string;

const DAY_MS = 86_400_000;
/** China keeps UTC+8 all year round (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date in China at an instant: deadlines follow the office's calendar, not the server's. */
export function chinaDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China-time wall clock shows `time` (HH:mm) on `date`. */
export function chinaInstant(date: LocalDate, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form. */
export function isLocalDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = toDateValue(value);
  return !Number.isNaN(parsed.getTime()) && fromDateValue(parsed) === value;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDateValue(new Date(toDateValue(date).getTime() + days * DAY_MS));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toDateValue(to).getTime() - toDateValue(from).getTime()) / DAY_MS);
}

/** 0 for Sunday through 6 for Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return toDateValue(date).getUTCDay();
}

/**
 * Prisma `@db.Date` columns and the GraphQL `Date` scalar both carry a date as a JavaScript
 * Date at UTC midnight; these two convert between that and a LocalDate.
 */
export function toDateValue(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromDateValue(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}
