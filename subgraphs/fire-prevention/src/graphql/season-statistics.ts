import { builder, type Context } from '../builder.js';
import type { FireSeason } from '../domain/fire-season.js';
import type { FireSeasonStatistics, FireTotals } from '../loaders/season-statistics.js';
import { divisionCodeArgument } from './arguments.js';
import { FireIncidentCauseEnum, FireSeasonKindEnum, FireSeverityEnum } from './enums.js';
import { DivisionRef } from './federation.js';

type Row<Breakdown extends keyof FireSeasonStatistics> = FireSeasonStatistics[Breakdown] extends (infer R)[] ? R : never;

const FireTotalsRef = builder.interfaceRef<FireTotals>('FireTotals').implement({
  description: 'The measures every row of fire statistics shares. False alarms are not counted.',
  fields: (t) => ({
    incidentCount: t.int({ resolve: (totals) => totals.incidentCount }),
    burnedArea: t.float({ description: '过火面积, hectares.', resolve: (totals) => totals.burnedArea }),
    affectedForestArea: t.float({ description: '受害森林面积, hectares.', resolve: (totals) => totals.affectedForestArea }),
  }),
});

const FireSeasonRef = builder.objectRef<FireSeason>('FireSeason').implement({
  description: '森林防火期: a spring or autumn fire-prevention period.',
  fields: (t) => ({
    kind: t.field({ type: FireSeasonKindEnum, resolve: (season) => season.kind }),
    year: t.int({ resolve: (season) => season.year }),
    firstDay: t.field({ type: 'Date', resolve: (season) => season.firstDay }),
    lastDay: t.field({ type: 'Date', resolve: (season) => season.lastDay }),
  }),
});

const FireSeverityTotalsRef = builder.objectRef<Row<'bySeverity'>>('FireSeverityTotals').implement({
  interfaces: [FireTotalsRef],
  fields: (t) => ({ severity: t.field({ type: FireSeverityEnum, resolve: (row) => row.severity }) }),
});

const FireCauseTotalsRef = builder.objectRef<Row<'byCause'>>('FireCauseTotals').implement({
  interfaces: [FireTotalsRef],
  fields: (t) => ({ cause: t.field({ type: FireIncidentCauseEnum, resolve: (row) => row.cause }) }),
});

const FireDivisionTotalsRef = builder.objectRef<Row<'byDivision'>>('FireDivisionTotals').implement({
  interfaces: [FireTotalsRef],
  description: 'Totals of one child division.',
  fields: (t) => ({ division: t.field({ type: DivisionRef, resolve: (row) => ({ code: row.divisionCode }) }) }),
});

export const FireSeasonStatisticsRef = builder.objectRef<FireSeasonStatistics>('FireSeasonStatistics').implement({
  interfaces: [FireTotalsRef],
  description: '本防火期火灾统计: the fires of the current season in a division and everything under it.',
  fields: (t) => ({
    division: t.field({ type: DivisionRef, resolve: (statistics) => ({ code: statistics.divisionCode }) }),
    season: t.field({
      type: FireSeasonRef,
      description: 'The season under way at `asOf`, or between seasons the one that ended last.',
      resolve: (statistics) => statistics.season,
    }),
    from: t.field({ type: 'DateTime', description: 'Fires reported from this instant on are counted.', resolve: (statistics) => statistics.from }),
    to: t.field({ type: 'DateTime', description: '… up to this one: `asOf`, or the end of the season.', resolve: (statistics) => statistics.to }),
    bySeverity: t.field({ type: [FireSeverityTotalsRef], description: 'Largest burned area first.', resolve: (statistics) => statistics.bySeverity }),
    byCause: t.field({ type: [FireCauseTotalsRef], description: 'Largest burned area first.', resolve: (statistics) => statistics.byCause }),
    byDivision: t.field({
      type: [FireDivisionTotalsRef],
      description: 'By direct child division (prefectures of a province, counties of a prefecture), largest burned area first.',
      resolve: (statistics) => statistics.byDivision,
    }),
  }),
});

/** The statistics of a division as of an instant (default: when the request arrived). */
export function seasonStatisticsOf(divisionCode: string, asOf: Date | null | undefined, context: Context) {
  return context.loaders.fireSeasonStatistics(asOf ?? context.loaders.requestedAt).load(divisionCode);
}

builder.queryFields((t) => ({
  fireSeasonStatistics: t.field({
    type: FireSeasonStatisticsRef,
    nullable: true,
    description: 'Fires, burned and damaged area of the current season in a division and everything under it; null for an unknown division.',
    args: {
      divisionCode: t.arg.id({ required: true }),
      asOf: t.arg({ type: 'DateTime', description: 'Default: now.' }),
    },
    resolve: (_root, args, context) => seasonStatisticsOf(divisionCodeArgument(args.divisionCode), args.asOf, context),
  }),
}));
