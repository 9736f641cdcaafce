import { checkPageSize, conflictError, notFoundError, parseInput } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { beijingDay } from '../domain/calendar.js';
import { readableClassifications, visibleDocuments } from '../domain/classification.js';
import {
  escalationStatus,
  latestDeadlineAtLevel,
  levelReachedOn,
  newSupervisionTask,
  pastInstant,
  SUPERVISION_LEVELS,
  supervisionTaskCompletion,
  unrecordedLevels,
  WORKING_DAYS_PER_LEVEL,
  type EscalationStatus,
} from '../domain/supervision.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { SupervisionLevel } from '../generated/prisma/enums.js';
import { OfficeDocumentRef } from './documents.js';
import { SupervisionLevelEnum, SupervisionTaskStatusEnum } from './enums.js';
import { OfficeUnitRef } from './office-units.js';
import { MAX_PAGE_SIZE } from './pagination.js';
import { SUPERVISION_TASK_ESCALATED, type SupervisionTaskEscalated } from './supervision-events.js';
import { checkReferences } from './references.js';

const ESCALATION_RULE =
  `Escalation rule: from the first working day past the deadline an open task is supervised by the clerk (CLERK) ` +
  `and goes up one level every ${WORKING_DAYS_PER_LEVEL} further working days ` +
  `(PARTY_SECRETARY, OFFICE_DIRECTOR, DEPUTY_DIRECTOR_GENERAL); weekends and public holidays do not count.`;

builder.prismaObject('SupervisionEscalation', {
  description: '督办升级记录: a task reaching a supervision level, as recorded.',
  fields: (t) => ({
    id: t.exposeID('id'),
    level: t.expose('level', { type: SupervisionLevelEnum }),
    reachedOn: t.expose('reachedOn', { type: 'Date', description: 'The working day the level was reached under the rule.' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    task: t.relation('task'),
  }),
});

const SupervisionEscalationStatusRef = builder.objectRef<EscalationStatus>('SupervisionEscalationStatus').implement({
  description: `督办状态 at an instant, computed from the deadline. ${ESCALATION_RULE}`,
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime' }),
    isOverdue: t.exposeBoolean('isOverdue', { description: 'Open and past its deadline.' }),
    overdueWorkingDays: t.exposeInt('overdueWorkingDays', {
      description: 'Working days past the deadline (until completion, for a completed task).',
    }),
    level: t.field({ type: SupervisionLevelEnum, nullable: true, resolve: (status) => status.level }),
    nextLevel: t.field({ type: SupervisionLevelEnum, nullable: true, resolve: (status) => status.nextLevel }),
    nextLevelOn: t.expose('nextLevelOn', {
      type: 'Date',
      nullable: true,
      description: 'The working day the task reaches the next level if it is still open.',
    }),
  }),
});

