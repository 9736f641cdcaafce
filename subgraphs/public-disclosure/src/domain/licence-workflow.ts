import type { LicenceApplicationStatus } from '../generated/prisma/enums.js';
import { deadlineOf, dueDateOf, type Deadline } from './deadlines.js';
import { chinaDateOf, type LocalDate, lastWorkingDayOnOrBefore, workingDaysBetween } from '@forestry/subgraph-runtime/calendar';

/**
 * The workflow of an online application (网上审批):
 *
 *   SUBMITTED ─accept→ ACCEPTED ─startReview→ UNDER_REVIEW ─decide→ APPROVED | DENIED ─deliverFeedback→ COMPLETED
 *   SUBMITTED ─rejectAtIntake→ REJECTED_AT_INTAKE
 *   SUBMITTED | UNDER_REVIEW ─requestSupplement→ SUPPLEMENT_REQUESTED ─receiveSupplement→ back where it was
 *
 * The statutory clock starts at acceptance (受理) and stops at the decision; a supplement
 * requested during review (补正) stops it until the materials arrive.
 */
export type LicenceAction =
  | 'accept'
  | 'rejectAtIntake'
  | 'startReview'
  | 'requestSupplement'
  | 'receiveSupplement'
  | 'decide'
  | 'deliverFeedback';

const ALLOWED_FROM: Record<LicenceAction, readonly LicenceApplicationStatus[]> = {
  accept: ['SUBMITTED'],
  rejectAtIntake: ['SUBMITTED'],
  startReview: ['ACCEPTED'],
  requestSupplement: ['SUBMITTED', 'UNDER_REVIEW'],
  receiveSupplement: ['SUPPLEMENT_REQUESTED'],
  decide: ['UNDER_REVIEW'],
  deliverFeedback: ['APPROVED', 'DENIED'],
};

/** Why `action` is not allowed in `status`, or null when it is. */
export function transitionProblem(status: LicenceApplicationStatus, action: LicenceAction): string | null {
  const allowed = ALLOWED_FROM[action];
  return allowed.includes(status) ? null : `cannot ${action} an application that is ${status}; only from ${allowed.join(' or ')}`;
}

/** The intake may ask for missing materials once, listing everything at once (行政许可法 第三十二条: 一次告知). */
export const MAX_INTAKE_SUPPLEMENTS = 1;

/** Statuses in which the statutory clock runs. */
export const CLOCK_RUNNING_STATUSES = ['ACCEPTED', 'UNDER_REVIEW'] as const satisfies readonly LicenceApplicationStatus[];

/** The timing columns of an application. */
export interface ApplicationTiming {
  acceptedAt: Date | null;
  statutoryLimitDays: number | null;
  promisedLimitDays: number | null;
  pausedWorkingDays: number;
  clockStoppedAfter: LocalDate | null;
  decidedAt: Date | null;
}

/** The statutory deadline of an accepted application on `today`; null before acceptance. */
export function statutoryDeadline(application: ApplicationTiming, today: LocalDate): Deadline | null {
  if (!application.acceptedAt || application.statutoryLimitDays === null) return null;
  return deadlineOf(
    {
      startedOn: chinaDateOf(application.acceptedAt),
      limitDays: application.statutoryLimitDays,
      pausedDays: application.pausedWorkingDays,
      stoppedOn: application.decidedAt ? chinaDateOf(application.decidedAt) : application.clockStoppedAfter,
    },
    today,
  );
}

/** The date the office promised (承诺时限), on the same clock as the statutory limit. */
export function promisedDueDate(application: ApplicationTiming): LocalDate | null {
  if (!application.acceptedAt || application.promisedLimitDays === null) return null;
  return dueDateOf({
    startedOn: chinaDateOf(application.acceptedAt),
    limitDays: application.promisedLimitDays,
    pausedDays: application.pausedWorkingDays,
  });
}

// What each step writes to the timing columns; the mutations and the demo data share them.

/** Acceptance copies the item's limits, so that a later change of the item does not move the deadline. */
export function clockOnAcceptance(item: { statutoryLimitDays: number; promisedLimitDays: number }, acceptedAt: Date) {
  return {
    statutoryLimitDays: item.statutoryLimitDays,
    promisedLimitDays: item.promisedLimitDays,
    dueDate: dueDateOf({ startedOn: chinaDateOf(acceptedAt), limitDays: item.statutoryLimitDays, pausedDays: 0 }),
  };
}

/**
 * A review-stage supplement request stops the clock. The day of the request still counts; on a
 * day off, the last working day before it was the last one counted.
 */
export function clockStoppedAfter(requestedAt: Date): LocalDate {
  return lastWorkingDayOnOrBefore(chinaDateOf(requestedAt));
}

/** The materials arrived: the working days since the stop are added to the pauses and the due date moves. */
export function clockOnResumption(
  application: { acceptedAt: Date; statutoryLimitDays: number; pausedWorkingDays: number; clockStoppedAfter: LocalDate },
  receivedAt: Date,
) {
  const pausedDays = workingDaysBetween(application.clockStoppedAfter, chinaDateOf(receivedAt));
  const pausedWorkingDays = application.pausedWorkingDays + pausedDays;
  return {
    pausedDays,
    pausedWorkingDays,
    dueDate: dueDateOf({ startedOn: chinaDateOf(application.acceptedAt), limitDays: application.statutoryLimitDays, pausedDays: pausedWorkingDays }),
  };
}

/** Working days from acceptance to decision, pauses excluded: what the statistics average. */
export function handlingWorkingDays(application: { acceptedAt: Date; pausedWorkingDays: number }, decidedAt: Date): number {
  return Math.max(0, workingDaysBetween(chinaDateOf(application.acceptedAt), chinaDateOf(decidedAt)) - application.pausedWorkingDays);
}
