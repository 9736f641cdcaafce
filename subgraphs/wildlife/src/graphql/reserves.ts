import { checkPageSize, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { withinDivisions } from '../domain/divisions.js';
import { COUNTED } from '../domain/observation-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import { NatureReserveCategoryEnum, NatureReserveLevelEnum } from './enums.js';

export const NatureReserveRef = builder.prismaObject('NatureReserve', {
  description: '自然保护区: a nature reserve, the counties it covers and the species it protects.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public', description: 'Pinyin of the short name, e.g. `zhalong`.' }),
    name: t.exposeString('name', { tag: 'public' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    level: t.expose('level', { tag: 'public', type: NatureReserveLevelEnum }),
    category: t.expose('category', { tag: 'public', type: NatureReserveCategoryEnum }),
    area: t.float({ tag: 'public', description: 'Hectares.', resolve: (reserve) => Number(reserve.area) }),
    establishedYear: t.exposeInt('establishedYear', { tag: 'public' }),
    managingAuthority: t.exposeString('managingAuthority', { tag: 'public', description: '管理机构' }),
    keySpecies: t.relation('keySpecies', {
      tag: 'public',
      description: '主要保护对象: the key protected species, class I first.',
      query: { orderBy: [{ protectionClass: 'asc' }, { code: 'asc' }] },
    }),
    observationCount: t.relationCount('observations', {
      description: 'Monitoring observations recorded in the reserve, rejected ones excluded.',
      where: COUNTED,
    }),
  }),
});

const NatureReserveFilter = builder.inputType('NatureReserveFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: reserves covering any part of it match.' }),
    level: t.field({ type: NatureReserveLevelEnum }),
    category: t.field({ type: NatureReserveCategoryEnum }),
    keySpeciesCode: t.id({ description: 'Reserves that list this species among their key protected species.' }),
  }),
});

const NatureReserveSortField = builder.enumType('NatureReserveSortField', {
  values: ['CODE', 'AREA', 'ESTABLISHED_YEAR'] as const,
});

const NatureReserveOrder = builder.inputType('NatureReserveOrder', {
  fields: (t) => ({
    field: t.field({ type: NatureReserveSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const SORT_COLUMNS = { CODE: 'code', AREA: 'area', ESTABLISHED_YEAR: 'establishedYear' } as const;

const MAX_PAGE_SIZE = 100;

function whereOf(filter: typeof NatureReserveFilter.$inferInput | null | undefined): Prisma.NatureReserveWhereInput {
  if (!filter) return {};
  return {
    ...(filter.divisionCode ? { counties: { some: withinDivisions([String(filter.divisionCode)]) } } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.keySpeciesCode ? { keySpecies: { some: { code: String(filter.keySpeciesCode) } } } : {}),
  };
}

builder.queryFields((t) => ({
  natureReserve: t.prismaField({
    ...PUBLIC,
    type: 'NatureReserve',
    nullable: true,
    description: 'A nature reserve by its code.',
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.natureReserve.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  natureReserves: t.prismaConnection({
    type: 'NatureReserve',
    cursor: 'code',
    defaultSize: 50,
    maxSize: MAX_PAGE_SIZE,
    description: 'Nature reserves matching a filter, e.g. those of a division.',
    args: {
      filter: t.arg({ type: NatureReserveFilter }),
      orderBy: t.arg({ type: NatureReserveOrder }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.natureReserve.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
      return context.db.natureReserve.findMany({
        ...query,
        where: whereOf(args.filter),
        orderBy: [{ [SORT_COLUMNS[args.orderBy?.field ?? 'CODE']]: direction }, { code: 'asc' }],
      });
    },
  }),
}));
