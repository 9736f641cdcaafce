import { checkPageSize, conflictError, notFoundError, parseInput, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import { fromDateValue, toDateValue, type LocalDate } from '@forestry/subgraph-runtime/calendar';
import {
  noticePublication,
  opinionSubmission,
  phaseOf,
  solicitationPublication,
  workingDaysIn,
  type PeriodPhase,
} from '../domain/publication-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PublicNoticeKind } from '../generated/prisma/enums.js';
import { AS_OF_DESCRIPTION, todayAt } from './deadline.js';
import { DisclosureDepartmentEnum, PeriodPhaseEnum, PublicNoticeKindEnum } from './enums.js';
import { INTERNAL_ONLY, PUBLIC_CONNECTION, PUBLIC_EDGE } from './visibility.js';

builder.prismaObject('PublicNotice', {
  description: '网上公示: a notice open for objections during its period (公示期), both ends included.',
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    kind: t.expose('kind', { tag: 'public', type: PublicNoticeKindEnum }),
    title: t.exposeString('title', { tag: 'public' }),
    body: t.exposeString('body', { tag: 'public' }),
    department: t.expose('department', { tag: 'public', type: DisclosureDepartmentEnum }),
    publishedAt: t.expose('publishedAt', { tag: 'public', type: 'DateTime' }),
    periodStart: t.field({ tag: 'public', type: 'Date', resolve: (notice) => notice.periodStart }),
    periodEnd: t.field({ tag: 'public', type: 'Date', resolve: (notice) => notice.periodEnd }),
    periodWorkingDays: t.int({
      tag: 'public',
      resolve: (notice) => workingDaysIn(fromDateValue(notice.periodStart), fromDateValue(notice.periodEnd)),
    }),
    objectionContact: t.exposeString('objectionContact', { tag: 'public', description: '异议受理方式.' }),
    phase: t.field({
      tag: 'public',
      type: PeriodPhaseEnum,
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (notice, args) => phaseOf(fromDateValue(notice.periodStart), fromDateValue(notice.periodEnd), todayAt(args.asOf)),
    }),
  }),
});

builder.prismaObject('OpinionSolicitation', {
  description: '民意征集: a draft put to the public, taking opinions between its opening and closing dates (both included).',
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    title: t.exposeString('title', { tag: 'public' }),
    summary: t.exposeString('summary', { tag: 'public' }),
    department: t.expose('department', { tag: 'public', type: DisclosureDepartmentEnum }),
    publishedAt: t.expose('publishedAt', { tag: 'public', type: 'DateTime' }),
    opensOn: t.field({ tag: 'public', type: 'Date', resolve: (solicitation) => solicitation.opensOn }),
    closesOn: t.field({ tag: 'public', type: 'Date', resolve: (solicitation) => solicitation.closesOn }),
    phase: t.field({
      tag: 'public',
      type: PeriodPhaseEnum,
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (solicitation, args) =>
        phaseOf(fromDateValue(solicitation.opensOn), fromDateValue(solicitation.closesOn), todayAt(args.asOf)),
    }),
    opinionCount: t.relationCount('opinions', { tag: 'public' }),
    opinions: t.relatedConnection('opinions', {
      ...INTERNAL_ONLY,
      cursor: 'id',
      totalCount: true,
      description: 'The opinions received, oldest first.',
      query: { orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('SolicitationOpinion', {
  description: '征集意见: one opinion submitted to a consultation.',
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    authorName: t.exposeString('authorName', { tag: 'public', nullable: true, description: 'Null when anonymous.' }),
    content: t.exposeString('content', { tag: 'public' }),
    submittedAt: t.expose('submittedAt', { tag: 'public', type: 'DateTime' }),
  }),
});

/** Column filters selecting periods in a phase on `today`, both ends of a period included. */
function phaseBounds(phase: PeriodPhase | null | undefined, today: LocalDate): { start?: { gt: Date } | { lte: Date }; end?: { lt: Date } | { gte: Date } } {
  const day = toDateValue(today);
  if (phase === 'UPCOMING') return { start: { gt: day } };
  if (phase === 'CLOSED') return { end: { lt: day } };
  if (phase === 'OPEN') return { start: { lte: day }, end: { gte: day } };
  return {};
}

const MAX_PAGE_SIZE = 100;

builder.queryFields((t) => ({
  publicNotices: t.prismaConnection(
    {
      ...PUBLIC,
      type: 'PublicNotice',
      cursor: 'id',
      defaultSize: 20,
      maxSize: MAX_PAGE_SIZE,
      description: 'Public notices, the most recently published first.',
      args: {
        kind: t.arg({ type: PublicNoticeKindEnum }),
        phase: t.arg({ type: PeriodPhaseEnum }),
        asOf: t.arg({ type: 'DateTime', description: `For the \`phase\` filter. ${AS_OF_DESCRIPTION}` }),
      },
      totalCount: (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.publicNotice.count({ where: noticeWhere(args) });
      },
      resolve: (query, _root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.publicNotice.findMany({ ...query, where: noticeWhere(args), orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }] });
      },
    },
    PUBLIC_CONNECTION,
    PUBLIC_EDGE,
  ),
  opinionSolicitations: t.prismaConnection(
    {
      ...PUBLIC,
      type: 'OpinionSolicitation',
      cursor: 'id',
      defaultSize: 20,
      maxSize: MAX_PAGE_SIZE,
      description: 'Opinion solicitations, the most recently opened first.',
      args: {
        phase: t.arg({ type: PeriodPhaseEnum }),
        asOf: t.arg({ type: 'DateTime', description: `For the \`phase\` filter. ${AS_OF_DESCRIPTION}` }),
      },
      totalCount: (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.opinionSolicitation.count({ where: solicitationWhere(args) });
      },
      resolve: (query, _root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.opinionSolicitation.findMany({
          ...query,
          where: solicitationWhere(args),
          orderBy: [{ opensOn: 'desc' }, { id: 'asc' }],
        });
      },
    },
    PUBLIC_CONNECTION,
    PUBLIC_EDGE,
  ),
}));

function noticeWhere(args: { kind?: PublicNoticeKind | null; phase?: PeriodPhase | null; asOf?: Date | null }): Prisma.PublicNoticeWhereInput {
  const { start, end } = phaseBounds(args.phase, todayAt(args.asOf));
  return { kind: args.kind ?? undefined, periodStart: start, periodEnd: end };
}

function solicitationWhere(args: { phase?: PeriodPhase | null; asOf?: Date | null }): Prisma.OpinionSolicitationWhereInput {
  const { start, end } = phaseBounds(args.phase, todayAt(args.asOf));
  return { opensOn: start, closesOn: end };
}

const PublishNoticeInput = builder.inputType('PublishPublicNoticeInput', {
  fields: (t) => ({
    kind: t.field({ type: PublicNoticeKindEnum, required: true }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    department: t.field({ type: DisclosureDepartmentEnum, required: true }),
    periodStart: t.field({ type: 'Date', required: true, description: 'Today or later.' }),
    periodEnd: t.field({ type: 'Date', required: true, description: 'The period spans at least 5 working days.' }),
    objectionContact: t.string({ required: true }),
  }),
});

const PublishSolicitationInput = builder.inputType('PublishOpinionSolicitationInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    summary: t.string({ required: true }),
    department: t.field({ type: DisclosureDepartmentEnum, required: true }),
    opensOn: t.field({ type: 'Date', required: true, description: 'Today or later.' }),
    closesOn: t.field({ type: 'Date', required: true, description: 'At least 30 days after opening, both ends included.' }),
  }),
});

