import { checkPageSize, type Clearance } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { visibleDocuments } from '../domain/classification.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  OfficeDocumentClassificationEnum,
  OfficeDocumentDecisionEnum,
  OfficeDocumentDirectionEnum,
  OfficeDocumentStatusEnum,
  OfficeDocumentStepEnum,
  OfficeDocumentUrgencyEnum,
} from './enums.js';
import { MAX_PAGE_SIZE } from './pagination.js';

builder.prismaObject('OfficeDocumentStepRecord', {
  description: '办理记录: one decision in a document’s workflow — who decided what, when and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    step: t.expose('step', { type: OfficeDocumentStepEnum, description: 'The step completed or rejected.' }),
    decision: t.expose('decision', { type: OfficeDocumentDecisionEnum }),
    actor: t.exposeString('actor'),
    comment: t.exposeString('comment', { nullable: true, description: '办理意见, or the reason of a rejection.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
  }),
});

export const OfficeDocumentRef = builder.prismaObject('OfficeDocument', {
  description:
    '公文: an incoming (收文) or outgoing (发文) document and where it stands in its workflow. ' +
    'SECRET and CONFIDENTIAL documents exist but are only shown to callers with clearance.',
  fields: (t) => ({
    id: t.exposeID('id'),
    direction: t.expose('direction', { type: OfficeDocumentDirectionEnum }),
    documentNumber: t.exposeString('documentNumber', {
      nullable: true,
      description: '文号, e.g. 黑林发〔2026〕12号. An outgoing document gets its number when it is issued.',
    }),
    title: t.exposeString('title'),
    issuingBody: t.exposeString('issuingBody', { description: '发文机关.' }),
    documentDate: t.expose('documentDate', {
      type: 'Date',
      nullable: true,
      description: '成文日期: the date on the document; for an outgoing document, the date it was issued.',
    }),
    classification: t.expose('classification', { type: OfficeDocumentClassificationEnum }),
    urgency: t.expose('urgency', { type: OfficeDocumentUrgencyEnum }),
    body: t.exposeString('body', { description: '正文.' }),
    leadUnit: t.relation('leadUnit', {
      description: '主办处室: the unit that drafted an outgoing document or handles an incoming one.',
    }),
    routedUnits: t.relation('routedUnits', {
      description: '分送处室: the other units the document is routed to.',
      query: { orderBy: { code: 'asc' } },
    }),
    currentStep: t.expose('currentStep', {
      type: OfficeDocumentStepEnum,
      description: 'The step awaiting action; the last step once the document is completed.',
    }),
    status: t.field({
      type: OfficeDocumentStatusEnum,
      resolve: (document) => (document.completedAt ? 'COMPLETED' : 'IN_PROGRESS'),
    }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it was issued or closed.' }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', description: 'When it was registered or drafted.' }),
    steps: t.relation('steps', {
      description: '办理记录: the workflow history, oldest first.',
      query: { orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] },
    }),
    archive: t.relation('archive', { nullable: true, description: 'The archive record, once the document is filed.' }),
  }),
});

builder.asEntity(OfficeDocumentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => context.loaders.documents(context.viewer.clearance).byId.load(reference.id),
});

const OfficeDocumentFilter = builder.inputType('OfficeDocumentFilter', {
  fields: (t) => ({
    provinceCode: t.id({ description: '230000 (黑龙江) or 220000 (吉林).' }),
    direction: t.field({ type: OfficeDocumentDirectionEnum }),
    status: t.field({ type: OfficeDocumentStatusEnum }),
    currentStep: t.field({ type: OfficeDocumentStepEnum }),
    classification: t.field({ type: OfficeDocumentClassificationEnum }),
    urgency: t.field({ type: OfficeDocumentUrgencyEnum }),
    leadUnitCode: t.id(),
    routedUnitCode: t.id(),
    divisionCode: t.id({ description: 'Documents concerning this division.' }),
    subCompartmentId: t.id({ description: 'Documents concerning this sub-compartment.' }),
    registeredFrom: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    registeredBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
  }),
});

