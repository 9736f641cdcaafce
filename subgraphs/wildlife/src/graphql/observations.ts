import { checkPageSize, userInputError, type Viewer } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { withinDivisions } from '../domain/divisions.js';
import { COUNTED } from '../domain/observation-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import { totalsBySpecies, type SpeciesTotals } from '../loaders/division-wildlife.js';
import {
  WildlifeObservationMethodEnum,
  WildlifeProtectionClassEnum,
  WildlifeVerificationStatusEnum,
} from './enums.js';
import { jurisdictionPrefix } from './jurisdiction.js';
import { NatureReserveRef } from './reserves.js';
import { WildlifeSpeciesRef } from './species.js';

export const WildlifeObservationRef = builder.prismaObject('WildlifeObservation', {
  description: '监测记录: an observation of a species at a place and time, and its verification.',
  fields: (t) => ({
    id: t.exposeID('id'),
    species: t.relation('species'),
    reserve: t.relation('reserve', { nullable: true, description: 'The reserve, when recorded inside one.' }),
    observedAt: t.expose('observedAt', { type: 'DateTime' }),
    observer: t.exposeString('observer', { description: '监测人员' }),
    method: t.expose('method', { type: WildlifeObservationMethodEnum }),
    individualCount: t.exposeInt('individualCount', { description: 'Individuals (plants: stems) counted.' }),
    evidenceRef: t.exposeString('evidenceRef', { nullable: true, description: 'Photo, video, recording or file id of the evidence.' }),
    longitude: t.expose('longitude', { type: 'Longitude' }),
    latitude: t.expose('latitude', { type: 'Latitude' }),
    note: t.exposeString('note', { nullable: true }),
    verificationStatus: t.expose('verificationStatus', { type: WildlifeVerificationStatusEnum }),
    verifiedBy: t.exposeString('verifiedBy', { nullable: true }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    recordedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was entered.' }),
  }),
});

const WildlifeObservationFilter = builder.inputType('WildlifeObservationFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    speciesCodes: t.idList(),
    reserveCodes: t.idList(),
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    divisionCodes: t.idList({ description: 'Explicit county-level codes; any of them matches.' }),
    subCompartmentId: t.id(),
    observedFrom: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    observedTo: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    verificationStatuses: t.field({ type: [WildlifeVerificationStatusEnum] }),
    methods: t.field({ type: [WildlifeObservationMethodEnum] }),
    protectionClasses: t.field({ type: [WildlifeProtectionClassEnum], description: 'Of the species observed.' }),
  }),
});

const WildlifeObservationSortField = builder.enumType('WildlifeObservationSortField', {
  values: ['OBSERVED_AT', 'INDIVIDUAL_COUNT'] as const,
});

const WildlifeObservationOrder = builder.inputType('WildlifeObservationOrder', {
  fields: (t) => ({
    field: t.field({ type: WildlifeObservationSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'DESC' }),
  }),
});

const SORT_COLUMNS = { OBSERVED_AT: 'observedAt', INDIVIDUAL_COUNT: 'individualCount' } as const;

const MAX_PAGE_SIZE = 200;

type Filter = typeof WildlifeObservationFilter.$inferInput;

/** A half-open period [from, to); `toField` names the argument blamed when it is empty. */
function period(from: Date | null | undefined, to: Date | null | undefined, toField: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  if (from && to && from >= to) {
    throw userInputError('The period is empty', [{ field: toField, message: 'must be after the start of the period' }]);
  }
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
}

/** Observations in the viewer's jurisdiction (everything for province-level and platform users). */
function inJurisdiction(viewer: Viewer): Prisma.WildlifeObservationWhereInput {
  const prefix = jurisdictionPrefix(viewer);
  return prefix ? { divisionCode: { startsWith: prefix } } : {};
}

/** The filter a caller asked for, narrowed to the caller's jurisdiction. */
function whereOf(filter: Filter | null | undefined, viewer: Viewer): Prisma.WildlifeObservationWhereInput {
  if (!filter) return inJurisdiction(viewer);
  const observedAt = period(filter.observedFrom, filter.observedTo, 'filter.observedTo');
  return {
    AND: [
      inJurisdiction(viewer),
      filter.speciesCodes ? { speciesCode: { in: filter.speciesCodes.map(String) } } : {},
      filter.reserveCodes ? { reserveCode: { in: filter.reserveCodes.map(String) } } : {},
      filter.divisionCode ? withinDivisions([String(filter.divisionCode)]) : {},
      filter.divisionCodes ? { divisionCode: { in: filter.divisionCodes.map(String) } } : {},
      filter.subCompartmentId ? { subCompartmentId: String(filter.subCompartmentId) } : {},
      observedAt ? { observedAt } : {},
      filter.verificationStatuses ? { verificationStatus: { in: filter.verificationStatuses } } : {},
      filter.methods ? { method: { in: filter.methods } } : {},
      filter.protectionClasses ? { species: { protectionClass: { in: filter.protectionClasses } } } : {},
    ],
  };
}

