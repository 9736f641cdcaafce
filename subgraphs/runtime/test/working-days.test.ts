import { describe, expect, it } from 'vitest';
import { addDays, chinaDateOf, dayOfWeek, isLocalDate } from '../src/calendar/local-date.js';
import {
  addWorkingDays,
  HOLIDAY_ARRANGEMENTS,
  isWorkingDay,
  isYearCovered,
  lastWorkingDayOnOrBefore,
  workingDaysBetween,
} from '../src/calendar/working-days.js';

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('the holiday table', () => {
  it('matches the State Council arrangements of 2025 and 2026', () => {
    const daysOff = (year: number) =>
      HOLIDAY_ARRANGEMENTS.find((arrangement) => arrangement.year === year)!.holidays.flatMap(({ from, to }) => daysOf(from, to));
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days.
    expect(daysOff(2025)).toHaveLength(28);
    expect(daysOff(2026)).toHaveLength(33);
    expect(daysOff(2026)).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-06-19', '2026-09-25', '2026-10-07']));
  });

  it('lists only weekend days as make-up working days, and none of them is also a holiday', () => {
    for (const arrangement of HOLIDAY_ARRANGEMENTS) {
      const off = new Set(arrangement.holidays.flatMap(({ from, to }) => daysOf(from, to)));
      for (const day of arrangement.makeUpWorkdays) {
        expect([0, 6]).toContain(dayOfWeek(day));
        expect(off.has(day)).toBe(false);
        expect(day.startsWith(String(arrangement.year))).toBe(true);
      }
    }
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-02', true, 'an ordinary Monday'],
    ['2026-10-31', false, 'an ordinary Saturday'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-05', false, 'a Monday inside the National Day holiday'],
    ['2026-10-10', true, 'the Saturday worked after National Day'],
    ['2026-09-20', true, 'the Sunday worked before National Day'],
    ['2026-02-14', true, 'the Saturday worked before the Spring Festival'],
    ['2026-02-16', false, 'Spring Festival eve'],
    ['2026-02-23', false, 'the last day of the Spring Festival holiday, a Monday'],
    ['2026-01-04', true, 'the Sunday worked after New Year'],
    ['2026-06-19', false, 'the Dragon Boat Festival, a Friday'],
    ['2025-01-26', true, 'the Sunday worked before the 2025 Spring Festival'],
    ['2025-10-08', false, 'the eighth day of the combined 2025 holiday'],
    ['2025-10-11', true, 'the Saturday worked after it'],
  ])('%s is %s: %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('falls back to weekends and the fixed solar holidays for a year without an arrangement', () => {
    expect(isYearCovered(2027)).toBe(false);
    expect(isWorkingDay('2027-01-01')).toBe(false);
    expect(isWorkingDay('2027-05-03')).toBe(true);
    expect(isWorkingDay('2027-10-02')).toBe(false);
    expect(isWorkingDay('2027-10-04')).toBe(true);
    expect(isWorkingDay('2024-10-01')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-10-30', 1, '2026-11-02', 'over a weekend'],
    ['2026-09-30', 1, '2026-10-08', 'over the National Day holiday'],
    ['2026-09-29', 4, '2026-10-10', 'onto a make-up Saturday'],
    ['2026-02-12', 3, '2026-02-24', 'through the Spring Festival, counting the make-up Saturday'],
    ['2026-10-31', 1, '2026-11-02', 'from a day off'],
    ['2026-09-18', 20, '2026-10-22', 'a 20-working-day limit across Mid-Autumn and National Day, both make-up days counted'],
    ['2026-11-02', 0, '2026-11-02', 'nothing'],
  ])('%s + %i working days is %s (%s)', (from, count, expected) => {
    expect(addWorkingDays(from, count)).toBe(expected);
  });

  it('refuses negative and fractional counts', () => {
    expect(() => addWorkingDays('2026-11-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-02', 1.5)).toThrow(RangeError);
  });

  it('is undone by workingDaysBetween from every day of 2025 and 2026', () => {
    for (const day of daysOf('2025-01-01', '2026-12-31')) {
      for (const count of [1, 5, 20]) {
        const due = addWorkingDays(day, count);
        expect(isWorkingDay(due)).toBe(true);
        expect(workingDaysBetween(day, due)).toBe(count);
        expect(workingDaysBetween(day, addDays(due, -1))).toBe(count - 1);
      }
    }
  });
});

describe('workingDaysBetween and lastWorkingDayOnOrBefore', () => {
  it('counts the end but not the start, and nothing backwards', () => {
    expect(workingDaysBetween('2026-11-02', '2026-11-06')).toBe(4);
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-11-06', '2026-11-02')).toBe(0);
    expect(workingDaysBetween('2026-11-02', '2026-11-02')).toBe(0);
  });

  it('steps back over days off to the last working day', () => {
    expect(lastWorkingDayOnOrBefore('2026-10-05')).toBe('2026-09-30');
    expect(lastWorkingDayOnOrBefore('2026-11-01')).toBe('2026-10-30');
    expect(lastWorkingDayOnOrBefore('2026-10-10')).toBe('2026-10-10');
  });
});

describe('dates in China Standard Time', () => {
  it('turns to the next day at 16:00 UTC', () => {
    expect(chinaDateOf(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10-31');
    expect(chinaDateOf(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11-01');
  });

  it('recognises only real calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
  });
});
