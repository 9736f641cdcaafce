import { checkPageSize, divisionPrefix } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import { PestKindEnum, PestOccurrenceStatusEnum, PestSeverityEnum } from './enums.js';
import { DivisionRef, SubCompartmentRef } from './federation.js';

export const PestOccurrenceRef = builder.prismaObject('PestOccurrence', {
  description: '发生调查: a pest or disease found by a survey in one sub-compartment.',
  fields: (t) => ({
    id: t.exposeID('id'),
    pest: t.relation('pest'),
    subCompartment: t.field({ type: SubCompartmentRef, resolve: (occurrence) => ({ id: occurrence.subCompartmentId }) }),
    division: t.field({
      type: DivisionRef,
      description: 'The county of the sub-compartment.',
      resolve: (occurrence) => ({ code: occurrence.divisionCode }),
    }),
    surveyedOn: t.expose('surveyedOn', { type: 'Date' }),
    surveyor: t.exposeString('surveyor'),
    indicatorValue: t.exposeFloat('indicatorValue', { description: "The survey's value of the pest's severity indicator." }),
    severity: t.expose('severity', { type: PestSeverityEnum, description: "Derived from the indicator value and the pest's thresholds." }),
    affectedArea: t.float({ description: 'Hectares.', resolve: (occurrence) => Number(occurrence.affectedArea) }),
    status: t.expose('status', { type: PestOccurrenceStatusEnum }),
    controlledOn: t.expose('controlledOn', { type: 'Date', nullable: true, description: 'Day of the treatment that controlled it.' }),
    notes: t.exposeString('notes', { nullable: true }),
    treatments: t.relation('treatments', { query: { orderBy: [{ treatedOn: 'asc' }, { id: 'asc' }] } }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const PestOccurrenceFilter = builder.inputType('PestOccurrenceFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    pestCodes: t.idList(),
    kinds: t.field({ type: [PestKindEnum] }),
    quarantinePestsOnly: t.boolean({ description: 'Only national and provincial quarantine pests.' }),
    severities: t.field({ type: [PestSeverityEnum] }),
    statuses: t.field({ type: [PestOccurrenceStatusEnum] }),
    subCompartmentId: t.id(),
    surveyedFrom: t.field({ type: 'Date', description: 'Inclusive.' }),
    surveyedTo: t.field({ type: 'Date', description: 'Inclusive.' }),
  }),
});

const PestOccurrenceSortField = builder.enumType('PestOccurrenceSortField', {
  values: ['SURVEYED_ON', 'AFFECTED_AREA', 'SEVERITY'] as const,
});

const PestOccurrenceOrder = builder.inputType('PestOccurrenceOrder', {
  fields: (t) => ({
    field: t.field({ type: PestOccurrenceSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const MAX_PAGE_SIZE = 200;

const SORT_COLUMNS = { SURVEYED_ON: 'surveyedOn', AFFECTED_AREA: 'affectedArea', SEVERITY: 'severity' } as const;

type Filter = typeof PestOccurrenceFilter.$inferInput;

function whereOf(filter: Filter | null | undefined): Prisma.PestOccurrenceWhereInput {
  if (!filter) return {};
  return {
    ...(filter.divisionCode ? { divisionCode: { startsWith: divisionPrefix(String(filter.divisionCode)) } } : {}),
    ...(filter.pestCodes ? { pestCode: { in: filter.pestCodes.map(String) } } : {}),
    ...(filter.kinds || filter.quarantinePestsOnly
      ? {
          pest: {
            ...(filter.kinds ? { kind: { in: filter.kinds } } : {}),
            ...(filter.quarantinePestsOnly ? { quarantineCategory: { not: 'NONE' as const } } : {}),
          },
        }
      : {}),
    ...(filter.severities ? { severity: { in: filter.severities } } : {}),
    ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
    ...(filter.subCompartmentId ? { subCompartmentId: String(filter.subCompartmentId) } : {}),
    ...(filter.surveyedFrom || filter.surveyedTo
      ? { surveyedOn: { ...(filter.surveyedFrom ? { gte: filter.surveyedFrom } : {}), ...(filter.surveyedTo ? { lte: filter.surveyedTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  pestOccurrence: t.prismaField({
    type: 'PestOccurrence',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.pestOccurrence.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  pestOccurrences: t.prismaConnection({
    type: 'PestOccurrence',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Occurrences matching a filter, newest survey first unless ordered otherwise, paginated by cursor.',
    args: {
      filter: t.arg({ type: PestOccurrenceFilter }),
      orderBy: t.arg({ type: PestOccurrenceOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.pestOccurrence.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const order = args.orderBy ?? { field: 'SURVEYED_ON' as const, direction: 'DESC' as const };
      return context.db.pestOccurrence.findMany({
        ...query,
        where: whereOf(args.filter),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [SORT_COLUMNS[order.field]]: order.direction === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