export const WildlifeSpeciesTotalsRef = builder.objectRef<SpeciesTotals>('WildlifeSpeciesTotals');
WildlifeSpeciesTotalsRef.implement({
  description: 'How often, and in what numbers, one species was recorded (rejected records excluded).',
  fields: (t) => ({
    species: t.field({
      type: WildlifeSpeciesRef,
      resolve: async (totals, _args, context) => (await context.loaders.species.load(totals.speciesCode))!,
    }),
    observationCount: t.exposeInt('observationCount'),
    individualCount: t.exposeInt('individualCount', { description: 'Individuals counted, summed over the records.' }),
    lastObservedAt: t.expose('lastObservedAt', { type: 'DateTime' }),
  }),
});

interface ReserveTotals {
  reserveCode: string;
  observationCount: number;
  individualCount: number;
  bySpecies: SpeciesTotals[];
}

const WildlifeReserveObservationsRef = builder.objectRef<ReserveTotals>('WildlifeReserveObservations');
WildlifeReserveObservationsRef.implement({
  description: 'The observations of a reserve in a period, in total and by species.',
  fields: (t) => ({
    reserve: t.field({
      type: NatureReserveRef,
      resolve: async (totals, _args, context) => (await context.loaders.natureReserve.load(totals.reserveCode))!,
    }),
    observationCount: t.exposeInt('observationCount'),
    individualCount: t.exposeInt('individualCount'),
    speciesCount: t.int({ resolve: (totals) => totals.bySpecies.length }),
    bySpecies: t.field({
      type: [WildlifeSpeciesTotalsRef],
      description: 'Most-recorded species first.',
      resolve: (totals) => totals.bySpecies,
    }),
  }),
});

builder.queryFields((t) => ({
  wildlifeObservation: t.prismaField({
    type: 'WildlifeObservation',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.wildlifeObservation.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  wildlifeObservations: t.prismaConnection({
    type: 'WildlifeObservation',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: '监测记录查询: observations matching a filter, newest first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: WildlifeObservationFilter }),
      orderBy: t.arg({ type: WildlifeObservationOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.wildlifeObservation.count({ where: whereOf(args.filter, context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
      return context.db.wildlifeObservation.findMany({
        ...query,
        where: whereOf(args.filter, context.viewer),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [SORT_COLUMNS[args.orderBy?.field ?? 'OBSERVED_AT']]: direction }, { id: 'asc' }],
      });
    },
  }),
  wildlifeObservationsByReserve: t.field({
    type: [WildlifeReserveObservationsRef],
    description:
      '各保护区重点物种监测统计: observations of the species of one protection class (national class I by default) ' +
      'per reserve in a period, most-recorded reserve first. Reserves without such records are left out; ' +
      'rejected records never count, and only records in the caller’s jurisdiction do.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Inclusive.' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Exclusive.' }),
      protectionClass: t.arg({ type: WildlifeProtectionClassEnum, defaultValue: 'NATIONAL_CLASS_I' }),
      verifiedOnly: t.arg.boolean({ defaultValue: false, description: 'Count verified records only.' }),
    },
    resolve: async (_root, args, context) => {
      const groups = await context.db.wildlifeObservation.groupBy({
        by: ['reserveCode', 'speciesCode'],
        where: {
          ...inJurisdiction(context.viewer),
          ...(args.verifiedOnly ? { verificationStatus: 'VERIFIED' } : COUNTED),
          reserveCode: { not: null },
          observedAt: period(args.from, args.to, 'to'),
          species: { protectionClass: args.protectionClass ?? 'NATIONAL_CLASS_I' },
        },
        _count: { _all: true },
        _sum: { individualCount: true },
        _max: { observedAt: true },
      });
      const byReserve = new Map<string, typeof groups>();
      for (const group of groups) byReserve.set(group.reserveCode!, [...(byReserve.get(group.reserveCode!) ?? []), group]);
      return [...byReserve]
        .map(([reserveCode, rows]) => {
          const bySpecies = totalsBySpecies(rows);
          return {
            reserveCode,
            observationCount: bySpecies.reduce((sum, totals) => sum + totals.observationCount, 0),
            individualCount: bySpecies.reduce((sum, totals) => sum + totals.individualCount, 0),
            bySpecies,
          };
        })
        .sort((a, b) => b.observationCount - a.observationCount || a.reserveCode.localeCompare(b.reserveCode));
    },
  }),
}));
