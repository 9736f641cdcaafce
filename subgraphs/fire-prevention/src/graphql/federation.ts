import { builder } from '../builder.js';
import { chinaDay } from '../domain/calendar.js';
import { FireDangerRatingRef } from './fire-danger.js';
import { FireIncidentRef } from './incidents.js';
import { FireSeasonStatisticsRef, seasonStatisticsOf } from './season-statistics.js';

/** A plain object ref; the federation plugin's own ref type cannot be named in declaration files. */
type EntityRef<Key extends object> = ReturnType<ReturnType<typeof builder.objectRef<Key>>['implement']>;

// Entities owned by forest-resources. This subgraph resolves only the fields it adds to them,
// from the key alone: a representation `{ code }` or `{ id }` is all it needs.
const division = builder.externalRef('Division', builder.selection<{ code: string }>('code'));
const subCompartment = builder.externalRef('SubCompartment', builder.selection<{ id: string }>('id'));

/** 行政区划: return `{ code }` from a field of this type. */
export const DivisionRef: EntityRef<{ code: string }> = division;
/** 小班: return `{ id }` from a field of this type. */
export const SubCompartmentRef: EntityRef<{ id: string }> = subCompartment;

division.implement({
  fields: (t) => ({
    code: t.exposeID('code'),
    activeFireIncidents: t.field({
      type: [FireIncidentRef],
      description: '在办火情: fires still being handled in the division and everything under it, newest first.',
      resolve: async (division, _args, context) => (await context.loaders.activeFireIncidents.load(division.code))?.incidents ?? [],
    }),
    fireDanger: t.field({
      type: FireDangerRatingRef,
      nullable: true,
      description:
        '森林火险等级 on a day (default: today in China): the county\'s own rating, or for a prefecture or ' +
        'province the rating of its most endangered county; null when nothing was rated.',
      args: { date: t.arg({ type: 'Date' }) },
      resolve: async (division, args, context) => {
        const day = args.date ?? chinaDay(context.loaders.requestedAt);
        return (await context.loaders.highestFireDangerOn(day).load(division.code))?.rating ?? null;
      },
    }),
    burnedAreaThisSeason: t.float({
      description: '本防火期过火面积: hectares burned in the division and everything under it in the current season up to `asOf` (default: now).',
      args: { asOf: t.arg({ type: 'DateTime' }) },
      resolve: async (division, args, context) => (await seasonStatisticsOf(division.code, args.asOf, context))?.burnedArea ?? 0,
    }),
    fireSeasonStatistics: t.field({
      type: FireSeasonStatisticsRef,
      nullable: true,
      description: 'Fires of the current season in the division, broken down by severity, cause and child division.',
      args: { asOf: t.arg({ type: 'DateTime' }) },
      resolve: (division, args, context) => seasonStatisticsOf(division.code, args.asOf, context),
    }),
  }),
});

subCompartment.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    fireHistory: t.field({
      type: [FireIncidentRef],
      description: '火灾历史: fires reported in this sub-compartment, newest first.',
      resolve: (subCompartment, _args, context) => context.loaders.fireIncidentsBySubCompartment.load(subCompartment.id),
    }),
  }),
});
