import { describe, expect, it } from 'vitest';
import { beijingDay, isWorkingDay, workingDaysBetween } from '../src/domain/calendar.js';
import { reportingClosesAt, reportingWindow } from '../src/domain/information-reports.js';
import { escalationStatus, latestDeadlineAtLevel, levelForOverdueDays } from '../src/domain/supervision.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** An instant given in Beijing time. */
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('working days', () => {
  it('skip weekends and public holidays but count make-up working days', () => {
    expect(isWorkingDay(day('2026-10-05'))).toBe(false); // National Day holiday, a Monday
    expect(isWorkingDay(day('2026-10-10'))).toBe(true); // a Saturday worked in exchange
    expect(isWorkingDay(day('2026-10-11'))).toBe(false); // an ordinary Sunday
    // After 30 September: 8, 9 and 10 October are the first working days.
    expect(workingDaysBetween(day('2026-09-30'), day('2026-10-10'))).toBe(3);
  });

  it('take the calendar day in Beijing, not in UTC', () => {
    expect(beijingDay(beijing('2026-11-02T07:30:00'))).toEqual(day('2026-11-02'));
    expect(beijingDay(new Date('2026-11-01T23:30:00Z'))).toEqual(day('2026-11-02'));
  });
});

describe('supervision escalation rule', () => {
  // 7 January 2030 is a Monday; no public holiday follows it.
  const open = { deadline: day('2030-01-07'), completedAt: null };

  it('is not overdue on the deadline day', () => {
    expect(escalationStatus(open, beijing('2030-01-07T17:00:00'))).toMatchObject({
      isOverdue: false,
      overdueWorkingDays: 0,
      level: null,
      nextLevel: 'CLERK',
      nextLevelOn: day('2030-01-08'),
    });
  });

  it('goes up one level every five working days overdue', () => {
    expect(escalationStatus(open, beijing('2030-01-08T09:00:00'))).toMatchObject({ isOverdue: true, overdueWorkingDays: 1, level: 'CLERK' });
    // Saturday: overdue, but no working day has passed since Friday.
    expect(escalationStatus(open, beijing('2030-01-12T09:00:00'))).toMatchObject({
      overdueWorkingDays: 4,
      level: 'CLERK',
      nextLevel: 'PARTY_SECRETARY',
      nextLevelOn: day('2030-01-15'),
    });
    expect(escalationStatus(open, beijing('2030-01-15T09:00:00'))).toMatchObject({ overdueWorkingDays: 6, level: 'PARTY_SECRETARY' });
    expect(escalationStatus(open, beijing('2030-01-22T09:00:00'))).toMatchObject({ overdueWorkingDays: 11, level: 'OFFICE_DIRECTOR' });
    expect(escalationStatus(open, beijing('2030-03-29T09:00:00'))).toMatchObject({ level: 'DEPUTY_DIRECTOR_GENERAL', nextLevel: null });
    expect([0, 1, 5, 6, 10, 11, 15, 16, 99].map(levelForOverdueDays)).toEqual([
      null, 'CLERK', 'CLERK', 'PARTY_SECRETARY', 'PARTY_SECRETARY', 'OFFICE_DIRECTOR', 'OFFICE_DIRECTOR',
      'DEPUTY_DIRECTOR_GENERAL', 'DEPUTY_DIRECTOR_GENERAL',
    ]);
  });

  it('stops at completion: a late task keeps the level it had reached', () => {
    const late = { deadline: day('2030-01-07'), completedAt: beijing('2030-01-15T16:00:00') };
    expect(escalationStatus(late, beijing('2030-06-01T09:00:00'))).toMatchObject({
      isOverdue: false,
      overdueWorkingDays: 6,
      level: 'PARTY_SECRETARY',
      nextLevel: null,
    });
    // Before its completion the same task was open and overdue.
    expect(escalationStatus(late, beijing('2030-01-09T09:00:00'))).toMatchObject({ isOverdue: true, level: 'CLERK' });
  });

  it('turns a level into the latest deadline that has reached it', () => {
    // On 15 January 2030, a deadline of 7 January has reached PARTY_SECRETARY; 8 January has not.
    expect(latestDeadlineAtLevel('PARTY_SECRETARY', day('2030-01-15'))).toEqual(day('2030-01-07'));
    expect(latestDeadlineAtLevel('CLERK', day('2030-01-15'))).toEqual(day('2030-01-14'));
    // On a Sunday the last working day counts: deadlines up to Thursday are one working day overdue.
    expect(latestDeadlineAtLevel('CLERK', day('2030-01-13'))).toEqual(day('2030-01-10'));
  });
});

describe('information reporting window', () => {
  it('opens on the first of the month and closes after the 5th of the next, Beijing time', () => {
    expect(reportingClosesAt('2026-10')).toEqual(beijing('2026-11-06T00:00:00'));
    expect(reportingClosesAt('2026-12')).toEqual(beijing('2027-01-06T00:00:00'));
    expect(reportingWindow('2026-10', beijing('2026-09-30T23:59:00'))).toBe('NOT_OPEN');
    expect(reportingWindow('2026-10', beijing('2026-10-01T00:00:00'))).toBe('OPEN');
    expect(reportingWindow('2026-10', beijing('2026-11-05T23:59:00'))).toBe('OPEN');
    expect(reportingWindow('2026-10', beijing('2026-11-06T00:00:00'))).toBe('CLOSED');
  });
});