type Filter = typeof OfficeDocumentFilter.$inferInput;

/** The filter as a Prisma condition, always limited to what the caller may see. */
function documentWhere(filter: Filter | null | undefined, clearance: Clearance): Prisma.OfficeDocumentWhereInput {
  const conditions: Prisma.OfficeDocumentWhereInput[] = [visibleDocuments(clearance)];
  if (filter) {
    conditions.push({
      ...(filter.provinceCode ? { provinceCode: String(filter.provinceCode) } : {}),
      ...(filter.direction ? { direction: filter.direction } : {}),
      ...(filter.status ? { completedAt: filter.status === 'COMPLETED' ? { not: null } : null } : {}),
      ...(filter.currentStep ? { currentStep: filter.currentStep } : {}),
      ...(filter.classification ? { classification: filter.classification } : {}),
      ...(filter.urgency ? { urgency: filter.urgency } : {}),
      ...(filter.leadUnitCode ? { leadUnitCode: String(filter.leadUnitCode) } : {}),
      ...(filter.routedUnitCode ? { routedUnits: { some: { code: String(filter.routedUnitCode) } } } : {}),
      ...(filter.divisionCode ? { divisionCodes: { has: String(filter.divisionCode) } } : {}),
      ...(filter.subCompartmentId ? { subCompartmentIds: { has: String(filter.subCompartmentId) } } : {}),
      ...(filter.registeredFrom || filter.registeredBefore
        ? {
            registeredAt: {
              ...(filter.registeredFrom ? { gte: filter.registeredFrom } : {}),
              ...(filter.registeredBefore ? { lt: filter.registeredBefore } : {}),
            },
          }
        : {}),
    });
  }
  return { AND: conditions };
}

const OfficeDocumentSortField = builder.enumType('OfficeDocumentSortField', {
  values: {
    REGISTERED_AT: { description: 'When the document was registered or drafted.' },
    URGENCY: { description: '紧急程度: ascending puts 特急 first; equally urgent documents come newest first.' },
  } as const,
});

const OfficeDocumentOrder = builder.inputType('OfficeDocumentOrder', {
  fields: (t) => ({
    field: t.field({ type: OfficeDocumentSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'DESC' }),
  }),
});

const SORT_COLUMNS = { REGISTERED_AT: 'registeredAt', URGENCY: 'urgency' } as const;

builder.queryFields((t) => ({
  officeDocument: t.prismaField({
    type: 'OfficeDocument',
    nullable: true,
    description: 'A document by id; null when it does not exist or the caller may not see it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.officeDocument.findFirst({ ...query, where: { id: String(args.id), ...visibleDocuments(context.viewer.clearance) } }),
  }),
  officeDocumentByNumber: t.prismaField({
    type: 'OfficeDocument',
    nullable: true,
    description: 'A document by its 文号 within one province’s forestry department.',
    args: { provinceCode: t.arg.id({ required: true }), documentNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.officeDocument.findFirst({
        ...query,
        where: { provinceCode: String(args.provinceCode), documentNumber: args.documentNumber, ...visibleDocuments(context.viewer.clearance) },
      }),
  }),
  officeDocuments: t.prismaConnection({
    type: 'OfficeDocument',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: '公文信息查询: documents matching a filter, newest first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: OfficeDocumentFilter }),
      orderBy: t.arg({ type: OfficeDocumentOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.officeDocument.count({ where: documentWhere(args.filter, context.viewer.clearance) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
      const column = SORT_COLUMNS[args.orderBy?.field ?? 'REGISTERED_AT'];
      return context.db.officeDocument.findMany({
        ...query,
        where: documentWhere(args.filter, context.viewer.clearance),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [column]: direction }, ...(column === 'urgency' ? [{ registeredAt: 'desc' as const }] : []), { id: 'asc' }],
      });
    },
  }),
}));
