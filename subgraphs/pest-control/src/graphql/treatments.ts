import { isKnownDivision } from '@forestry/forest-resources/reference-data';
import { checkPageSize, divisionPrefix } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PestTreatmentMethod, PestTreatmentResult } from '../generated/prisma/enums.js';
import { PestTreatmentMethodEnum, PestTreatmentResultEnum } from './enums.js';
import { DivisionRef } from './federation.js';

builder.prismaObject('PestTreatment', {
  description: '防治作业: a control operation against one pest over occurrences of one county.',
  fields: (t) => ({
    id: t.exposeID('id'),
    pest: t.relation('pest'),
    division: t.field({ type: DivisionRef, description: 'The county.', resolve: (treatment) => ({ code: treatment.divisionCode }) }),
    method: t.expose('method', { type: PestTreatmentMethodEnum }),
    measure: t.exposeString('measure', { description: '具体措施, e.g. 清理病死木.' }),
    treatedOn: t.expose('treatedOn', { type: 'Date' }),
    area: t.float({ description: 'Hectares treated.', resolve: (treatment) => Number(treatment.area) }),
    cost: t.float({ description: 'Yuan.', resolve: (treatment) => Number(treatment.cost) }),
    efficacy: t.float({ description: '防治效果, percent.', resolve: (treatment) => Number(treatment.efficacy) }),
    result: t.expose('result', { type: PestTreatmentResultEnum, description: 'Derived from the efficacy.' }),
    operator: t.exposeString('operator', { description: '作业单位.' }),
    occurrences: t.relation('occurrences', { query: { orderBy: [{ surveyedOn: 'asc' }, { id: 'asc' }] } }),
  }),
});

const PestTreatmentFilter = builder.inputType('PestTreatmentFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    pestCodes: t.idList(),
    methods: t.field({ type: [PestTreatmentMethodEnum] }),
    results: t.field({ type: [PestTreatmentResultEnum] }),
    treatedFrom: t.field({ type: 'Date', description: 'Inclusive.' }),
    treatedTo: t.field({ type: 'Date', description: 'Inclusive.' }),
  }),
});

const PestTreatmentSortField = builder.enumType('PestTreatmentSortField', {
  values: ['TREATED_ON', 'AREA', 'COST', 'EFFICACY'] as const,
});

