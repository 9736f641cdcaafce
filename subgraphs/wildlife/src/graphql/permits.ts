import { checkPageSize, divisionPrefix, userInputError, type Viewer } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import {
  daysUntilExpiry,
  effectiveStatus,
  EFFECTIVE_PERMIT_STATUSES,
  whereEffectiveStatus,
  whereExpiringWithin,
  type EffectivePermitStatus,
} from '../domain/permit-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  WildlifeApprovalAuthorityEnum,
  WildlifePermitKindEnum,
  WildlifePermitStatusEnum,
} from './enums.js';
import { jurisdictionPrefix } from './jurisdiction.js';

builder.prismaObject('WildlifePermit', {
  description: '野生动植物行政许可: a permit for a quantity of one species, and its lifecycle.',
  fields: (t) => ({
    id: t.exposeID('id'),
    permitNumber: t.exposeString('permitNumber', { nullable: true, description: '许可证号, assigned on issue.' }),
    kind: t.expose('kind', { type: WildlifePermitKindEnum }),
    status: t.field({
      type: WildlifePermitStatusEnum,
      description: 'The status at `asOf` (default: now); expiry is derived from `validUntil`.',
      args: { asOf: t.arg({ type: 'DateTime' }) },
      resolve: (permit, args) => effectiveStatus(permit, args.asOf ?? new Date()),
    }),
    holderName: t.exposeString('holderName', { description: '持证单位' }),
    holderCreditCode: t.exposeString('holderCreditCode', { description: '统一社会信用代码' }),
    species: t.relation('species'),
    quantity: t.exposeInt('quantity'),
    remainingQuantity: t.exposeInt('remainingQuantity', { description: 'What is left after the recorded uses.' }),
    unit: t.exposeString('unit', { description: 'Counting unit, e.g. 只, 头, 株.' }),
    purpose: t.exposeString('purpose'),
    validFrom: t.expose('validFrom', { type: 'DateTime' }),
    validUntil: t.expose('validUntil', { type: 'DateTime', description: 'The permit expires at this instant.' }),
    daysUntilExpiry: t.int({
      nullable: true,
      description: 'Whole days from `asOf` (default: now) to `validUntil`; null once expired or when not in force.',
      args: { asOf: t.arg({ type: 'DateTime' }) },
      resolve: (permit, args) => daysUntilExpiry(permit, args.asOf ?? new Date()),
    }),
    requiredAuthority: t.expose('requiredAuthority', {
      type: WildlifeApprovalAuthorityEnum,
      description: 'The lowest authority that may approve it: national for class-I species.',
    }),
    decidingAuthority: t.expose('decidingAuthority', { type: WildlifeApprovalAuthorityEnum, nullable: true }),
    decidedBy: t.exposeString('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', nullable: true }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime' }),
    history: t.relation('events', {
      description: 'Every status change, oldest first.',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
    uses: t.relation('uses', { description: 'Recorded uses, oldest first.', query: { orderBy: [{ usedAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('WildlifePermitEvent', {
  description: 'A status change of a permit, for supervision (网上监督).',
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: WildlifePermitStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: WildlifePermitStatusEnum }),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

builder.prismaObject('WildlifePermitUse', {
  description: 'A use of part of a permit’s quantity, e.g. one consignment transported.',
  fields: (t) => ({
    quantity: t.exposeInt('quantity'),
    usedAt: t.expose('usedAt', { type: 'DateTime' }),
    recordedBy: t.exposeString('recordedBy'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const WildlifePermitFilter = builder.inputType('WildlifePermitFilter', {
  description: 'All given conditions must hold; statuses are evaluated at `asOf`.',
  fields: (t) => ({
    statuses: t.field({ type: [WildlifePermitStatusEnum] }),
    kinds: t.field({ type: [WildlifePermitKindEnum] }),
    speciesCodes: t.idList(),
    holderDivisionCode: t.id({ description: 'A province, prefecture or county: holders anywhere under it match.' }),
    holderName: t.string({ description: 'Part of the holder’s name.' }),
    expiringWithinDays: t.int({ description: 'Issued permits whose validity ends within this many days of `asOf`.' }),
  }),
});

const WildlifePermitSortField = builder.enumType('WildlifePermitSortField', {
  values: ['APPLIED_AT', 'VALID_UNTIL'] as const,
});

const WildlifePermitOrder = builder.inputType('WildlifePermitOrder', {
  fields: (t) => ({
    field: t.field({ type: WildlifePermitSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'DESC' }),
  }),
});

const SORT_COLUMNS = { APPLIED_AT: 'appliedAt', VALID_UNTIL: 'validUntil' } as const;

const MAX_PAGE_SIZE = 200;

type Filter = typeof WildlifePermitFilter.$inferInput;

/** The filter a caller asked for, narrowed to holders in the caller's jurisdiction. */
function whereOf(filter: Filter | null | undefined, asOf: Date, viewer: Viewer): Prisma.WildlifePermitWhereInput {
  const prefix = jurisdictionPrefix(viewer);
  const jurisdiction: Prisma.WildlifePermitWhereInput = prefix ? { holderDivisionCode: { startsWith: prefix } } : {};
  if (!filter) return jurisdiction;
  if (filter.expiringWithinDays != null && filter.expiringWithinDays < 0) {
    throw userInputError('expiringWithinDays cannot be negative', [{ field: 'filter.expiringWithinDays', message: 'cannot be negative' }]);
  }
  return {
    AND: [
      jurisdiction,
      filter.statuses ? whereEffectiveStatus(filter.statuses, asOf) : {},
      filter.kinds ? { kind: { in: filter.kinds } } : {},
      filter.speciesCodes ? { speciesCode: { in: filter.speciesCodes.map(String) } } : {},
      filter.holderDivisionCode ? { holderDivisionCode: { startsWith: divisionPrefix(String(filter.holderDivisionCode)) } } : {},
      filter.holderName ? { holderName: { contains: filter.holderName.trim() } } : {},
      filter.expiringWithinDays != null
        ? whereExpiringWithin(filter.expiringWithinDays, asOf)
        : {},
    ],
  };
}

const WildlifePermitStatusCountRef = builder.objectRef<{ status: EffectivePermitStatus; count: number }>('WildlifePermitStatusCount');
WildlifePermitStatusCountRef.implement({
  fields: (t) => ({
    status: t.field({ type: WildlifePermitStatusEnum, resolve: (row) => row.status }),
    count: t.exposeInt('count'),
  }),
});

builder.queryFields((t) => ({
  wildlifePermit: t.prismaField({
    type: 'WildlifePermit',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.wildlifePermit.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  wildlifePermitByNumber: t.prismaField({
    type: 'WildlifePermit',
    nullable: true,
    description: 'A permit by its number, e.g. to check a permit presented at a checkpoint.',
    args: { permitNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.wildlifePermit.findUnique({ ...query, where: { permitNumber: args.permitNumber.trim() } }),
  }),
  wildlifePermits: t.prismaConnection({
    type: 'WildlifePermit',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: '许可查询: permits by status, kind, species, holder or imminent expiry, newest application first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: WildlifePermitFilter }),
      asOf: t.arg({ type: 'DateTime', description: 'The instant statuses and expiry are evaluated at (default: now).' }),
      orderBy: t.arg({ type: WildlifePermitOrder }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.wildlifePermit.count({ where: whereOf(args.filter, args.asOf ?? new Date(), context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
      return context.db.wildlifePermit.findMany({
        ...query,
        where: whereOf(args.filter, args.asOf ?? new Date(), context.viewer),
        orderBy: [{ [SORT_COLUMNS[args.orderBy?.field ?? 'APPLIED_AT']]: direction }, { id: 'asc' }],
      });
    },
  }),
  wildlifePermitStatusCounts: t.field({
    type: [WildlifePermitStatusCountRef],
    description: 'How many permits (of holders in the caller’s jurisdiction) are in each status at `asOf` (default: now), in lifecycle order.',
    args: { asOf: t.arg({ type: 'DateTime' }) },
    resolve: async (_root, args, context) => {
      const asOf = args.asOf ?? new Date();
      const jurisdiction = whereOf(null, asOf, context.viewer);
      const [current, ended] = await Promise.all([
        context.db.wildlifePermit.groupBy({ by: ['status'], where: { ...jurisdiction, validUntil: { gt: asOf } }, _count: { _all: true } }),
        context.db.wildlifePermit.groupBy({ by: ['status'], where: { ...jurisdiction, validUntil: { lte: asOf } }, _count: { _all: true } }),
      ]);
      const counts = new Map<EffectivePermitStatus, number>(EFFECTIVE_PERMIT_STATUSES.map((status) => [status, 0]));
      const add = (status: EffectivePermitStatus, count: number) => counts.set(status, counts.get(status)! + count);
      for (const row of current) add(row.status, row._count._all);
      for (const row of ended) add(effectiveStatus({ status: row.status, validUntil: asOf }, asOf), row._count._all);
      return EFFECTIVE_PERMIT_STATUSES.map((status) => ({ status, count: counts.get(status)! }));
    },
  }),
}));
