import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../src/domain/deadlines.js';

describe('deadlineOf', () => {
  // Accepted on Friday 18 September 2026: 20 working days end on 22 October, the make-up days
  // of 20 September and 10 October counted and the Mid-Autumn and National Day holidays not.
  const accepted = '2026-09-18';

  it('counts working days used, remaining and overdue on a running clock', () => {
    expect(deadlineOf({ startedOn: accepted, limitDays: 20, pausedDays: 0, stoppedOn: null }, '2026-10-09')).toEqual({
      dueDate: '2026-10-22',
      limitDays: 20,
      workingDaysUsed: 10,
      workingDaysRemaining: 10,
      workingDaysOverdue: 0,
      stopped: false,
    });
    expect(deadlineOf({ startedOn: accepted, limitDays: 20, pausedDays: 0, stoppedOn: null }, '2026-10-27')).toMatchObject({
      workingDaysUsed: 23,
      workingDaysRemaining: 0,
      workingDaysOverdue: 3,
    });
  });

  it('is not overdue on the days off that follow a due date', () => {
    const clock = { startedOn: '2026-10-23', limitDays: 5, pausedDays: 0, stoppedOn: null };
    expect(deadlineOf(clock, '2026-10-30')).toMatchObject({ dueDate: '2026-10-30', workingDaysOverdue: 0, workingDaysRemaining: 0 });
    expect(deadlineOf(clock, '2026-11-01').workingDaysOverdue).toBe(0);
    expect(deadlineOf(clock, '2026-11-02').workingDaysOverdue).toBe(1);
  });

  it('moves the due date back by the paused days and stops counting when stopped', () => {
    const paused = { startedOn: accepted, limitDays: 20, pausedDays: 3, stoppedOn: null };
    expect(deadlineOf(paused, '2026-10-09')).toMatchObject({ dueDate: '2026-10-27', workingDaysUsed: 7 });
    const stopped = { startedOn: accepted, limitDays: 20, pausedDays: 0, stoppedOn: '2026-09-30' };
    expect(deadlineOf(stopped, '2026-12-31')).toMatchObject({ workingDaysUsed: 8, workingDaysOverdue: 0, stopped: true });
  });
});
