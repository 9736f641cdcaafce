import { addDays, calendarDay, chinaDay, chinaTime } from './calendar.js';

export type FireSeasonKind = 'SPRING' | 'AUTUMN';

export interface FireSeason {
  kind: FireSeasonKind;
  year: number;
  firstDay: Date;
  lastDay: Date;
}

/** The fire-prevention periods (森林防火期) of Heilongjiang and Jilin, as [month, day] ranges. */
const PERIODS: readonly { kind: FireSeasonKind; first: [number, number]; last: [number, number] }[] = [
  { kind: 'SPRING', first: [3, 15], last: [6, 15] },
  { kind: 'AUTUMN', first: [9, 15], last: [11, 15] },
];

export function fireSeasonsOf(year: number): FireSeason[] {
  return PERIODS.map(({ kind, first, last }) => ({
    kind,
    year,
    firstDay: calendarDay(year, ...first),
    lastDay: calendarDay(year, ...last),
  }));
}

/**
 * The season under way at `asOf`, or between seasons the one that ended last: after the
 * autumn season the leaders still read "this season" as the one just closed.
 */
export function currentFireSeason(asOf: Date): FireSeason {
  const today = chinaDay(asOf);
  const year = today.getUTCFullYear();
  const started = [...fireSeasonsOf(year - 1), ...fireSeasonsOf(year)].filter((season) => season.firstDay <= today);
  return started[started.length - 1]!;
}

/** The instants from the season's first morning up to `asOf` or the end of its last day. */
export function seasonWindow(season: FireSeason, asOf: Date): { from: Date; to: Date } {
  const end = chinaTime(addDays(season.lastDay, 1), 0);
  return { from: chinaTime(season.firstDay, 0), to: asOf < end ? asOf : end };
}
