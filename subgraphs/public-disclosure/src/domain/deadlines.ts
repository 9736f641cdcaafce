import { type LocalDate, addWorkingDays, workingDaysBetween } from '@forestry/subgraph-runtime/calendar';

/** A time limit in working days, and where a case stands against it. */
export interface Deadline {
  dueDate: LocalDate;
  limitDays: number;
  workingDaysUsed: number;
  workingDaysRemaining: number;
  workingDaysOverdue: number;
  /** The clock no longer runs: the case is finished or waiting for the applicant. */
  stopped: boolean;
}

export interface Clock {
  /** The day the period runs from; it is not counted itself. */
  startedOn: LocalDate;
  limitDays: number;
  /** Working days of finished pauses, which do not count. */
  pausedDays: number;
  /** The last day counted when the clock stopped (case finished or paused); null while running. */
  stoppedOn: LocalDate | null;
}

/** The due date of a clock: the limit, pushed back by the paused days. */
export function dueDateOf(clock: Pick<Clock, 'startedOn' | 'limitDays' | 'pausedDays'>): LocalDate {
  return addWorkingDays(clock.startedOn, clock.limitDays + clock.pausedDays);
}

/** Where a clock stands on `today`: a stopped clock counts only up to the day it stopped. */
export function deadlineOf(clock: Clock, today: LocalDate): Deadline {
  const used = Math.max(0, workingDaysBetween(clock.startedOn, clock.stoppedOn ?? today) - clock.pausedDays);
  return {
    dueDate: dueDateOf(clock),
    limitDays: clock.limitDays,
    workingDaysUsed: used,
    workingDaysRemaining: Math.max(0, clock.limitDays - used),
    workingDaysOverdue: Math.max(0, used - clock.limitDays),
    stopped: clock.stoppedOn !== null,
  };
}
