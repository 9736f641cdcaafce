import { checkPageSize, divisionPrefix, PUBLIC, userInputError } from '@forestry/subgraph-runtime';
import { builder, SortDirection, type Context } from '../builder.js';
import {
  CLOCK_RUNNING_STATUSES,
  promisedDueDate,
  statutoryDeadline,
  type ApplicationTiming,
} from '../domain/licence-workflow.js';
import { fromDateValue, toDateValue, type LocalDate, lastWorkingDayOnOrBefore } from '@forestry/subgraph-runtime/calendar';
import type { LicenceApplication, Prisma } from '../generated/prisma/client.js';
import { chinaDateRange } from './date-range.js';
import { AS_OF_DESCRIPTION, todayAt, WorkingDayDeadlineRef } from './deadline.js';
import {
  LicenceApplicantKindEnum,
  LicenceApplicationStatusEnum,
  LicenceDecisionEnum,
  LicenceFeedbackChannelEnum,
  LicenceSupplementStageEnum,
  LicensingTopicEnum,
} from './enums.js';
import { INTERNAL_ONLY } from './visibility.js';

// Entities owned by forest-resources: only their keys are stored here, and this subgraph adds
// the applications that name them.
const DivisionRef = builder.externalRef('Division', builder.selection<{ code: string }>('code')).implement({
  fields: (t) => ({ code: t.exposeID('code') }),
});