const PestTreatmentOrder = builder.inputType('PestTreatmentOrder', {
  fields: (t) => ({
    field: t.field({ type: PestTreatmentSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const MAX_PAGE_SIZE = 200;

const SORT_COLUMNS = { TREATED_ON: 'treatedOn', AREA: 'area', COST: 'cost', EFFICACY: 'efficacy' } as const;

type Filter = typeof PestTreatmentFilter.$inferInput;

function whereOf(filter: Filter | null | undefined): Prisma.PestTreatmentWhereInput {
  if (!filter) return {};
  return {
    ...(filter.divisionCode ? { divisionCode: { startsWith: divisionPrefix(String(filter.divisionCode)) } } : {}),
    ...(filter.pestCodes ? { pestCode: { in: filter.pestCodes.map(String) } } : {}),
    ...(filter.methods ? { method: { in: filter.methods } } : {}),
    ...(filter.results ? { result: { in: filter.results } } : {}),
    ...(filter.treatedFrom || filter.treatedTo
      ? { treatedOn: { ...(filter.treatedFrom ? { gte: filter.treatedFrom } : {}), ...(filter.treatedTo ? { lte: filter.treatedTo } : {}) } }
      : {}),
  };
}

interface TreatmentTotals {
  treatmentCount: number;
  area: number;
  cost: number;
  averageEfficacy: number;
}

const PestTreatmentTotalsRef = builder.interfaceRef<TreatmentTotals>('PestTreatmentTotals').implement({
  description: 'The measures every treatment statistics row shares.',
  fields: (t) => ({
    treatmentCount: t.int({ resolve: (row) => row.treatmentCount }),
    area: t.float({ description: 'Hectares treated.', resolve: (row) => row.area }),
    cost: t.float({ description: 'Yuan.', resolve: (row) => row.cost }),
    averageEfficacy: t.float({ description: 'Mean efficacy of the treatments, percent (0 without treatments).', resolve: (row) => row.averageEfficacy }),
  }),
});

const PestTreatmentResultTotalsRef = builder.objectRef<TreatmentTotals & { result: PestTreatmentResult }>('PestTreatmentResultTotals');
PestTreatmentResultTotalsRef.implement({
  interfaces: [PestTreatmentTotalsRef],
  fields: (t) => ({ result: t.field({ type: PestTreatmentResultEnum, resolve: (row) => row.result }) }),
});

const PestTreatmentMethodTotalsRef = builder.objectRef<TreatmentTotals & { method: PestTreatmentMethod }>('PestTreatmentMethodTotals');
PestTreatmentMethodTotalsRef.implement({
  interfaces: [PestTreatmentTotalsRef],
  fields: (t) => ({ method: t.field({ type: PestTreatmentMethodEnum, resolve: (row) => row.method }) }),
});

interface TreatmentStatistics extends TreatmentTotals {
  byResult: (TreatmentTotals & { result: PestTreatmentResult })[];
  byMethod: (TreatmentTotals & { method: PestTreatmentMethod })[];
}

const PestTreatmentStatisticsRef = builder.objectRef<TreatmentStatistics>('PestTreatmentStatistics');
PestTreatmentStatisticsRef.implement({
  interfaces: [PestTreatmentTotalsRef],
  description: '防治成效统计: treatments of a division and period, by result and by method.',
  fields: (t) => ({
    byResult: t.field({ type: [PestTreatmentResultTotalsRef], description: 'Every result, in order of efficacy.', resolve: (s) => s.byResult }),
    byMethod: t.field({ type: [PestTreatmentMethodTotalsRef], description: 'Methods used, largest area first.', resolve: (s) => s.byMethod }),
  }),
});

const RESULTS: readonly PestTreatmentResult[] = ['INEFFECTIVE', 'EFFECTIVE', 'CONTROLLED'];

interface Group {
  result: PestTreatmentResult;
  method: PestTreatmentMethod;
  count: number;
  area: number;
  cost: number;
  efficacySum: number;
}

function totalsOf(groups: readonly Group[]): TreatmentTotals {
  const sum = (value: (group: Group) => number) => groups.reduce((total, group) => total + value(group), 0);
  const treatmentCount = sum((group) => group.count);
  return {
    treatmentCount,
    area: Math.round(sum((group) => group.area) * 100) / 100,
    cost: Math.round(sum((group) => group.cost) * 100) / 100,
    averageEfficacy: treatmentCount === 0 ? 0 : Math.round((sum((group) => group.efficacySum) / treatmentCount) * 10) / 10,
  };
}

builder.queryFields((t) => ({
  pestTreatments: t.prismaConnection({
    type: 'PestTreatment',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Treatments matching a filter, latest first unless ordered otherwise, paginated by cursor.',
    args: {
      filter: t.arg({ type: PestTreatmentFilter }),
      orderBy: t.arg({ type: PestTreatmentOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.pestTreatment.count({ where: whereOf(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const order = args.orderBy ?? { field: 'TREATED_ON' as const, direction: 'DESC' as const };
      return context.db.pestTreatment.findMany({
        ...query,
        where: whereOf(args.filter),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [SORT_COLUMNS[order.field]]: order.direction === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }],
      });
    },
  }),
  pestTreatmentStatistics: t.field({
    type: PestTreatmentStatisticsRef,
    nullable: true,
    description: 'Treatments of a division (null when the code is unknown), optionally of one pest and period.',
    args: {
      divisionCode: t.arg.id({ required: true }),
      pestCode: t.arg.id(),
      treatedFrom: t.arg({ type: 'Date', description: 'Inclusive.' }),
      treatedTo: t.arg({ type: 'Date', description: 'Inclusive.' }),
    },
    resolve: async (_root, args, context) => {
      const divisionCode = String(args.divisionCode);
      if (!isKnownDivision(divisionCode)) return null;
      const rows = await context.db.pestTreatment.groupBy({
        by: ['result', 'method'],
        where: whereOf({
          divisionCode,
          pestCodes: args.pestCode ? [args.pestCode] : null,
          treatedFrom: args.treatedFrom,
          treatedTo: args.treatedTo,
        }),
        _count: { _all: true },
        _sum: { area: true, cost: true, efficacy: true },
      });
      const groups: Group[] = rows.map((row) => ({
        result: row.result,
        method: row.method,
        count: row._count._all,
        area: Number(row._sum.area ?? 0),
        cost: Number(row._sum.cost ?? 0),
        efficacySum: Number(row._sum.efficacy ?? 0),
      }));
      const methods = [...new Set(groups.map((group) => group.method))];
      return {
        ...totalsOf(groups),
        byResult: RESULTS.map((result) => ({ result, ...totalsOf(groups.filter((group) => group.result === result)) })),
        byMethod: methods
          .map((method) => ({ method, ...totalsOf(groups.filter((group) => group.method === method)) }))
          .sort((a, b) => b.area - a.area),
      };
    },
  }),
}));
