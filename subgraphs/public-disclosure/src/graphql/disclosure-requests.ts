import { checkPageSize, conflictError, notFoundError, parseInput, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import {
  disclosureDeadline,
  disclosureDueDate,
  disclosureExtension,
  disclosureReply,
  disclosureRequestSubmission,
  dueSoonWindow,
  extensionProblem,
} from '../domain/disclosure-request-rules.js';
import { fromDateValue, toDateValue, type LocalDate, addWorkingDays, lastWorkingDayOnOrBefore } from '@forestry/subgraph-runtime/calendar';
import type { Prisma } from '../generated/prisma/client.js';
import { chinaDateRange } from './date-range.js';
import { AS_OF_DESCRIPTION, todayAt, WorkingDayDeadlineRef } from './deadline.js';
import {
  DisclosureDeliveryMethodEnum,
  DisclosureReplyTypeEnum,
  DisclosureRequesterKindEnum,
  DisclosureRequestStatusEnum,
} from './enums.js';
import { nextNumber } from './numbering.js';
import { INTERNAL_ONLY } from './visibility.js';

builder.prismaObject('DisclosureRequest', {
  description:
    '依申请公开: a request for government information, answered within 20 working days of receipt, ' +
    'extendable once by up to 20 more (政府信息公开条例 第三十三条).',
  fields: (t) => ({
    id: t.exposeID('id'),
    requestNumber: t.exposeString('requestNumber', { tag: 'public', description: 'e.g. YSQGK-2026-0042.' }),
    requesterKind: t.expose('requesterKind', { tag: 'public', type: DisclosureRequesterKindEnum }),
    requesterName: t.exposeString('requesterName', INTERNAL_ONLY),
    requesterIdNumber: t.exposeString('requesterIdNumber', INTERNAL_ONLY),
    contactPhone: t.exposeString('contactPhone', INTERNAL_ONLY),
    contactEmail: t.exposeString('contactEmail', { ...INTERNAL_ONLY, nullable: true }),
    description: t.exposeString('description', { tag: 'public', description: '所需信息的描述.' }),
    deliveryMethod: t.expose('deliveryMethod', { tag: 'public', type: DisclosureDeliveryMethodEnum }),
    status: t.expose('status', { tag: 'public', type: DisclosureRequestStatusEnum }),
    receivedAt: t.expose('receivedAt', { tag: 'public', type: 'DateTime' }),
    originalDueDate: t.field({ tag: 'public', type: 'Date', resolve: (request) => request.originalDueDate }),
    dueDate: t.field({
      tag: 'public',
      type: 'Date',
      description: 'The original due date, or the extended one.',
      resolve: (request) => request.dueDate,
    }),
    extendedAt: t.expose('extendedAt', { type: 'DateTime', nullable: true }),
    extensionWorkingDays: t.exposeInt('extensionWorkingDays', { nullable: true }),
    extensionReason: t.exposeString('extensionReason', { nullable: true }),
    repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true }),
    replyType: t.expose('replyType', { type: DisclosureReplyTypeEnum, nullable: true }),
    replyBody: t.exposeString('replyBody', { nullable: true }),
    replyReason: t.exposeString('replyReason', { nullable: true }),
    officer: t.exposeString('officer', { nullable: true }),
    deadline: t.field({
      tag: 'public',
      type: WorkingDayDeadlineRef,
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (request, args) => disclosureDeadline(request, todayAt(args.asOf)),
    }),
  }),
});

/** Pending requests past their reply period on `today`, as `disclosureDeadline` counts it. */
function overdueWhere(today: LocalDate): Prisma.DisclosureRequestWhereInput {
  return { status: 'PENDING', dueDate: { lt: toDateValue(lastWorkingDayOnOrBefore(today)) } };
}

