import { checkPageSize, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, SortDirection, type Context } from '../builder.js';
import { chinaDay } from '../domain/calendar.js';
import { byDanger, type FireDangerLevel } from '../domain/fire-danger.js';
import type { FireDangerRating, Prisma } from '../generated/prisma/client.js';
import { atOrUnder, given, MAX_PAGE_SIZE } from './arguments.js';
import { FireDangerLevelEnum } from './enums.js';
import { DivisionRef } from './federation.js';

export const FireDangerRatingRef = builder.prismaObject('FireDangerRating', {
  description: '森林火险等级: the fire-danger rating of a county on a day, derived from the weather of the day. Public, as forecasts are.',
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    division: t.field({ tag: 'public', type: DivisionRef, description: 'The county.', resolve: (rating) => ({ code: rating.divisionCode }) }),
    date: t.expose('date', { tag: 'public', type: 'Date' }),
    level: t.field({ tag: 'public', type: FireDangerLevelEnum, description: 'Derived from the weather index.', resolve: (rating) => rating.level as FireDangerLevel }),
    weatherIndex: t.exposeInt('weatherIndex', { tag: 'public', description: '森林火险气象指数, 0 to 100, derived from the four inputs.' }),
    maxTemperature: t.float({ tag: 'public', description: '日最高气温, °C.', resolve: (rating) => Number(rating.maxTemperature) }),
    minHumidity: t.exposeInt('minHumidity', { tag: 'public', description: '日最小相对湿度, %.' }),
    windForce: t.exposeInt('windForce', { tag: 'public', description: '风力等级 (Beaufort).' }),
    daysSinceRain: t.exposeInt('daysSinceRain', { tag: 'public', description: '连续无降水日数.' }),
  }),
});

const FireDangerPeakRef = builder.objectRef<{ date: Date; level: number; ratings: FireDangerRating[] }>('FireDangerPeak');
FireDangerPeakRef.implement({
  description: 'The highest fire-danger level of a day and the counties that reach it.',
  fields: (t) => ({
    date: t.field({ tag: 'public', type: 'Date', resolve: (peak) => peak.date }),
    level: t.field({ tag: 'public', type: FireDangerLevelEnum, resolve: (peak) => peak.level as FireDangerLevel }),
    ratings: t.field({
      tag: 'public',
      type: [FireDangerRatingRef],
      description: 'The counties at that level, highest index first.',
      resolve: (peak) => peak.ratings,
    }),
  }),
});

const FireDangerRatingFilter = builder.inputType('FireDangerRatingFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    from: t.field({ type: 'Date', description: 'First day, inclusive.' }),
    to: t.field({ type: 'Date', description: 'Last day, inclusive.' }),
    minLevel: t.field({ type: FireDangerLevelEnum }),
  }),
});

const FireDangerRatingSortField = builder.enumType('FireDangerRatingSortField', {
  values: ['DATE', 'LEVEL', 'WEATHER_INDEX'] as const,
});

const FireDangerRatingOrder = builder.inputType('FireDangerRatingOrder', {
  fields: (t) => ({
    field: t.field({ type: FireDangerRatingSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const SORT_COLUMNS = { DATE: 'date', LEVEL: 'level', WEATHER_INDEX: 'weatherIndex' } as const;

function whereOf(filter: typeof FireDangerRatingFilter.$inferInput | null | undefined): Prisma.FireDangerRatingWhereInput {
  if (!filter) return {};
  return {
    ...atOrUnder(filter.divisionCode, 'filter.divisionCode'),
    ...(given(filter.from) || given(filter.to)
      ? { date: { ...(given(filter.from) ? { gte: filter.from } : {}), ...(given(filter.to) ? { lte: filter.to } : {}) } }
      : {}),
    ...(given(filter.minLevel) ? { level: { gte: filter.minLevel } } : {}),
  };
}

/** The day asked for, or the current day in China. */
function dayOf(date: Date | null | undefined, context: Context): Date {
  return date ?? chinaDay(context.loaders.requestedAt);
}

builder.queryFields((t) => ({
  fireDangerRatings: t.prismaConnection({
    type: 'FireDangerRating',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Daily fire-danger ratings matching a filter; newest day first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: FireDangerRatingFilter }),
      orderBy: t.arg({ type: FireDangerRatingOrder }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireDangerRating.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const order = args.orderBy ?? { field: 'DATE' as const, direction: 'DESC' as const };
      const direction = order.direction === 'DESC' ? 'desc' : 'asc';
      return context.db.fireDangerRating.findMany({
        ...query,
        where: whereOf(args.filter),
        // The county and the id break ties so that cursors are stable under any sort.
        orderBy: [{ [SORT_COLUMNS[order.field]]: direction }, { divisionCode: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  fireDangerByDivision: t.prismaField({
    ...PUBLIC,
    type: ['FireDangerRating'],
    description: 'The rating of every county at or under a division on a day (default: today in China), worst first.',
    args: {
      divisionCode: t.arg.id({ required: true }),
      date: t.arg({ type: 'Date' }),
    },
    resolve: async (query, _root, args, context) => {
      const ratings = await context.db.fireDangerRating.findMany({
        ...query,
        where: { date: dayOf(args.date, context), ...atOrUnder(args.divisionCode) },
      });
      return ratings.sort(byDanger);
    },
  }),
  highestFireDanger: t.field({
    ...PUBLIC,
    type: FireDangerPeakRef,
    nullable: true,
    description: 'The highest fire-danger level of a day (default: today in China), at or under a division if given; null when nothing was rated.',
    args: {
      date: t.arg({ type: 'Date' }),
      divisionCode: t.arg.id(),
    },
    resolve: async (_root, args, context) => {
      const date = dayOf(args.date, context);
      const ratings = (await context.db.fireDangerRating.findMany({ where: { date, ...atOrUnder(args.divisionCode) } })).sort(byDanger);
      const level = ratings[0]?.level;
      return level === undefined ? null : { date, level, ratings: ratings.filter((rating) => rating.level === level) };
    },
  }),
}));
