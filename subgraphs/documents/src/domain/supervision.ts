import { z } from 'zod';
import type { SupervisionLevel } from '../generated/prisma/enums.js';
import { addDays, beijingDay, nthWorkingDayAfter, nthWorkingDayBackFrom, workingDaysBetween } from './calendar.js';
import { id, text } from './validation.js';

/**
 * The four levels of supervision (四级督办) in escalation order: 文书 → 党组秘书 → 办公室主任 →
 * 分管厅长.
 */
export const SUPERVISION_LEVELS: readonly SupervisionLevel[] = [
  'CLERK',
  'PARTY_SECRETARY',
  'OFFICE_DIRECTOR',
  'DEPUTY_DIRECTOR_GENERAL',
];

/**
 * The escalation rule: an open task past its deadline is supervised by the clerk from its first
 * overdue working day and goes up one level every further five working days (one working week),
 * i.e. 1–5 working days overdue: CLERK, 6–10: PARTY_SECRETARY, 11–15: OFFICE_DIRECTOR,
 * 16 and more: DEPUTY_DIRECTOR_GENERAL. Weekends and public holidays do not count.
 */
export const WORKING_DAYS_PER_LEVEL = 5;

/** Working days overdue at which a task reaches `level`. */
function threshold(level: SupervisionLevel): number {
  return SUPERVISION_LEVELS.indexOf(level) * WORKING_DAYS_PER_LEVEL + 1;
}

export function levelForOverdueDays(overdueWorkingDays: number): SupervisionLevel | null {
  if (overdueWorkingDays < 1) return null;
  const index = Math.min(SUPERVISION_LEVELS.length - 1, Math.floor((overdueWorkingDays - 1) / WORKING_DAYS_PER_LEVEL));
  return SUPERVISION_LEVELS[index]!;
}

/** The working day on which a task with this deadline reaches `level` if it is still open. */
export function levelReachedOn(deadline: Date, level: SupervisionLevel): Date {
  return nthWorkingDayAfter(deadline, threshold(level));
}

/**
 * The latest deadline of a task that has reached `level` by the Beijing day `asOfDay`: a task
 * is at `level` or above exactly when its deadline is on or before this day.
 */
export function latestDeadlineAtLevel(level: SupervisionLevel, asOfDay: Date): Date {
  return addDays(nthWorkingDayBackFrom(asOfDay, threshold(level)), -1);
}

/** Levels reached but not yet recorded, lowest first. */
export function unrecordedLevels(recorded: SupervisionLevel | null, reached: SupervisionLevel | null): SupervisionLevel[] {
  if (!reached) return [];
  const from = recorded ? SUPERVISION_LEVELS.indexOf(recorded) + 1 : 0;
  return SUPERVISION_LEVELS.slice(from, SUPERVISION_LEVELS.indexOf(reached) + 1);
}

export interface SupervisedTask {
  deadline: Date;
  completedAt: Date | null;
}

export interface EscalationStatus {
  asOf: Date;
  isOverdue: boolean;
  overdueWorkingDays: number;
  level: SupervisionLevel | null;
  nextLevel: SupervisionLevel | null;
  nextLevelOn: Date | null;
}

/**
 * Where a task stands at `asOf` under the escalation rule. A task completed by then keeps the
 * level it had reached at completion and escalates no further.
 */
export function escalationStatus(task: SupervisedTask, asOf: Date): EscalationStatus {
  const completedByThen = task.completedAt !== null && task.completedAt <= asOf;
  const until = beijingDay(completedByThen ? task.completedAt! : asOf);
  const overdueWorkingDays = workingDaysBetween(task.deadline, until);
  const level = levelForOverdueDays(overdueWorkingDays);
  const nextLevel = completedByThen || level === 'DEPUTY_DIRECTOR_GENERAL'
    ? null
    : SUPERVISION_LEVELS[level ? SUPERVISION_LEVELS.indexOf(level) + 1 : 0]!;
  return {
    asOf,
    isOverdue: !completedByThen && until > task.deadline,
    overdueWorkingDays,
    level,
    nextLevel,
    nextLevelOn: nextLevel ? levelReachedOn(task.deadline, nextLevel) : null,
  };
}

export const newSupervisionTask = z
  .object({
    title: text(200),
    requirement: text(5000),
    responsibleUnitCode: id,
    sourceDocumentId: id.nullish().transform((value) => value ?? null),
    assignedBy: text(50),
    deadline: z.date(),
  })
  .refine((task) => task.deadline >= beijingDay(new Date()), { path: ['deadline'], message: 'cannot be in the past' });

export const supervisionTaskCompletion = z.object({
  taskId: id,
  completionReport: text(5000),
});

/** A moment that has already come: escalations are recorded for what has happened. */
export const pastInstant = z.date().refine((instant) => instant <= new Date(), 'cannot be in the future');