builder.prismaObject('SupervisionTask', {
  description: `督办事项: work a unit must finish by a deadline, supervised at four levels. ${ESCALATION_RULE}`,
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    requirement: t.exposeString('requirement', { description: '督办要求.' }),
    responsibleUnit: t.relation('responsibleUnit', { description: '责任单位.' }),
    sourceDocument: t.field({
      type: OfficeDocumentRef,
      nullable: true,
      description: 'The document the task comes from, if any and if the caller may see it.',
      // Loaded with the task, then hidden when its classification is above the caller's clearance.
      select: (_args, _context, nestedSelection) => ({ sourceDocument: nestedSelection(true) }),
      resolve: (task, _args, context) =>
        task.sourceDocument && readableClassifications(context.viewer.clearance).includes(task.sourceDocument.classification)
          ? task.sourceDocument
          : null,
    }),
    assignedBy: t.exposeString('assignedBy', { description: '交办人.' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
    deadline: t.expose('deadline', { type: 'Date', description: '办理时限 (Beijing date).' }),
    status: t.field({ type: SupervisionTaskStatusEnum, resolve: (task) => (task.completedAt ? 'COMPLETED' : 'OPEN') }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completionReport: t.exposeString('completionReport', { nullable: true, description: '办结报告.' }),
    escalation: t.field({
      type: SupervisionEscalationStatusRef,
      description: 'Overdue days and supervision level at `asOf` (default: now).',
      args: { asOf: t.arg({ type: 'DateTime' }) },
      resolve: (task, args) => escalationStatus(task, args.asOf ?? new Date()),
    }),
    recordedEscalationLevel: t.expose('escalationLevel', {
      type: SupervisionLevelEnum,
      nullable: true,
      description: 'The highest level recorded by escalateOverdueSupervisionTasks.',
    }),
    escalations: t.relation('escalations', {
      description: 'Recorded escalations, lowest level first.',
      query: { orderBy: { reachedOn: 'asc' } },
    }),
  }),
});

/** Tasks assigned by `asOf` and not completed by then. */
function openAt(asOf: Date): Prisma.SupervisionTaskWhereInput {
  return { assignedAt: { lte: asOf }, OR: [{ completedAt: null }, { completedAt: { gt: asOf } }] };
}

const SupervisionTaskFilter = builder.inputType('SupervisionTaskFilter', {
  fields: (t) => ({
    provinceCode: t.id({ description: 'Tasks of units of this province’s department.' }),
    responsibleUnitCode: t.id(),
    status: t.field({ type: SupervisionTaskStatusEnum, description: 'Current status (not as of `asOf`).' }),
    overdue: t.boolean({ description: 'true: open and past the deadline at `asOf`; false: not overdue at `asOf`.' }),
    minimumLevel: t.field({
      type: SupervisionLevelEnum,
      description: 'Open at `asOf` and escalated to this level or above by then.',
    }),
  }),
});

function taskWhere(filter: typeof SupervisionTaskFilter.$inferInput | null | undefined, asOf: Date): Prisma.SupervisionTaskWhereInput {
  if (!filter) return {};
  const today = beijingDay(asOf);
  const overdue: Prisma.SupervisionTaskWhereInput = { ...openAt(asOf), deadline: { lt: today } };
  return {
    AND: [
      filter.provinceCode ? { responsibleUnit: { provinceCode: String(filter.provinceCode) } } : {},
      filter.responsibleUnitCode ? { responsibleUnitCode: String(filter.responsibleUnitCode) } : {},
      filter.status ? { completedAt: filter.status === 'COMPLETED' ? { not: null } : null } : {},
      filter.overdue === true ? overdue : {},
      filter.overdue === false ? { NOT: overdue } : {},
      filter.minimumLevel ? { ...openAt(asOf), deadline: { lte: latestDeadlineAtLevel(filter.minimumLevel, today) } } : {},
    ],
  };
}

interface UnitSupervision {
  unitCode: string;
  openCount: number;
  overdueCount: number;
  highestLevel: SupervisionLevel | null;
}

interface SupervisionOverview {
  asOf: Date;
  openCount: number;
  overdueCount: number;
  byLevel: { level: SupervisionLevel; count: number }[];
  byUnit: UnitSupervision[];
}

const SupervisionLevelCountRef = builder.objectRef<{ level: SupervisionLevel; count: number }>('SupervisionLevelCount').implement({
  fields: (t) => ({
    level: t.field({ type: SupervisionLevelEnum, resolve: (row) => row.level }),
    count: t.exposeInt('count', { description: 'Open tasks at exactly this level.' }),
  }),
});

const UnitSupervisionRef = builder.objectRef<UnitSupervision>('UnitSupervisionSummary').implement({
  fields: (t) => ({
    unit: t.field({ type: OfficeUnitRef, resolve: async (row, _args, context) => (await context.loaders.officeUnit.load(row.unitCode))! }),
    openCount: t.exposeInt('openCount'),
    overdueCount: t.exposeInt('overdueCount'),
    highestLevel: t.field({ type: SupervisionLevelEnum, nullable: true, resolve: (row) => row.highestLevel }),
  }),
});

const SupervisionOverviewRef = builder.objectRef<SupervisionOverview>('SupervisionOverview').implement({
  description: '督查督办情况: open and overdue tasks across units at an instant, for leaders and the office’s reviews.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime' }),
    openCount: t.exposeInt('openCount'),
    overdueCount: t.exposeInt('overdueCount'),
    byLevel: t.field({ type: [SupervisionLevelCountRef], resolve: (overview) => overview.byLevel }),
    byUnit: t.field({
      type: [UnitSupervisionRef],
      description: 'Units with open tasks, most overdue first.',
      resolve: (overview) => overview.byUnit,
    }),
  }),
});

