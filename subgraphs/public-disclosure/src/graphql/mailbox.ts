import { checkPageSize, conflictError, notFoundError, parseInput, PUBLIC, userInputError } from '@forestry/subgraph-runtime';
import { builder, type Context } from '../builder.js';
import { toDateValue, type LocalDate, lastWorkingDayOnOrBefore } from '@forestry/subgraph-runtime/calendar';
import {
  MAILBOX_CATEGORIES,
  MAILBOX_REPLY_LIMIT_DAYS,
  mailboxDeadline,
  mailboxDueDate,
  mailboxLetterSubmission,
  mailboxReply,
  publicationProblem,
  replyWorkingDays,
} from '../domain/mailbox-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { MailboxLetterCategory } from '../generated/prisma/enums.js';
import { chinaDateRange } from './date-range.js';
import { AS_OF_DESCRIPTION, todayAt, WorkingDayDeadlineRef } from './deadline.js';
import { DisclosureDepartmentEnum, MailboxLetterCategoryEnum, MailboxLetterStatusEnum } from './enums.js';
import { nextNumber } from './numbering.js';
import { INTERNAL_ONLY, PUBLIC_CONNECTION, PUBLIC_EDGE } from './visibility.js';

builder.prismaObject('MailboxLetter', {
  description: `领导信箱来信: a letter to the leaders, answered within ${MAILBOX_REPLY_LIMIT_DAYS} working days; published with its reply only with the writer's consent.`,
  fields: (t) => ({
    id: t.exposeID('id', { tag: 'public' }),
    letterNumber: t.exposeString('letterNumber', { tag: 'public', description: 'e.g. LDXX-2026-00087.' }),
    category: t.expose('category', { tag: 'public', type: MailboxLetterCategoryEnum }),
    subject: t.exposeString('subject', { tag: 'public' }),
    body: t.exposeString('body', { tag: 'public' }),
    writerName: t.exposeString('writerName', INTERNAL_ONLY),
    writerPhone: t.exposeString('writerPhone', INTERNAL_ONLY),
    writerEmail: t.exposeString('writerEmail', { ...INTERNAL_ONLY, nullable: true }),
    publicationConsent: t.exposeBoolean('publicationConsent', { description: 'The writer agrees to publication.' }),
    status: t.expose('status', { tag: 'public', type: MailboxLetterStatusEnum }),
    submittedAt: t.expose('submittedAt', { tag: 'public', type: 'DateTime' }),
    replyBody: t.exposeString('replyBody', { tag: 'public', nullable: true, description: '公开答复.' }),
    replyDepartment: t.expose('replyDepartment', { tag: 'public', type: DisclosureDepartmentEnum, nullable: true }),
    repliedAt: t.expose('repliedAt', { tag: 'public', type: 'DateTime', nullable: true }),
    replyWorkingDays: t.exposeInt('replyWorkingDays', { tag: 'public', nullable: true }),
    published: t.exposeBoolean('published', { tag: 'public' }),
    deadline: t.field({
      tag: 'public',
      type: WorkingDayDeadlineRef,
      args: { asOf: t.arg({ type: 'DateTime', description: AS_OF_DESCRIPTION }) },
      resolve: (letter, args) => mailboxDeadline(letter, todayAt(args.asOf)),
    }),
  }),
});

/** Unanswered letters past the commitment on `today`, as `mailboxDeadline` counts it. */
function overdueWhere(today: LocalDate): Prisma.MailboxLetterWhereInput {
  return { status: 'PENDING', dueDate: { lt: toDateValue(lastWorkingDayOnOrBefore(today)) } };
}

