import { checkPageSize, divisionPrefix, type Viewer } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  AgeClassEnum,
  ForestCategoryEnum,
  ForestOriginEnum,
  LandOwnershipEnum,
  PublicWelfareGradeEnum,
} from './enums.js';

export const SubCompartmentRef = builder.prismaObject('SubCompartment', {
  description:
    '小班: the forest inventory unit. `id` is permanent and is what other departments reference; ' +
    '`code` is the inventory number, which a re-survey may change.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Inventory number: forestry unit, compartment and sub-compartment.' }),
    number: t.exposeInt('number'),
    compartment: t.relation('compartment'),
    division: t.relation('division', { description: 'The county the sub-compartment lies in.' }),
    area: t.float({ description: 'Hectares.', resolve: (row) => Number(row.area) }),
    dominantSpecies: t.relation('dominantSpecies'),
    origin: t.expose('origin', { type: ForestOriginEnum }),
    averageAge: t.exposeInt('averageAge', { description: 'Years.' }),
    ageClass: t.expose('ageClass', { type: AgeClassEnum, description: 'Derived from the average age, species and origin.' }),
    stockVolume: t.float({ description: 'Standing stock, cubic metres.', resolve: (row) => Number(row.stockVolume) }),
    stockVolumePerHectare: t.float({
      description: 'm³/ha.',
      resolve: (row) => Math.round((Number(row.stockVolume) / Number(row.area)) * 10) / 10,
    }),
    canopyDensity: t.float({ description: '郁闭度, 0 to 1.', resolve: (row) => Number(row.canopyDensity) }),
    ownership: t.expose('ownership', { type: LandOwnershipEnum }),
    forestCategory: t.expose('forestCategory', { type: ForestCategoryEnum }),
    publicWelfareGrade: t.expose('publicWelfareGrade', { type: PublicWelfareGradeEnum, nullable: true }),
    longitude: t.expose('longitude', { type: 'Longitude' }),
    latitude: t.expose('latitude', { type: 'Latitude' }),
    surveyYear: t.exposeInt('surveyYear'),
    version: t.exposeInt('version', { description: 'Increases with every update; pass it back as `expectedVersion`.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.asEntity(SubCompartmentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => context.loaders.subCompartment.load(reference.id),
});

const SubCompartmentFilter = builder.inputType('SubCompartmentFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    forestryUnitCode: t.id(),
    dominantSpeciesCodes: t.idList(),
    origin: t.field({ type: ForestOriginEnum }),
    ageClasses: t.field({ type: [AgeClassEnum] }),
    forestCategory: t.field({ type: ForestCategoryEnum }),
    publicWelfareGrade: t.field({ type: PublicWelfareGradeEnum }),
    ownership: t.field({ type: LandOwnershipEnum }),
    minArea: t.float({ description: 'Hectares, inclusive.' }),
    maxArea: t.float({ description: 'Hectares, inclusive.' }),
  }),
});

const SubCompartmentSortField = builder.enumType('SubCompartmentSortField', {
  values: ['CODE', 'AREA', 'STOCK_VOLUME', 'AVERAGE_AGE', 'UPDATED_AT'] as const,
});

const SubCompartmentOrder = builder.inputType('SubCompartmentOrder', {
  fields: (t) => ({
    field: t.field({ type: SubCompartmentSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const MAX_PAGE_SIZE = 200;

const SORT_COLUMNS = {
  CODE: 'code',
  AREA: 'area',
  STOCK_VOLUME: 'stockVolume',
  AVERAGE_AGE: 'averageAge',
  UPDATED_AT: 'updatedAt',
} as const;

builder.queryFields((t) => ({
  subCompartment: t.prismaField({
    type: 'SubCompartment',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.subCompartment.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  subCompartmentByCode: t.prismaField({
    type: 'SubCompartment',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) => context.db.subCompartment.findUnique({ ...query, where: { code: args.code } }),
  }),
  subCompartments: t.prismaConnection({
    type: 'SubCompartment',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Sub-compartments matching a filter, in a stable order, paginated by cursor.',
    args: {
      filter: t.arg({ type: SubCompartmentFilter }),
      orderBy: t.arg({ type: SubCompartmentOrder }),
    },
    totalCount: async (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.subCompartment.count({ where: await whereOf(args.filter, context) });
    },
    resolve: async (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
      const column = SORT_COLUMNS[args.orderBy?.field ?? 'CODE'];
      return context.db.subCompartment.findMany({
        ...query,
        where: await whereOf(args.filter, context),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [column]: direction }, { id: 'asc' }],
      });
    },
  }),
}));

type Filter = typeof SubCompartmentFilter.$inferInput;

/** The filter a caller asked for, narrowed to the caller's jurisdiction. */
async function whereOf(
  filter: Filter | null | undefined,
  context: { viewer: Viewer; loaders: { divisionTree: () => Promise<{ countiesUnder(code: string): string[] }> } },
): Promise<Prisma.SubCompartmentWhereInput> {
  const jurisdiction: Prisma.SubCompartmentWhereInput = context.viewer.divisionCode
    ? { divisionCode: { startsWith: divisionPrefix(context.viewer.divisionCode) } }
    : {};
  return { AND: [jurisdiction, await requestedFilter(filter, context)] };
}

async function requestedFilter(
  filter: Filter | null | undefined,
  context: { loaders: { divisionTree: () => Promise<{ countiesUnder(code: string): string[] }> } },
): Promise<Prisma.SubCompartmentWhereInput> {
  if (!filter) return {};
  const counties = filter.divisionCode
    ? (await context.loaders.divisionTree()).countiesUnder(String(filter.divisionCode))
    : undefined;
  return {
    ...(counties ? { divisionCode: { in: counties } } : {}),
    ...(filter.forestryUnitCode ? { compartment: { forestryUnitCode: String(filter.forestryUnitCode) } } : {}),
    ...(filter.dominantSpeciesCodes ? { dominantSpeciesCode: { in: filter.dominantSpeciesCodes.map(String) } } : {}),
    ...(filter.origin ? { origin: filter.origin } : {}),
    ...(filter.ageClasses ? { ageClass: { in: filter.ageClasses } } : {}),
    ...(filter.forestCategory ? { forestCategory: filter.forestCategory } : {}),
    ...(filter.publicWelfareGrade ? { publicWelfareGrade: filter.publicWelfareGrade } : {}),
    ...(filter.ownership ? { ownership: filter.ownership } : {}),
    ...(filter.minArea != null || filter.maxArea != null
      ? { area: { ...(filter.minArea != null ? { gte: filter.minArea } : {}), ...(filter.maxArea != null ? { lte: filter.maxArea } : {}) } }
      : {}),
  };
}
