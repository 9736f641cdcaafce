/**
 * China keeps one time zone, UTC+8, all year: rating days, fire seasons and duty shifts follow
 * it. A calendar day is carried as a `Date` at UTC midnight, which is how `Date` columns and
 * the `Date` scalar represent it.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day in China of an instant. */
export function chinaDay(instant: Date): Date {
  const local = instant.getTime() + CHINA_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The instant of a local (China) time of day on a calendar day. */
export function chinaTime(day: Date, hours: number, minutes = 0): Date {
  return new Date(day.getTime() - CHINA_OFFSET_MS + (hours * 60 + minutes) * 60 * 1000);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

export function calendarDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Every calendar day from `first` to `last`, both included. */
export function daysBetween(first: Date, last: Date): Date[] {
  const days: Date[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** A calendar day as Chinese documents write it, e.g. 2026年4月20日. */
export function chineseDateLabel(day: Date): string {
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}