const MailboxLetterFilter = builder.inputType('MailboxLetterFilter', {
  fields: (t) => ({
    categories: t.field({ type: [MailboxLetterCategoryEnum] }),
    statuses: t.field({ type: [MailboxLetterStatusEnum] }),
    published: t.boolean(),
    overdue: t.boolean({ description: 'Unanswered past the commitment as of `asOf` (true), or not (false).' }),
    submittedFrom: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
    submittedTo: t.field({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
  }),
});

type Filter = typeof MailboxLetterFilter.$inferInput;

function letterWhere(filter: Filter | null | undefined, today: LocalDate): Prisma.MailboxLetterWhereInput {
  if (!filter) return {};
  return {
    AND: [
      {
        category: filter.categories ? { in: filter.categories } : undefined,
        status: filter.statuses ? { in: filter.statuses } : undefined,
        published: filter.published ?? undefined,
        submittedAt: chinaDateRange(filter.submittedFrom, filter.submittedTo),
      },
      filter.overdue === true ? overdueWhere(today) : {},
      filter.overdue === false ? { NOT: overdueWhere(today) } : {},
    ],
  };
}

interface LetterFigures {
  received: number;
  replied: number;
  repliedOnTime: number;
  replyWorkingDays: number;
  published: number;
  overduePending: number;
}

const emptyFigures = (): LetterFigures => ({ received: 0, replied: 0, repliedOnTime: 0, replyWorkingDays: 0, published: 0, overduePending: 0 });
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const MailboxFiguresRef = builder.interfaceRef<LetterFigures>('MailboxFigures').implement({
  description: 'What the mailbox statistics count; letters are counted by the date they were written.',
  fields: (t) => ({
    received: t.exposeInt('received'),
    replied: t.exposeInt('replied'),
    replyRate: t.float({ nullable: true, description: '回复率, 0 to 1.', resolve: (figures) => ratio(figures.replied, figures.received) }),
    repliedOnTime: t.exposeInt('repliedOnTime', { description: `Replied within ${MAILBOX_REPLY_LIMIT_DAYS} working days.` }),
    onTimeReplyRate: t.float({
      nullable: true,
      description: 'Share of replies within the commitment, 0 to 1.',
      resolve: (figures) => ratio(figures.repliedOnTime, figures.replied),
    }),
    averageReplyWorkingDays: t.float({ nullable: true, resolve: (figures) => ratio(figures.replyWorkingDays, figures.replied) }),
    published: t.exposeInt('published'),
    overduePending: t.exposeInt('overduePending', { description: 'Unanswered past the commitment as of `asOf`.' }),
  }),
});

const MailboxCategoryStatisticsRef = builder.objectRef<LetterFigures & { category: MailboxLetterCategory }>('MailboxCategoryStatistics');
MailboxCategoryStatisticsRef.implement({
  interfaces: [MailboxFiguresRef],
  fields: (t) => ({ category: t.field({ type: MailboxLetterCategoryEnum, resolve: (row) => row.category }) }),
});

const MailboxStatisticsRef = builder.objectRef<LetterFigures & { byCategory: (LetterFigures & { category: MailboxLetterCategory })[] }>(
  'MailboxStatistics',
);
MailboxStatisticsRef.implement({
  interfaces: [MailboxFiguresRef],
  description: '领导信箱统计: letters of a period and how they were answered.',
  fields: (t) => ({
    byCategory: t.field({ type: [MailboxCategoryStatisticsRef], resolve: (statistics) => statistics.byCategory }),
  }),
});

/** Three grouped statements, however many letters there are. */
async function mailboxStatistics(context: Context, range: Prisma.MailboxLetterWhereInput, today: LocalDate) {
  const [byStatus, onTime, overdue] = await Promise.all([
    context.db.mailboxLetter.groupBy({
      by: ['category', 'status', 'published'],
      where: range,
      _count: { _all: true },
      _sum: { replyWorkingDays: true },
    }),
    context.db.mailboxLetter.groupBy({
      by: ['category'],
      where: { ...range, replyWorkingDays: { lte: MAILBOX_REPLY_LIMIT_DAYS } },
      _count: { _all: true },
    }),
    context.db.mailboxLetter.groupBy({ by: ['category'], where: { AND: [range, overdueWhere(today)] }, _count: { _all: true } }),
  ]);
  const byCategory = new Map(MAILBOX_CATEGORIES.map((category) => [category, { category, ...emptyFigures() }]));
  const total = emptyFigures();
  const add = (category: MailboxLetterCategory, change: (figures: LetterFigures) => void) => {
    change(total);
    change(byCategory.get(category)!);
  };
  for (const group of byStatus) {
    const count = group._count._all;
    add(group.category, (figures) => {
      figures.received += count;
      if (group.status === 'REPLIED') figures.replied += count;
      if (group.published) figures.published += count;
      figures.replyWorkingDays += group._sum.replyWorkingDays ?? 0;
    });
  }
  for (const group of onTime) add(group.category, (figures) => void (figures.repliedOnTime += group._count._all));
  for (const group of overdue) add(group.category, (figures) => void (figures.overduePending += group._count._all));
  return { ...total, byCategory: [...byCategory.values()] };
}

const MAX_PAGE_SIZE = 100;

builder.queryFields((t) => ({
  mailboxLetter: t.prismaField({
    type: 'MailboxLetter',
    nullable: true,
    args: { letterNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) => context.db.mailboxLetter.findUnique({ ...query, where: { letterNumber: args.letterNumber } }),
  }),
  mailboxLetters: t.prismaConnection({
    type: 'MailboxLetter',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Letters to the leader mailbox, the most recent first.',
    args: {
      filter: t.arg({ type: MailboxLetterFilter }),
      asOf: t.arg({ type: 'DateTime', description: `For the \`overdue\` filter. ${AS_OF_DESCRIPTION}` }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.mailboxLetter.count({ where: letterWhere(args.filter, todayAt(args.asOf)) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.mailboxLetter.findMany({
        ...query,
        where: letterWhere(args.filter, todayAt(args.asOf)),
        orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
      });
    },
  }),
  publishedMailboxLetters: t.prismaConnection(
    {
      ...PUBLIC,
      type: 'MailboxLetter',
      cursor: 'id',
      defaultSize: 20,
      maxSize: MAX_PAGE_SIZE,
      description: '领导信箱公开回复: letters published with their reply, the most recently answered first.',
      args: { category: t.arg({ type: MailboxLetterCategoryEnum }) },
      totalCount: (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.mailboxLetter.count({ where: { published: true, category: args.category ?? undefined } });
      },
      resolve: (query, _root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        return context.db.mailboxLetter.findMany({
          ...query,
          where: { published: true, category: args.category ?? undefined },
          orderBy: [{ repliedAt: 'desc' }, { id: 'asc' }],
        });
      },
    },
    PUBLIC_CONNECTION,
    PUBLIC_EDGE,
  ),
  mailboxStatistics: t.field({
    type: MailboxStatisticsRef,
    description: 'Reply rate, timeliness and publication of the letters written in a period.',
    args: {
      submittedFrom: t.arg({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
      submittedTo: t.arg({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
      asOf: t.arg({ type: 'DateTime', description: `For \`overduePending\`. ${AS_OF_DESCRIPTION}` }),
    },
    resolve: (_root, args, context) =>
      mailboxStatistics(context, { submittedAt: chinaDateRange(args.submittedFrom, args.submittedTo) }, todayAt(args.asOf)),
  }),
}));

const SubmitMailboxLetterInput = builder.inputType('SubmitMailboxLetterInput', {
  fields: (t) => ({
    category: t.field({ type: MailboxLetterCategoryEnum, required: true }),
    subject: t.string({ required: true }),
    body: t.string({ required: true }),
    writerName: t.string({ required: true }),
    writerPhone: t.string({ required: true }),
    writerEmail: t.string(),
    publicationConsent: t.boolean({ required: true, description: 'Whether the letter and its reply may be published.' }),
  }),
});

const ReplyMailboxLetterInput = builder.inputType('ReplyMailboxLetterInput', {
  fields: (t) => ({
    officer: t.string({ required: true }),
    department: t.field({ type: DisclosureDepartmentEnum, required: true, description: 'The department that answers.' }),
    body: t.string({ required: true }),
    publish: t.boolean({ required: true, description: 'Publish letter and reply; needs the writer’s consent, never for reports.' }),
  }),
});

builder.mutationFields((t) => ({
  submitMailboxLetter: t.prismaField({
    ...PUBLIC,
    type: 'MailboxLetter',
    description: 'Writes to the leader mailbox; the reply is due within the commitment.',
    args: { input: t.arg({ type: SubmitMailboxLetterInput, required: true }) },
    resolve: (query, _root, args, context: Context) => {
      const input = parseInput(mailboxLetterSubmission, args.input);
      return context.db.$transaction(async (tx) => {
        const submittedAt = new Date();
        return tx.mailboxLetter.create({
          ...query,
          data: {
            ...input,
            writerEmail: input.writerEmail ?? null,
            letterNumber: await nextNumber(tx, 'mailboxLetter', submittedAt),
            status: 'PENDING',
            submittedAt,
            dueDate: toDateValue(mailboxDueDate(submittedAt)),
          },
        });
      });
    },
  }),
  replyMailboxLetter: t.prismaField({
    type: 'MailboxLetter',
    description: 'Answers a letter once, and publishes letter and reply if asked and allowed.',
    args: { letterNumber: t.arg.string({ required: true }), input: t.arg({ type: ReplyMailboxLetterInput, required: true }) },
    resolve: (query, _root, args, context: Context) => {
      const input = parseInput(mailboxReply, args.input);
      return context.db.$transaction(async (tx) => {
        const letter = await tx.mailboxLetter.findUnique({ where: { letterNumber: args.letterNumber } });
        if (!letter) throw notFoundError('MailboxLetter', args.letterNumber);
        if (letter.status !== 'PENDING') throw conflictError(`Letter ${letter.letterNumber} has already been answered`, { status: letter.status });
        const problem = input.publish ? publicationProblem(letter) : null;
        if (problem) throw userInputError(`Letter ${letter.letterNumber} cannot be published: ${problem}`, [{ field: 'input.publish', message: problem }]);
        const repliedAt = new Date();
        const { count } = await tx.mailboxLetter.updateMany({
          where: { id: letter.id, status: 'PENDING' },
          data: {
            status: 'REPLIED',
            replyBody: input.body,
            replyDepartment: input.department,
            officer: input.officer,
            repliedAt,
            replyWorkingDays: replyWorkingDays(letter.submittedAt, repliedAt),
            published: input.publish,
          },
        });
        if (count === 0) throw conflictError(`Letter ${letter.letterNumber} was changed concurrently; read it again`);
        return tx.mailboxLetter.findUniqueOrThrow({ ...query, where: { id: letter.id } });
      });
    },
  }),
}));
