import { addDays, addMonths, isWorkingDay, monthRange, monthStart, startOfBeijingDay } from '../domain/calendar.js';

/** The demo data's "now": it describes the offices as of this instant (9:00 Beijing time). */
export const DEMO_NOW = new Date('2026-11-01T01:00:00Z');

/** The months with documents, supervision tasks and information reports. */
export const DEMO_MONTHS = monthRange('2025-01', '2026-10');

/** The working days of a `YYYY-MM` month. */
export function workingDaysOf(month: string): Date[] {
  const days: Date[] = [];
  for (let day = monthStart(month); day < monthStart(addMonths(month, 1)); day = addDays(day, 1)) {
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** An instant on a Beijing calendar day at a wall-clock time. */
export function atBeijingTime(day: Date, hours: number, minutes = 0): Date {
  return new Date(startOfBeijingDay(day).getTime() + (hours * 60 + minutes) * 60_000);
}