const DisclosureRequestFilter = builder.inputType('DisclosureRequestFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [DisclosureRequestStatusEnum] }),
    overdue: t.boolean({ description: 'Pending past the reply period as of `asOf` (true), or not (false).' }),
    receivedFrom: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    receivedTo: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
  }),
});

type Filter = typeof DisclosureRequestFilter.$inferInput;

function requestWhere(filter: Filter | null | undefined, today: LocalDate): Prisma.DisclosureRequestWhereInput {
  if (!filter) return {};
  return {
    AND: [
      { status: filter.statuses ? { in: filter.statuses } : undefined, receivedAt: chinaDateRange(filter.receivedFrom, filter.receivedTo) },
      filter.overdue === true ? overdueWhere(today) : {},
      filter.overdue === false ? { NOT: overdueWhere(today) } : {},
    ],
  };
}

const MAX_PAGE_SIZE = 100;

builder.queryFields((t) => ({
  disclosureRequest: t.prismaField({
    type: 'DisclosureRequest',
    nullable: true,
    args: { requestNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.disclosureRequest.findUnique({ ...query, where: { requestNumber: args.requestNumber } }),
  }),
  disclosureRequests: t.prismaConnection({
    type: 'DisclosureRequest',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Disclosure requests, the most recently received first.',
    args: {
      filter: t.arg({ type: DisclosureRequestFilter }),
      asOf: t.arg({ type: 'DateTime', description: `For the \`overdue\` filter. ${AS_OF_DESCRIPTION}` }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.disclosureRequest.count({ where: requestWhere(args.filter, todayAt(args.asOf)) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.disclosureRequest.findMany({
        ...query,
        where: requestWhere(args.filter, todayAt(args.asOf)),
        orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  disclosureRequestsDueSoon: t.prismaConnection({
    type: 'DisclosureRequest',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Pending requests due within the next working days (overdue ones included), the most urgent first.',
    args: {
      withinWorkingDays: t.arg.int({ defaultValue: 5, description: 'Due on or before this many working days after `asOf`.' }),
      asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.disclosureRequest.count({ where: dueSoonWhere(args.withinWorkingDays, args.asOf) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.disclosureRequest.findMany({
        ...query,
        where: dueSoonWhere(args.withinWorkingDays, args.asOf),
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

function dueSoonWhere(withinWorkingDays: number | null | undefined, asOf: Date | null | undefined): Prisma.DisclosureRequestWhereInput {
  const within = parseInput(dueSoonWindow, withinWorkingDays ?? 5, 'withinWorkingDays');
  return { status: 'PENDING', dueDate: { lte: toDateValue(addWorkingDays(todayAt(asOf), within)) } };
}

const SubmitDisclosureRequestInput = builder.inputType('SubmitDisclosureRequestInput', {
  fields: (t) => ({
    requesterKind: t.field({ type: DisclosureRequesterKindEnum, required: true }),
    requesterName: t.string({ required: true }),
    requesterIdNumber: t.string({ required: true, description: 'Identity card number (citizen) or unified social credit code.' }),
    contactPhone: t.string({ required: true }),
    contactEmail: t.string({ description: 'Required for delivery by e-mail.' }),
    description: t.string({ required: true, description: '所需信息的名称、文号或者便于查询的其他特征性描述.' }),
    deliveryMethod: t.field({ type: DisclosureDeliveryMethodEnum, required: true }),
  }),
});

const ExtendDisclosureRequestInput = builder.inputType('ExtendDisclosureRequestInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    reason: t.string({ required: true, description: 'Told to the requester.' }),
    workingDays: t.int({ defaultValue: 20, description: 'At most 20.' }),
  }),
});

const ReplyDisclosureRequestInput = builder.inputType('ReplyDisclosureRequestInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    replyType: t.field({ type: DisclosureReplyTypeEnum, required: true }),
    body: t.string({ required: true }),
    reason: t.string({ description: 'Required for PARTIALLY_DISCLOSED, NOT_DISCLOSED and NOT_THIS_AUTHORITY.' }),
  }),
});

/** Loads a pending request inside a transaction, or refuses with NOT_FOUND / CONFLICT. */
async function pendingRequest(tx: Prisma.TransactionClient, requestNumber: string) {
  const request = await tx.disclosureRequest.findUnique({ where: { requestNumber } });
  if (!request) throw notFoundError('DisclosureRequest', requestNumber);
  if (request.status !== 'PENDING') {
    throw conflictError(`Disclosure request ${requestNumber} has already been answered`, { status: request.status });
  }
  return request;
}

builder.mutationFields((t) => ({
  submitDisclosureRequest: t.prismaField({
    ...PUBLIC,
    type: 'DisclosureRequest',
    description: '依申请公开: files a request for government information; the reply is due in 20 working days.',
    args: { input: t.arg({ type: SubmitDisclosureRequestInput, required: true }) },
    resolve: (query, _root, args, context: Context) => {
      const input = parseInput(disclosureRequestSubmission, args.input);
      return context.db.$transaction(async (tx) => {
        const receivedAt = new Date();
        const dueDate = toDateValue(disclosureDueDate(receivedAt));
        return tx.disclosureRequest.create({
          ...query,
          data: {
            ...input,
            contactEmail: input.contactEmail ?? null,
            requestNumber: await nextNumber(tx, 'disclosureRequest', receivedAt),
            status: 'PENDING',
            receivedAt,
            originalDueDate: dueDate,
            dueDate,
          },
        });
      });
    },
  }),
  extendDisclosureRequest: t.prismaField({
    type: 'DisclosureRequest',
    description: 'Extends the reply period once, before it ends, by up to 20 working days, with the reason told to the requester.',
    args: {
      requestNumber: t.arg.string({ required: true }),
      input: t.arg({ type: ExtendDisclosureRequestInput, required: true }),
    },
    resolve: (query, _root, args, context: Context) => {
      const input = parseInput(disclosureExtension, args.input);
      return context.db.$transaction(async (tx) => {
        const request = await pendingRequest(tx, args.requestNumber);
        const now = new Date();
        const problem = extensionProblem({ ...request, dueDate: fromDateValue(request.dueDate) }, todayAt(now));
        if (problem) throw conflictError(`Disclosure request ${request.requestNumber}: ${problem}`);
        const { count } = await tx.disclosureRequest.updateMany({
          where: { id: request.id, status: 'PENDING', extendedAt: null },
          data: {
            extendedAt: now,
            extensionWorkingDays: input.workingDays,
            extensionReason: input.reason,
            officer: input.officer,
            dueDate: toDateValue(addWorkingDays(fromDateValue(request.originalDueDate), input.workingDays)),
          },
        });
        if (count === 0) throw conflictError(`Disclosure request ${request.requestNumber} was changed concurrently; read it again`);
        return tx.disclosureRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
      });
    },
  }),
  replyDisclosureRequest: t.prismaField({
    type: 'DisclosureRequest',
    description: 'Answers a pending request with one of the reply types of 第三十六条; refusals state their reason.',
    args: {
      requestNumber: t.arg.string({ required: true }),
      input: t.arg({ type: ReplyDisclosureRequestInput, required: true }),
    },
    resolve: (query, _root, args, context: Context) => {
      const input = parseInput(disclosureReply, args.input);
      return context.db.$transaction(async (tx) => {
        const request = await pendingRequest(tx, args.requestNumber);
        const { count } = await tx.disclosureRequest.updateMany({
          where: { id: request.id, status: 'PENDING' },
          data: {
            status: 'REPLIED',
            repliedAt: new Date(),
            replyType: input.replyType,
            replyBody: input.body,
            replyReason: input.reason ?? null,
            officer: input.officer,
          },
        });
        if (count === 0) throw conflictError(`Disclosure request ${request.requestNumber} was changed concurrently; read it again`);
        return tx.disclosureRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
      });
    },
  }),
}));