const SubCompartmentRef = builder.externalRef('SubCompartment', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

function timingOf(application: LicenceApplication): ApplicationTiming {
  return {
    ...application,
    clockStoppedAfter: application.clockStoppedAfter && fromDateValue(application.clockStoppedAfter),
  };
}

const LicenceApplicationRef = builder.prismaObject('LicenceApplication', {
  description: '网上审批办件: an online application for a licensing item, with its workflow and statutory clock.',
  fields: (t) => ({
    id: t.exposeID('id'),
    receiptNumber: t.exposeString('receiptNumber', { description: '受理编号, e.g. LYSP-2026-000123.' }),
    item: t.relation('item'),
    status: t.expose('status', { type: LicenceApplicationStatusEnum }),
    applicantKind: t.expose('applicantKind', { type: LicenceApplicantKindEnum }),
    applicantName: t.exposeString('applicantName', INTERNAL_ONLY),
    applicantIdNumber: t.exposeString('applicantIdNumber', {
      ...INTERNAL_ONLY,
      description: 'Resident identity card number or unified social credit code.',
    }),
    contactName: t.exposeString('contactName', INTERNAL_ONLY),
    contactPhone: t.exposeString('contactPhone', INTERNAL_ONLY),
    summary: t.exposeString('summary', { description: '申请事项.' }),
    subCompartment: t.field({
      type: SubCompartmentRef,
      nullable: true,
      description: 'The sub-compartment the application concerns (timber, forest land, quarantine items).',
      resolve: (application) => (application.subCompartmentId ? { id: application.subCompartmentId } : null),
    }),
    speciesCode: t.exposeString('speciesCode', {
      nullable: true,
      description: 'The species the application concerns, as the wildlife department codes it (kebab-case scientific name).',
    }),
    division: t.field({
      type: DivisionRef,
      nullable: true,
      description: 'The county the application concerns (seed, fire and reserve items).',
      resolve: (application) => (application.divisionCode ? { code: application.divisionCode } : null),
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    intakeRejectionReason: t.exposeString('intakeRejectionReason', { nullable: true, description: '不予受理理由.' }),
    reviewStartedAt: t.expose('reviewStartedAt', { type: 'DateTime', nullable: true }),
    decision: t.expose('decision', { type: LicenceDecisionEnum, nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: '办结: the result reached the applicant.' }),
    feedbackChannel: t.expose('feedbackChannel', { type: LicenceFeedbackChannelEnum, nullable: true }),
    deadline: t.field({
      type: WorkingDayDeadlineRef,
      nullable: true,
      description: 'The statutory clock (法定时限) from acceptance; null before acceptance.',
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (application, args) => statutoryDeadline(timingOf(application), todayAt(args.asOf)),
    }),
    promisedDueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The date promised by the office (承诺时限), pauses included.',
      resolve: (application) => promisedDueDate(timingOf(application)),
    }),
    pausedWorkingDays: t.exposeInt('pausedWorkingDays', { description: 'Working days the clock stood still for supplements.' }),
    handlingWorkingDays: t.exposeInt('handlingWorkingDays', {
      nullable: true,
      description: 'Working days from acceptance to decision, pauses excluded.',
    }),
    supplements: t.relation('supplements', { query: { orderBy: { requestedAt: 'asc' } } }),
    history: t.relation('events', { description: 'Every step, oldest first.', query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('LicenceSupplementRequest', {
  description: '补正通知: a request for missing materials. At review it stops the statutory clock until they arrive.',
  fields: (t) => ({
    id: t.exposeID('id'),
    stage: t.expose('stage', { type: LicenceSupplementStageEnum }),
    missingMaterials: t.exposeStringList('missingMaterials'),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    pausedWorkingDays: t.exposeInt('pausedWorkingDays', { nullable: true }),
  }),
});

builder.prismaObject('LicenceApplicationEvent', {
  name: 'LicenceApplicationStep',
  description: '办理环节: one step of an application, with who took it (网上监督).',
  fields: (t) => ({
    status: t.expose('status', { type: LicenceApplicationStatusEnum, description: 'The status the step led to.' }),
    at: t.expose('at', { type: 'DateTime' }),
    officer: t.exposeString('officer', { nullable: true, description: '经办人; null for the applicant.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const LicenceApplicationPublicStatusRef = builder.prismaObject('LicenceApplication', {
  variant: 'LicenceApplicationPublicStatus',
  description: '办件公开查询: what anyone holding the receipt number may see of an application. No personal data.',
  fields: (t) => ({
    receiptNumber: t.exposeString('receiptNumber', { tag: 'public' }),
    item: t.relation('item', { tag: 'public' }),
    status: t.expose('status', { tag: 'public', type: LicenceApplicationStatusEnum }),
    decision: t.expose('decision', { tag: 'public', type: LicenceDecisionEnum, nullable: true }),
    submittedAt: t.expose('submittedAt', { tag: 'public', type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { tag: 'public', type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { tag: 'public', type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { tag: 'public', type: 'DateTime', nullable: true }),
    deadline: t.field({
      tag: 'public',
      type: WorkingDayDeadlineRef,
      nullable: true,
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (application, args) => statutoryDeadline(timingOf(application), todayAt(args.asOf)),
    }),
    promisedDueDate: t.field({
      tag: 'public',
      type: 'Date',
      nullable: true,
      resolve: (application) => promisedDueDate(timingOf(application)),
    }),
  }),
});

/**
 * Applications past their statutory limit on `today`, in SQL; it mirrors `statutoryDeadline`:
 * a running clock is late once the last counted working day is after the due date, a stopped
 * one if it stopped after the due date, a decided one if it took longer than the limit. Every
 * branch rules out NULLs explicitly, so that the condition can also be negated.
 */
export function overdueWhere(context: Context, today: LocalDate, includeDecided: boolean): Prisma.LicenceApplicationWhereInput {
  const { fields } = context.db.licenceApplication;
  return {
    OR: [
      { status: { in: [...CLOCK_RUNNING_STATUSES] }, dueDate: { not: null, lt: toDateValue(lastWorkingDayOnOrBefore(today)) } },
      { status: 'SUPPLEMENT_REQUESTED', clockStoppedAfter: { not: null, gt: fields.dueDate }, dueDate: { not: null } },
      ...(includeDecided
        ? [{ handlingWorkingDays: { not: null, gt: fields.statutoryLimitDays }, statutoryLimitDays: { not: null } }]
        : []),
    ],
  };
}

const LicenceApplicationFilter = builder.inputType('LicenceApplicationFilter', {
  fields: (t) => ({
    itemCodes: t.idList(),
    topic: t.field({ type: LicensingTopicEnum }),
    statuses: t.field({ type: [LicenceApplicationStatusEnum] }),
    overdue: t.boolean({
      description: 'Only applications past their statutory limit as of `asOf` (still open, or decided late); false for the others.',
    }),
    submittedFrom: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    submittedTo: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    divisionCode: t.id({ description: 'A province, prefecture or county: applications naming a county under it match.' }),
    subCompartmentId: t.id(),
    speciesCode: t.string(),
  }),
});

const LicenceApplicationSortField = builder.enumType('LicenceApplicationSortField', {
  values: ['SUBMITTED_AT', 'DUE_DATE', 'RECEIPT_NUMBER'] as const,
});

const LicenceApplicationOrder = builder.inputType('LicenceApplicationOrder', {
  fields: (t) => ({
    field: t.field({ type: LicenceApplicationSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

type Filter = typeof LicenceApplicationFilter.$inferInput;
type Order = typeof LicenceApplicationOrder.$inferInput;

function applicationWhere(filter: Filter | null | undefined, today: LocalDate, context: Context): Prisma.LicenceApplicationWhereInput {
  if (!filter) return {};
  const overdue = overdueWhere(context, today, true);
  return {
    AND: [
      {
        itemCode: filter.itemCodes ? { in: filter.itemCodes.map(String) } : undefined,
        item: filter.topic ? { topic: filter.topic } : undefined,
        status: filter.statuses ? { in: filter.statuses } : undefined,
        submittedAt: chinaDateRange(filter.submittedFrom, filter.submittedTo),
        divisionCode: filter.divisionCode ? { startsWith: divisionPrefix(String(filter.divisionCode)) } : undefined,
        subCompartmentId: filter.subCompartmentId ? String(filter.subCompartmentId) : undefined,
        speciesCode: filter.speciesCode ?? undefined,
      },
      filter.overdue === true ? overdue : {},
      filter.overdue === false ? { NOT: overdue } : {},
    ],
  };
}

function applicationOrder(order: Order | null | undefined): Prisma.LicenceApplicationOrderByWithRelationInput[] {
  // Without an order the newest come first.
  const direction = !order || order.direction === 'DESC' ? 'desc' : 'asc';
  const first: Prisma.LicenceApplicationOrderByWithRelationInput =
    order?.field === 'DUE_DATE'
      ? { dueDate: { sort: direction, nulls: 'last' } }
      : order?.field === 'RECEIPT_NUMBER'
        ? { receiptNumber: direction }
        : { submittedAt: direction };
  // The id breaks ties so that cursors are stable under any sort.
  return [first, { id: 'asc' }];
}

const MAX_PAGE_SIZE = 100;

builder.queryFields((t) => ({
  applicationStatus: t.prismaField({
    ...PUBLIC,
    type: LicenceApplicationPublicStatusRef,
    nullable: true,
    description: '办件查询: the public status of an application by its receipt number; null when unknown.',
    args: { receiptNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.licenceApplication.findUnique({ ...query, where: { receiptNumber: args.receiptNumber.trim() } }),
  }),
  licenceApplication: t.prismaField({
    type: 'LicenceApplication',
    nullable: true,
    args: { receiptNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.licenceApplication.findUnique({ ...query, where: { receiptNumber: args.receiptNumber } }),
  }),
  licenceApplications: t.prismaConnection({
    type: 'LicenceApplication',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Applications matching a filter; newest first unless told otherwise.',
    args: {
      filter: t.arg({ type: LicenceApplicationFilter }),
      orderBy: t.arg({ type: LicenceApplicationOrder }),
      asOf: t.arg({ type: 'DateTime', description: `For the \`overdue\` filter. ${AS_OF_DESCRIPTION}` }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.licenceApplication.count({ where: applicationWhere(args.filter, todayAt(args.asOf), context) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.licenceApplication.findMany({
        ...query,
        where: applicationWhere(args.filter, todayAt(args.asOf), context),
        orderBy: applicationOrder(args.orderBy),
      });
    },
  }),
  overdueLicenceApplications: t.prismaConnection({
    type: 'LicenceApplication',
    cursor: 'id',
    defaultSize: 50,
    maxSize: MAX_PAGE_SIZE,
    description:
      '网上监督: open applications past their statutory limit as of `asOf`, across all items, the earliest due first.',
    args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.licenceApplication.count({ where: overdueWhere(context, todayAt(args.asOf), false) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.licenceApplication.findMany({
        ...query,
        where: overdueWhere(context, todayAt(args.asOf), false),
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

const ENTITY_LIST_LIMIT = 100;

builder.objectFields(DivisionRef, (t) => ({
  licenceApplications: t.field({
    type: [LicenceApplicationRef],
    description:
      'Online applications naming this county (or, for a prefecture or province, a county under it), newest first.',
    args: {
      statuses: t.arg({ type: [LicenceApplicationStatusEnum] }),
      limit: t.arg.int({ defaultValue: 20, description: `At most ${ENTITY_LIST_LIMIT}.` }),
    },
    resolve: async (division, args, context) => {
      const limit = args.limit ?? 20;
      if (limit < 0 || limit > ENTITY_LIST_LIMIT) {
        const message = `must be between 0 and ${ENTITY_LIST_LIMIT}`;
        throw userInputError(`\`limit\` ${message}`, [{ field: 'limit', message }]);
      }
      const applications = await context.loaders.licenceApplicationsByDivision.load(division.code);
      return applications.filter((application) => !args.statuses || args.statuses.includes(application.status)).slice(0, limit);
    },
  }),
}));

builder.objectFields(SubCompartmentRef, (t) => ({
  timberTransportApplications: t.field({
    type: [LicenceApplicationRef],
    description: '木材运输证申请: applications to transport timber from this sub-compartment, newest first.',
    resolve: (subCompartment, _args, context) => context.loaders.timberTransportApplications.load(subCompartment.id),
  }),
}));
