import { builder } from '../builder.js';
import { PestKindEnum, PestQuarantineCategoryEnum } from './enums.js';

const PestSeverityThresholdsRef = builder.objectRef<readonly number[]>('PestSeverityThresholds');
PestSeverityThresholdsRef.implement({
  description: '分级标准: the lowest indicator value of a light, moderate and severe occurrence.',
  fields: (t) => ({
    light: t.float({ resolve: ([light]) => light! }),
    moderate: t.float({ resolve: ([, moderate]) => moderate! }),
    severe: t.float({ resolve: ([, , severe]) => severe! }),
  }),
});

export const PestRef = builder.prismaObject('Pest', {
  description: '林业有害生物: a forest pest or disease, its hosts, quarantine category and survey grading.',
  fields: (t) => ({
    code: t.exposeID('code', { description: 'Four letters of the genus and two of the species, e.g. BURSXY.' }),
    name: t.exposeString('name', { description: 'Chinese name.' }),
    nameEn: t.exposeString('nameEn'),
    scientificName: t.exposeString('scientificName'),
    kind: t.expose('kind', { type: PestKindEnum }),
    quarantineCategory: t.expose('quarantineCategory', { type: PestQuarantineCategoryEnum }),
    isQuarantinePest: t.boolean({
      description: 'On the national list or a provincial supplementary list.',
      resolve: (pest) => pest.quarantineCategory !== 'NONE',
    }),
    hostSpeciesCodes: t.idList({
      description: 'Tree species codes of forest resources; empty when any stand can be affected.',
      resolve: (pest) => pest.hostSpeciesCodes,
    }),
    severityIndicator: t.exposeString('severityIndicator', { description: '监测指标: what a survey measures, e.g. 有虫株率（%）.' }),
    severityThresholds: t.field({ type: PestSeverityThresholdsRef, resolve: (pest) => pest.severityThresholds }),
  }),
});

builder.queryFields((t) => ({
  pest: t.prismaField({
    type: 'Pest',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.pest.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  pests: t.prismaField({
    type: ['Pest'],
    description: 'Pests and diseases of the region, quarantine pests first, then by code.',
    args: {
      kind: t.arg({ type: PestKindEnum }),
      quarantineCategory: t.arg({ type: PestQuarantineCategoryEnum }),
    },
    resolve: (query, _root, args, context) =>
      context.db.pest.findMany({
        ...query,
        where: { ...(args.kind ? { kind: args.kind } : {}), ...(args.quarantineCategory ? { quarantineCategory: args.quarantineCategory } : {}) },
        orderBy: [{ quarantineCategory: 'asc' }, { code: 'asc' }],
      }),
  }),
}));