builder.queryFields((t) => ({
  supervisionTask: t.prismaField({
    type: 'SupervisionTask',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.supervisionTask.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  supervisionTasks: t.prismaConnection({
    type: 'SupervisionTask',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Supervision tasks matching a filter, earliest deadline first.',
    args: {
      filter: t.arg({ type: SupervisionTaskFilter }),
      asOf: t.arg({ type: 'DateTime', description: 'The instant `overdue` and `minimumLevel` refer to (default: now).' }),
    },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.supervisionTask.count({ where: taskWhere(args.filter, args.asOf ?? new Date()) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.supervisionTask.findMany({
        ...query,
        where: taskWhere(args.filter, args.asOf ?? new Date()),
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  supervisionOverview: t.field({
    type: SupervisionOverviewRef,
    description: 'Open and overdue supervision tasks at `asOf` (default: now), by level and by unit.',
    args: {
      asOf: t.arg({ type: 'DateTime' }),
      provinceCode: t.arg.id({ description: '230000 (黑龙江) or 220000 (吉林); both when omitted.' }),
    },
    resolve: async (_root, args, context) => {
      const asOf = args.asOf ?? new Date();
      const tasks = await context.db.supervisionTask.findMany({
        where: {
          ...openAt(asOf),
          ...(args.provinceCode ? { responsibleUnit: { provinceCode: String(args.provinceCode) } } : {}),
        },
        select: { responsibleUnitCode: true, deadline: true, completedAt: true },
      });
      const byUnit = new Map<string, UnitSupervision>();
      const levelCounts = new Map<SupervisionLevel, number>();
      let overdueCount = 0;
      for (const task of tasks) {
        const status = escalationStatus(task, asOf);
        const unit = byUnit.get(task.responsibleUnitCode) ?? {
          unitCode: task.responsibleUnitCode,
          openCount: 0,
          overdueCount: 0,
          highestLevel: null,
        };
        unit.openCount += 1;
        if (status.isOverdue) {
          unit.overdueCount += 1;
          overdueCount += 1;
        }
        if (status.level) {
          levelCounts.set(status.level, (levelCounts.get(status.level) ?? 0) + 1);
          if (!unit.highestLevel || SUPERVISION_LEVELS.indexOf(status.level) > SUPERVISION_LEVELS.indexOf(unit.highestLevel)) {
            unit.highestLevel = status.level;
          }
        }
        byUnit.set(unit.unitCode, unit);
      }
      return {
        asOf,
        openCount: tasks.length,
        overdueCount,
        byLevel: SUPERVISION_LEVELS.map((level) => ({ level, count: levelCounts.get(level) ?? 0 })),
        byUnit: [...byUnit.values()].sort(
          (a, b) => b.overdueCount - a.overdueCount || b.openCount - a.openCount || a.unitCode.localeCompare(b.unitCode),
        ),
      };
    },
  }),
}));

const CreateSupervisionTaskInput = builder.inputType('CreateSupervisionTaskInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    requirement: t.string({ required: true, description: '督办要求.' }),
    responsibleUnitCode: t.id({ required: true }),
    sourceDocumentId: t.id({ description: 'The document the task comes from, if any.' }),
    assignedBy: t.string({ required: true, description: '交办人.' }),
    deadline: t.field({ type: 'Date', required: true, description: 'Today or later (Beijing date).' }),
  }),
});

const CompleteSupervisionTaskInput = builder.inputType('CompleteSupervisionTaskInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    completionReport: t.string({ required: true, description: '办结报告.' }),
  }),
});

const SupervisionEscalationRunRef = builder
  .objectRef<{ asOf: Date; escalationIds: string[]; taskCount: number }>('SupervisionEscalationRun')
  .implement({
    description: 'The escalations one run recorded.',
    fields: (t) => ({
      asOf: t.expose('asOf', { type: 'DateTime' }),
      escalatedTaskCount: t.exposeInt('taskCount'),
      escalations: t.prismaField({
        type: ['SupervisionEscalation'],
        description: 'The escalations recorded by this run, by task and level.',
        resolve: (query, run, _args, context) =>
          context.db.supervisionEscalation.findMany({
            ...query,
            where: { id: { in: run.escalationIds } },
            orderBy: [{ taskId: 'asc' }, { reachedOn: 'asc' }],
          }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  createSupervisionTask: t.prismaField({
    type: 'SupervisionTask',
    description: '立项督办: assigns a task to a unit with a deadline.',
    args: { input: t.arg({ type: CreateSupervisionTaskInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const task = parseInput(newSupervisionTask, input);
      return context.db.$transaction(async (tx) => {
        // One statement at a time: a transaction holds a single connection.
        const unit = await tx.officeUnit.findUnique({ where: { code: task.responsibleUnitCode } });
        const source = task.sourceDocumentId
          ? await tx.officeDocument.findFirst({ where: { id: task.sourceDocumentId, ...visibleDocuments(context.viewer.clearance) } })
          : null;
        const problems = [
          ...(unit ? [] : [{ field: 'input.responsibleUnitCode', message: 'unknown unit' }]),
          ...(task.sourceDocumentId && !source ? [{ field: 'input.sourceDocumentId', message: 'unknown document' }] : []),
        ];
        checkReferences(problems);
        return tx.supervisionTask.create({ ...query, data: task });
      });
    },
  }),
  completeSupervisionTask: t.prismaField({
    type: 'SupervisionTask',
    description: '办结: completes an open task with its report. A late completion keeps its overdue record.',
    args: { input: t.arg({ type: CompleteSupervisionTaskInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const data = parseInput(supervisionTaskCompletion, input);
      return context.db.$transaction(async (tx) => {
        const task = await tx.supervisionTask.findUnique({ where: { id: data.taskId } });
        if (!task) throw notFoundError('SupervisionTask', data.taskId);
        const { count } = await tx.supervisionTask.updateMany({
          where: { id: task.id, completedAt: null },
          data: { completedAt: new Date(), completionReport: data.completionReport },
        });
        if (count === 0) throw conflictError(`Supervision task ${task.id} is already completed`);
        return tx.supervisionTask.findUniqueOrThrow({ ...query, where: { id: task.id } });
      });
    },
  }),
  escalateOverdueSupervisionTasks: t.field({
    type: SupervisionEscalationRunRef,
    description:
      `督办升级: records every level that open overdue tasks have reached by \`asOf\` (default: now) and not yet ` +
      `recorded. Running it again records nothing new. ${ESCALATION_RULE}`,
    args: { asOf: t.arg({ type: 'DateTime' }) },
    resolve: async (_root, args, context) => {
      const asOf = parseInput(pastInstant, args.asOf ?? new Date(), 'asOf');
      const { run, escalated } = await context.db.$transaction(async (tx) => {
        const tasks = await tx.supervisionTask.findMany({
          where: {
            AND: [
              openAt(asOf),
              { deadline: { lte: latestDeadlineAtLevel('CLERK', beijingDay(asOf)) } },
              // Tasks at the top level have nothing left to record.
              { OR: [{ escalationLevel: null }, { escalationLevel: { not: 'DEPUTY_DIRECTOR_GENERAL' } }] },
            ],
          },
          select: { id: true, deadline: true, completedAt: true, escalationLevel: true, responsibleUnitCode: true },
        });
        const reached = tasks.flatMap((task) => {
          const levels = unrecordedLevels(task.escalationLevel, escalationStatus(task, asOf).level);
          return levels.length > 0 ? [{ task, levels }] : [];
        });
        const escalations = await tx.supervisionEscalation.createManyAndReturn({
          data: reached.flatMap(({ task, levels }) =>
            levels.map((level) => ({ taskId: task.id, level, reachedOn: levelReachedOn(task.deadline, level) })),
          ),
          select: { id: true, taskId: true, level: true },
        });
        for (const level of SUPERVISION_LEVELS) {
          const ids = reached.filter(({ levels }) => levels.at(-1) === level).map(({ task }) => task.id);
          if (ids.length > 0) await tx.supervisionTask.updateMany({ where: { id: { in: ids } }, data: { escalationLevel: level } });
        }
        const unitOf = new Map(reached.map(({ task }) => [task.id, task.responsibleUnitCode]));
        return {
          run: { asOf, escalationIds: escalations.map((escalation) => escalation.id), taskCount: reached.length },
          escalated: escalations.map(
            ({ id, taskId, level }): SupervisionTaskEscalated => ({ escalationId: id, taskId, level, responsibleUnitCode: unitOf.get(taskId)! }),
          ),
        };
      });
      // Subscribers hear of each task's highest new level only: the one to act on.
      const highest = new Map<string, SupervisionTaskEscalated>();
      for (const event of escalated) {
        const known = highest.get(event.taskId);
        if (!known || SUPERVISION_LEVELS.indexOf(event.level) > SUPERVISION_LEVELS.indexOf(known.level)) highest.set(event.taskId, event);
      }
      for (const event of highest.values()) await context.events.publish(SUPERVISION_TASK_ESCALATED, event);
      return run;
    },
  }),
}));
