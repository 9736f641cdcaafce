import { addDays, dayOfWeek, type LocalDate } from './local-date.js';

/**
 * The working-day calendar of Chinese administrative deadlines (行政许可法 第八十二条: 期限以工作日计算，
 * 不含法定节假日). A working day is Monday to Friday, except public holidays, plus the weekend
 * days the State Council declares working days to bridge holidays (调休上班).
 *
 * The State Council publishes each year's arrangement in the November before; add it to
 * `HOLIDAY_ARRANGEMENTS` then. For a year not in the table the calendar falls back to weekends
 * and the statutory holidays with fixed solar dates, so deadlines reaching into that year are
 * provisional until its arrangement is added.
 */
export interface HolidayArrangement {
  year: number;
  /** The notice the dates are taken from. */
  source: string;
  /** Days off, weekend days inside each range included. */
  holidays: readonly { name: string; from: LocalDate; to: LocalDate }[];
  /** Weekend days worked in exchange (调休上班). */
  makeUpWorkdays: readonly LocalDate[];
}

export const HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

/**
 * Statutory holidays on fixed solar dates (全国年节及纪念日放假办法, 2024 revision): New Year's Day,
 * 1-2 May and 1-3 October. The lunar holidays need the year's arrangement.
 */
const FIXED_SOLAR_HOLIDAYS = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

const coveredYears = new Set(HOLIDAY_ARRANGEMENTS.map((arrangement) => arrangement.year));
const holidays = new Set<LocalDate>();
const makeUpWorkdays = new Set<LocalDate>();
for (const arrangement of HOLIDAY_ARRANGEMENTS) {
  for (const { from, to } of arrangement.holidays) {
    for (let day = from; day <= to; day = addDays(day, 1)) holidays.add(day);
  }
  for (const day of arrangement.makeUpWorkdays) makeUpWorkdays.add(day);
}

/** Whether the table holds the State Council's arrangement for the year. */
export function isYearCovered(year: number): boolean {
  return coveredYears.has(year);
}

export function isWorkingDay(date: LocalDate): boolean {
  if (makeUpWorkdays.has(date)) return true;
  if (holidays.has(date)) return false;
  if (!isYearCovered(Number(date.slice(0, 4))) && FIXED_SOLAR_HOLIDAYS.has(date.slice(5))) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The `count`-th working day after `date` (`date` itself for 0). The day a period starts from is
 * not counted, so a 20-working-day limit from an acceptance ends on `addWorkingDays(accepted, 20)`.
 */
export function addWorkingDays(date: LocalDate, count: number): LocalDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`cannot add ${count} working days`);
  let day = date;
  for (let remaining = count; remaining > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** `date` if it is a working day, else the working day before it. */
export function lastWorkingDayOnOrBefore(date: LocalDate): LocalDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}
