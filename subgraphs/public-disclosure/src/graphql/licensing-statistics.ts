import { builder, type Context } from '../builder.js';
import type { LicenceApplicationStatus, LicenceDecision } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import { chinaDateRange } from './date-range.js';
import { AS_OF_DESCRIPTION, todayAt } from './deadline.js';
import { LicensingItemRef } from './licensing-items.js';
import { overdueWhere } from './licence-applications.js';

interface Figures {
  submitted: number;
  rejectedAtIntake: number;
  inProgress: number;
  approved: number;
  denied: number;
  handlingWorkingDays: number;
  decidedOnTime: number;
  decidedWithinPromise: number;
  overdueInProgress: number;
}

const IN_PROGRESS: readonly LicenceApplicationStatus[] = ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED'];

function emptyFigures(): Figures {
  return {
    submitted: 0,
    rejectedAtIntake: 0,
    inProgress: 0,
    approved: 0,
    denied: 0,
    handlingWorkingDays: 0,
    decidedOnTime: 0,
    decidedWithinPromise: 0,
    overdueInProgress: 0,
  };
}

const DECISION_FIGURE = { APPROVED: 'approved', DENIED: 'denied' } as const satisfies Record<LicenceDecision, keyof Figures>;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const LicensingFiguresRef = builder.interfaceRef<Figures>('LicensingFigures').implement({
  description: 'What the statistics of online applications count; applications are counted by submission date.',
  fields: (t) => ({
    submitted: t.exposeInt('submitted'),
    rejectedAtIntake: t.exposeInt('rejectedAtIntake', { description: '不予受理.' }),
    inProgress: t.exposeInt('inProgress', { description: 'Not yet decided: awaiting intake, under review or waiting for supplements.' }),
    decided: t.int({ resolve: (figures) => figures.approved + figures.denied }),
    approved: t.exposeInt('approved'),
    denied: t.exposeInt('denied'),
    averageHandlingWorkingDays: t.float({
      nullable: true,
      description: 'Mean working days from acceptance to decision, pauses excluded; null when nothing was decided.',
      resolve: (figures) => ratio(figures.handlingWorkingDays, figures.approved + figures.denied),
    }),
    onTimeRate: t.float({
      nullable: true,
      description: 'Share of decisions within the statutory limit (法定时限), 0 to 1; null when nothing was decided.',
      resolve: (figures) => ratio(figures.decidedOnTime, figures.approved + figures.denied),
    }),
    promiseKeptRate: t.float({
      nullable: true,
      description: 'Share of decisions within the promised limit (承诺时限), 0 to 1.',
      resolve: (figures) => ratio(figures.decidedWithinPromise, figures.approved + figures.denied),
    }),
    overdueInProgress: t.exposeInt('overdueInProgress', { description: 'Undecided and past the statutory limit as of `asOf`.' }),
  }),
});

const LicensingItemStatisticsRef = builder.objectRef<Figures & { itemCode: string }>('LicensingItemStatistics');
LicensingItemStatisticsRef.implement({
  interfaces: [LicensingFiguresRef],
  fields: (t) => ({
    item: t.field({
      type: LicensingItemRef,
      resolve: async (row, _args, context) => (await context.loaders.licensingItem.load(row.itemCode))!,
    }),
  }),
});

const LicensingStatisticsRef = builder.objectRef<Figures & { byItem: (Figures & { itemCode: string })[] }>('LicensingStatistics');
LicensingStatisticsRef.implement({
  interfaces: [LicensingFiguresRef],
  description: '网上审批统计: online applications of a period, in total and per item.',
  fields: (t) => ({
    byItem: t.field({
      type: [LicensingItemStatisticsRef],
      description: 'Every item, the most applied-for first.',
      resolve: (statistics) => statistics.byItem,
    }),
  }),
});

/** Five statements, however many applications and items there are. */
async function licensingStatistics(context: Context, range: Prisma.LicenceApplicationWhereInput, asOf: Date | null | undefined) {
  const { fields } = context.db.licenceApplication;
  const decidedWithin = (limit: typeof fields.statutoryLimitDays) =>
    context.db.licenceApplication.groupBy({
      by: ['itemCode'],
      where: { ...range, handlingWorkingDays: { lte: limit } },
      _count: { _all: true },
    });
  const [items, byStatus, onTime, withinPromise, overdue] = await Promise.all([
    context.db.licensingItem.findMany({ select: { code: true }, orderBy: { code: 'asc' } }),
    context.db.licenceApplication.groupBy({
      by: ['itemCode', 'status', 'decision'],
      where: range,
      _count: { _all: true },
      _sum: { handlingWorkingDays: true },
    }),
    decidedWithin(fields.statutoryLimitDays),
    decidedWithin(fields.promisedLimitDays),
    context.db.licenceApplication.groupBy({
      by: ['itemCode'],
      where: { AND: [range, overdueWhere(context, todayAt(asOf), false)] },
      _count: { _all: true },
    }),
  ]);

  const byItem = new Map(items.map((item) => [item.code, { itemCode: item.code, ...emptyFigures() }]));
  const total = emptyFigures();
  const add = (itemCode: string, change: (figures: Figures) => void) => {
    change(total);
    change(byItem.get(itemCode)!);
  };
  for (const group of byStatus) {
    const count = group._count._all;
    add(group.itemCode, (figures) => {
      figures.submitted += count;
      if (group.status === 'REJECTED_AT_INTAKE') figures.rejectedAtIntake += count;
      if (IN_PROGRESS.includes(group.status)) figures.inProgress += count;
      if (group.decision) figures[DECISION_FIGURE[group.decision]] += count;
      figures.handlingWorkingDays += group._sum.handlingWorkingDays ?? 0;
    });
  }
  for (const group of onTime) add(group.itemCode, (figures) => void (figures.decidedOnTime += group._count._all));
  for (const group of withinPromise) add(group.itemCode, (figures) => void (figures.decidedWithinPromise += group._count._all));
  for (const group of overdue) add(group.itemCode, (figures) => void (figures.overdueInProgress += group._count._all));
  return {
    ...total,
    byItem: [...byItem.values()].sort((a, b) => b.submitted - a.submitted || a.itemCode.localeCompare(b.itemCode)),
  };
}

builder.queryFields((t) => ({
  licensingStatistics: t.field({
    type: LicensingStatisticsRef,
    description: 'Counts, average handling time and on-time rates of online applications submitted in a period.',
    args: {
      submittedFrom: t.arg({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
      submittedTo: t.arg({ type: 'Date', description: 'Inclusive, China Standard Time.' }),
      asOf: t.arg({ type: 'DateTime', description: `For \`overdueInProgress\`. ${AS_OF_DESCRIPTION}` }),
    },
    resolve: (_root, args, context) =>
      licensingStatistics(context, { submittedAt: chinaDateRange(args.submittedFrom, args.submittedTo) }, args.asOf),
  }),
}));
