import type { Random } from '@forestry/subgraph-runtime';
import { DAY_MS, inBeijing } from '../domain/time.js';

/**
 * The instant the demo data describe as "now": records run up to it, applications are pending
 * at it. Fixed, so that the data are the same on every run.
 */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00+08:00');

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The first of two instants. */
export function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}

/** A uniformly random instant in [from, to), to the minute. */
export function instantBetween(random: Random, from: Date, to: Date): Date {
  const minutes = Math.floor((to.getTime() - from.getTime()) / 60_000);
  return new Date(from.getTime() + random.int(0, Math.max(0, minutes - 1)) * 60_000);
}

/** The calendar month (1-12) of an instant in Beijing time. */
export function beijingMonth(date: Date): number {
  return inBeijing(date).getUTCMonth() + 1;
}

/** `yyyymmdd` of an instant in Beijing time, as evidence files are named. */
export function beijingDay(date: Date): string {
  return inBeijing(date).toISOString().slice(0, 10).replaceAll('-', '');
}
