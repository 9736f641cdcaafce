import { checkPageSize, parseInput, PUBLIC, userInputError } from '@forestry/subgraph-runtime';
import { builder, SortDirection, type Context } from '../builder.js';
import { itemPublication } from '../domain/publication-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import { DisclosureDepartmentEnum } from './enums.js';
import { chinaDateRange } from './date-range.js';
import { nextNumber } from './numbering.js';
import { PUBLIC_CONNECTION, PUBLIC_EDGE } from './visibility.js';

builder.prismaObject('DisclosureCategory', {
  description: '政务公开目录: a heading of the disclosure catalogue. Sub-headings extend the code by two digits.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public' }),
    name: t.exposeString('name', { tag: 'public' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    description: t.exposeString('description', { tag: 'public', nullable: true }),
    parent: t.relation('parent', { tag: 'public', nullable: true }),
    children: t.relation('children', { tag: 'public', query: { orderBy: { position: 'asc' } } }),
    itemCount: t.int({
      tag: 'public',
      description: 'Items published under this heading and its sub-headings.',
      resolve: async (category, _args, context) => (await context.loaders.itemCountsByCategory()).under(category.code),
    }),
  }),
});

builder.prismaObject('DisclosureItem', {
  description: '主动公开信息: information the department publishes on its own initiative.',
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    indexNumber: t.exposeString('indexNumber', { tag: 'public', description: '索引号, e.g. ZDGK-2026-00321.' }),
    title: t.exposeString('title', { tag: 'public' }),
    body: t.exposeString('body', { tag: 'public' }),
    category: t.relation('category', { tag: 'public' }),
    department: t.expose('department', { tag: 'public', type: DisclosureDepartmentEnum }),
    publishedAt: t.expose('publishedAt', { tag: 'public', type: 'DateTime' }),
  }),
});

const DisclosureItemFilter = builder.inputType('DisclosureItemFilter', {
  fields: (t) => ({
    categoryCode: t.id({ description: 'A heading: items under its sub-headings match too.' }),
    department: t.field({ type: DisclosureDepartmentEnum }),
    publishedFrom: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    publishedTo: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    titleContains: t.string(),
  }),
});

const MAX_PAGE_SIZE = 100;

type ItemFilter = typeof DisclosureItemFilter.$inferInput;

function itemWhere(filter: ItemFilter | null | undefined): Prisma.DisclosureItemWhereInput {
  if (!filter) return {};
  return {
    categoryCode: filter.categoryCode ? { startsWith: String(filter.categoryCode) } : undefined,
    department: filter.department ?? undefined,
    publishedAt: chinaDateRange(filter.publishedFrom, filter.publishedTo),
    title: filter.titleContains ? { contains: filter.titleContains } : undefined,
  };
}

builder.queryFields((t) => ({
  disclosureCatalogue: t.prismaField({
    ...PUBLIC,
    type: ['DisclosureCategory'],
    description: 'The top-level headings of the disclosure catalogue, in catalogue order.',
    resolve: (query, _root, _args, context) =>
      context.db.disclosureCategory.findMany({ ...query, where: { parentCode: null }, orderBy: { position: 'asc' } }),
  }),
  disclosureCategory: t.prismaField({
    ...PUBLIC,
    type: 'DisclosureCategory',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.disclosureCategory.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  disclosureItem: t.prismaField({
    ...PUBLIC,
    type: 'DisclosureItem',
    nullable: true,
    args: { indexNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.disclosureItem.findUnique({ ...query, where: { indexNumber: args.indexNumber } }),
  }),
  disclosureItems: t.prismaConnection(
    {
      ...PUBLIC,
      type: 'DisclosureItem',
      cursor: 'id',
      defaultSize: 20,
      maxSize: MAX_PAGE_SIZE,
      description: 'Published items matching a filter, newest first unless told otherwise.',
      args: {
        filter: t.arg({ type: DisclosureItemFilter }),
        direction: t.arg({ type: SortDirection, defaultValue: 'DESC', description: 'By publication time.' }),
      },
      totalCount: (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.disclosureItem.count({ where: itemWhere(args.filter) });
      },
      resolve: (query, _root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.disclosureItem.findMany({
          ...query,
          where: itemWhere(args.filter),
          orderBy: [{ publishedAt: args.direction === 'ASC' ? 'asc' : 'desc' }, { id: 'asc' }],
        });
      },
    },
    PUBLIC_CONNECTION,
    PUBLIC_EDGE,
  ),
}));

const PublishItemInput = builder.inputType('PublishDisclosureItemInput', {
  fields: (t) => ({
    categoryCode: t.id({ required: true, description: 'A leaf heading of the catalogue.' }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    department: t.field({ type: DisclosureDepartmentEnum, required: true }),
    drafter: t.string({ required: true, description: '拟稿人.' }),
    reviewer: t.string({ required: true, description: '保密审查人: someone other than the drafter.' }),
  }),
});

builder.mutationFields((t) => ({
  publishItem: t.prismaField({
    type: 'DisclosureItem',
    description: 'Publishes an item (主动公开) under a leaf heading, after its confidentiality review; assigns its index number.',
    args: { input: t.arg({ type: PublishItemInput, required: true }) },
    resolve: (query, _root, { input }, context: Context) => {
      const item = parseInput(itemPublication, input);
      return context.db.$transaction(async (tx) => {
        const category = await tx.disclosureCategory.findUnique({
          where: { code: item.categoryCode },
          include: { _count: { select: { children: true } } },
        });
        if (!category) {
          throw userInputError(`Heading ${item.categoryCode} does not exist`, [{ field: 'input.categoryCode', message: 'does not exist' }]);
        }
        if (category._count.children > 0) {
          throw userInputError(`Heading ${category.code} has sub-headings; file the item under one of them`, [
            { field: 'input.categoryCode', message: 'must be a heading without sub-headings' },
          ]);
        }
        const publishedAt = new Date();
        return tx.disclosureItem.create({
          ...query,
          data: { ...item, publishedAt, indexNumber: await nextNumber(tx, 'disclosureItem', publishedAt) },
        });
      });
    },
  }),
}));
