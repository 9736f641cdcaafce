import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { DivisionLevelEnum } from './enums.js';
import { ForestStatisticsRef } from './statistics.js';

export const DivisionRef = builder.prismaObject('Division', {
  description: '行政区划: a province, prefecture or county, identified by its GB/T 2260 code.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public', description: 'GB/T 2260 code, e.g. 230700.' }),
    name: t.exposeString('name', { tag: 'public', description: 'Official Chinese name.' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    level: t.expose('level', { type: DivisionLevelEnum, tag: 'public' }),
    longitude: t.expose('longitude', { type: 'Longitude', tag: 'public' }),
    latitude: t.expose('latitude', { type: 'Latitude', tag: 'public' }),
    parent: t.relation('parent', { nullable: true, tag: 'public' }),
    children: t.relation('children', { tag: 'public', query: { orderBy: { code: 'asc' } } }),
    forestryUnits: t.relation('forestryUnits', { query: { orderBy: { code: 'asc' } } }),
    projects: t.relation('projects', {
      tag: 'public',
      description: 'Key forestry projects that cover this division.',
      query: { orderBy: { code: 'asc' } },
    }),
    forestStatistics: t.field({
      type: ForestStatisticsRef,
      tag: 'public',
      description: 'Forest area and stock volume of the division and everything under it.',
      resolve: async (division, _args, context) => (await context.loaders.forestStatistics.load(division.code))!,
    }),
  }),
});

builder.asEntity(DivisionRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (reference, context) => context.loaders.division.load(reference.code),
});

builder.queryFields((t) => ({
  division: t.prismaField({
    ...PUBLIC,
    type: 'Division',
    nullable: true,
    description: 'A division by its GB/T 2260 code.',
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.division.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  divisions: t.prismaField({
    ...PUBLIC,
    type: ['Division'],
    description: 'Divisions of a level and/or under a parent, ordered by code.',
    args: {
      level: t.arg({ type: DivisionLevelEnum }),
      parentCode: t.arg.id(),
    },
    resolve: (query, _root, args, context) =>
      context.db.division.findMany({
        ...query,
        where: {
          ...(args.level ? { level: args.level } : {}),
          ...(args.parentCode ? { parentCode: String(args.parentCode) } : {}),
        },
        orderBy: { code: 'asc' },
      }),
  }),
}));