const SubmitOpinionInput = builder.inputType('SubmitSolicitationOpinionInput', {
  fields: (t) => ({
    authorName: t.string({ description: 'Leave out to stay anonymous.' }),
    content: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  publishNotice: t.prismaField({
    type: 'PublicNotice',
    description: '网上公示: publishes a notice for a period starting today or later and spanning at least 5 working days.',
    args: { input: t.arg({ type: PublishNoticeInput, required: true }) },
    resolve: (query, _root, { input }, context: Context) => {
      const publishedAt = new Date();
      const notice = parseInput(noticePublication(todayAt(publishedAt)), {
        ...input,
        periodStart: fromDateValue(input.periodStart),
        periodEnd: fromDateValue(input.periodEnd),
      });
      return context.db.publicNotice.create({
        ...query,
        data: { ...notice, publishedAt, periodStart: toDateValue(notice.periodStart), periodEnd: toDateValue(notice.periodEnd) },
      });
    },
  }),
  publishOpinionSolicitation: t.prismaField({
    type: 'OpinionSolicitation',
    description: '民意征集: puts a draft to the public for at least 30 days, opening today or later.',
    args: { input: t.arg({ type: PublishSolicitationInput, required: true }) },
    resolve: (query, _root, { input }, context: Context) => {
      const publishedAt = new Date();
      const solicitation = parseInput(solicitationPublication(todayAt(publishedAt)), {
        ...input,
        opensOn: fromDateValue(input.opensOn),
        closesOn: fromDateValue(input.closesOn),
      });
      return context.db.opinionSolicitation.create({
        ...query,
        data: { ...solicitation, publishedAt, opensOn: toDateValue(solicitation.opensOn), closesOn: toDateValue(solicitation.closesOn) },
      });
    },
  }),
  submitSolicitationOpinion: t.prismaField({
    ...PUBLIC,
    type: 'SolicitationOpinion',
    description: 'Submits an opinion to a consultation while it is open.',
    args: { solicitationId: t.arg.id({ required: true }), input: t.arg({ type: SubmitOpinionInput, required: true }) },
    resolve: (query, _root, args, context: Context) => {
      const opinion = parseInput(opinionSubmission, args.input);
      return context.db.$transaction(async (tx) => {
        const solicitation = await tx.opinionSolicitation.findUnique({ where: { id: String(args.solicitationId) } });
        if (!solicitation) throw notFoundError('OpinionSolicitation', String(args.solicitationId));
        const submittedAt = new Date();
        const phase = phaseOf(fromDateValue(solicitation.opensOn), fromDateValue(solicitation.closesOn), todayAt(submittedAt));
        if (phase !== 'OPEN') {
          throw conflictError(
            `Opinions on “${solicitation.title}” are taken from ${fromDateValue(solicitation.opensOn)} to ${fromDateValue(solicitation.closesOn)}`,
            { phase },
          );
        }
        return tx.solicitationOpinion.create({
          ...query,
          data: { solicitationId: solicitation.id, authorName: opinion.authorName ?? null, content: opinion.content, submittedAt },
        });
      });
    },
  }),
}));
