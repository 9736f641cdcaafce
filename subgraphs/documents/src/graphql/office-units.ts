import { builder } from '../builder.js';
import { visibleDocuments } from '../domain/classification.js';
import { OfficeUnitKindEnum } from './enums.js';
import { MAX_PAGE_SIZE } from './pagination.js';

export const OfficeUnitRef = builder.prismaObject('OfficeUnit', {
  description: '处室和直属单位: a department of a provincial forestry department, or a unit directly under it.',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name', { description: 'Short name, e.g. 林政处.' }),
    fullName: t.exposeString('fullName', { description: 'Name with its department, e.g. 黑龙江省林业厅林政处.' }),
    orgCode: t.exposeString('orgCode', { description: '机构代码: organisation code used in archive numbers.' }),
    kind: t.expose('kind', { type: OfficeUnitKindEnum }),
    ledDocuments: t.relatedConnection('ledDocuments', {
      cursor: 'id',
      totalCount: true,
      maxSize: MAX_PAGE_SIZE,
      description: '主办公文: documents the unit drafted or handles, newest first.',
      query: (_args, context) => ({
        where: visibleDocuments(context.viewer.clearance),
        orderBy: [{ registeredAt: 'desc' }, { id: 'asc' }],
      }),
    }),
  }),
});

builder.asEntity(OfficeUnitRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (reference, context) => context.loaders.officeUnit.load(reference.code),
});

builder.queryFields((t) => ({
  officeUnit: t.prismaField({
    type: 'OfficeUnit',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.officeUnit.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
  officeUnits: t.prismaField({
    type: ['OfficeUnit'],
    description: 'The departments and directly affiliated units, by province and code.',
    args: {
      provinceCode: t.arg.id({ description: '230000 (黑龙江) or 220000 (吉林).' }),
      kind: t.arg({ type: OfficeUnitKindEnum }),
    },
    resolve: (query, _root, args, context) =>
      context.db.officeUnit.findMany({
        ...query,
        where: {
          ...(args.provinceCode ? { provinceCode: String(args.provinceCode) } : {}),
          ...(args.kind ? { kind: args.kind } : {}),
        },
        orderBy: { code: 'asc' },
      }),
  }),
}));
