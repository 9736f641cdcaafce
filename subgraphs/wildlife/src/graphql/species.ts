import { checkPageSize, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { groupsOf, isThreatened, kingdomOf } from '../domain/species.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  IucnRedListCategoryEnum,
  WildlifeGroupEnum,
  WildlifeKingdomEnum,
  WildlifeProtectionClassEnum,
} from './enums.js';

export const WildlifeSpeciesRef = builder.prismaObject('WildlifeSpecies', {
  description: '野生动植物物种: a wild animal or plant species with its protection class and IUCN Red List category.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public', description: 'The scientific name in kebab case, e.g. `panthera-tigris-altaica`.' }),
    scientificName: t.exposeString('scientificName', { tag: 'public', description: '学名' }),
    name: t.exposeString('name', { tag: 'public', description: '中文名' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    group: t.expose('group', { tag: 'public', type: WildlifeGroupEnum }),
    kingdom: t.field({ tag: 'public', type: WildlifeKingdomEnum, resolve: (species) => kingdomOf(species.group) }),
    family: t.exposeString('family', { tag: 'public', description: '科, Chinese and Latin, e.g. `猫科 Felidae`.' }),
    protectionClass: t.expose('protectionClass', { tag: 'public', type: WildlifeProtectionClassEnum }),
    iucnCategory: t.expose('iucnCategory', { tag: 'public', type: IucnRedListCategoryEnum }),
    threatened: t.boolean({
      tag: 'public',
      description: '受威胁物种: IUCN category CR, EN or VU.',
      resolve: (species) => isThreatened(species.iucnCategory),
    }),
    wildPopulationsOnly: t.exposeBoolean('wildPopulationsOnly', {
      tag: 'public',
      description: '仅限野外种群: only wild populations are listed; farmed stock is not protected.',
    }),
    reserves: t.relation('reserves', {
      tag: 'public',
      description: 'Nature reserves that list the species among their key protected species.',
      query: { orderBy: { code: 'asc' } },
    }),
  }),
});

const WildlifeSpeciesFilter = builder.inputType('WildlifeSpeciesFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the Chinese, scientific or English name, case-insensitive.' }),
    protectionClasses: t.field({ type: [WildlifeProtectionClassEnum] }),
    iucnCategories: t.field({ type: [IucnRedListCategoryEnum] }),
    groups: t.field({ type: [WildlifeGroupEnum] }),
    kingdom: t.field({ type: WildlifeKingdomEnum }),
  }),
});

const WildlifeSpeciesSortField = builder.enumType('WildlifeSpeciesSortField', {
  values: ['PROTECTION_CLASS', 'SCIENTIFIC_NAME', 'IUCN_CATEGORY'] as const,
});

const WildlifeSpeciesOrder = builder.inputType('WildlifeSpeciesOrder', {
  fields: (t) => ({
    field: t.field({ type: WildlifeSpeciesSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const SORT_COLUMNS = {
  // Enums sort in declaration order: class I first, most threatened first.
  PROTECTION_CLASS: 'protectionClass',
  SCIENTIFIC_NAME: 'scientificName',
  IUCN_CATEGORY: 'iucnCategory',
} as const;

const MAX_PAGE_SIZE = 100;

function whereOf(filter: typeof WildlifeSpeciesFilter.$inferInput | null | undefined): Prisma.WildlifeSpeciesWhereInput {
  if (!filter) return {};
  const search = filter.search?.trim();
  return {
    ...(search
      ? {
          OR: [
            { name: { contains: search } },
            { scientificName: { contains: search, mode: 'insensitive' } },
            { nameEn: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(filter.protectionClasses ? { protectionClass: { in: filter.protectionClasses } } : {}),
    ...(filter.iucnCategories ? { iucnCategory: { in: filter.iucnCategories } } : {}),
    ...(filter.groups || filter.kingdom
      ? {
          AND: [
            ...(filter.groups ? [{ group: { in: filter.groups } }] : []),
            ...(filter.kingdom ? [{ group: { in: groupsOf(filter.kingdom) } }] : []),
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  wildlifeSpeciesByCode: t.prismaField({
    ...PUBLIC,
    type: 'WildlifeSpecies',
    nullable: true,
    description: 'A species by its code.',
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.wildlifeSpecies.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  wildlifeSpecies: t.prismaConnection({
    type: 'WildlifeSpecies',
    cursor: 'code',
    defaultSize: 50,
    maxSize: MAX_PAGE_SIZE,
    description: '物种名录: species matching a filter, class-I species first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: WildlifeSpeciesFilter }),
      orderBy: t.arg({ type: WildlifeSpeciesOrder }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.wildlifeSpecies.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
      return context.db.wildlifeSpecies.findMany({
        ...query,
        where: whereOf(args.filter),
        orderBy: [{ [SORT_COLUMNS[args.orderBy?.field ?? 'PROTECTION_CLASS']]: direction }, { code: 'asc' }],
      });
    },
  }),
}));
