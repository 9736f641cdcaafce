import { PUBLIC } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { DisclosureDepartmentEnum, LicensingItemKindEnum, LicensingSubjectEnum, LicensingTopicEnum } from './enums.js';

export const LicensingItemRef = builder.prismaObject('LicensingItem', {
  description: '行政许可/审批事项: a licensing or approval item as the public service guide (办事指南) lists it.',
  fields: (t) => ({
    code: t.exposeID('code', { tag: 'public' }),
    name: t.exposeString('name', { tag: 'public' }),
    nameEn: t.exposeString('nameEn', { tag: 'public' }),
    kind: t.expose('kind', { tag: 'public', type: LicensingItemKindEnum }),
    topic: t.expose('topic', { tag: 'public', type: LicensingTopicEnum }),
    subject: t.expose('subject', { tag: 'public', type: LicensingSubjectEnum, description: 'What an application for the item must name.' }),
    department: t.expose('department', { tag: 'public', type: DisclosureDepartmentEnum, description: '承办处室.' }),
    legalBasis: t.exposeString('legalBasis', { tag: 'public', description: '法律依据.' }),
    requiredMaterials: t.exposeStringList('requiredMaterials', { tag: 'public', description: '申请材料.' }),
    procedureSteps: t.exposeStringList('procedureSteps', { tag: 'public', description: '办理流程.' }),
    statutoryLimitDays: t.exposeInt('statutoryLimitDays', { tag: 'public', description: '法定时限: working days from acceptance.' }),
    promisedLimitDays: t.exposeInt('promisedLimitDays', { tag: 'public', description: '承诺时限: working days from acceptance.' }),
    fee: t.float({ tag: 'public', description: '收费标准, yuan; 0 when free of charge.', resolve: (item) => Number(item.fee) }),
    feeNote: t.exposeString('feeNote', { tag: 'public', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  licensingItems: t.prismaField({
    ...PUBLIC,
    type: ['LicensingItem'],
    description: 'The licensing and approval items open to online application, by code.',
    args: { kind: t.arg({ type: LicensingItemKindEnum }), topic: t.arg({ type: LicensingTopicEnum }) },
    resolve: (query, _root, args, context) =>
      context.db.licensingItem.findMany({
        ...query,
        where: { kind: args.kind ?? undefined, topic: args.topic ?? undefined },
        orderBy: { code: 'asc' },
      }),
  }),
  licensingItem: t.prismaField({
    ...PUBLIC,
    type: 'LicensingItem',
    nullable: true,
    args: { code: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.licensingItem.findUnique({ ...query, where: { code: String(args.code) } }),
  }),
}));
