import { z } from 'zod';
import { addDays, addMonths, monthStart, startOfBeijingDay } from './calendar.js';
import { id, text, yearMonth } from './validation.js';

/** Reporting for a month closes at the end of this day of the following month, Beijing time. */
export const REPORTING_DEADLINE_DAY = 5;

/** What a zero report (零报送) says. */
export const ZERO_REPORT_TEXT = '本月无信息';

/** The instant reporting for `month` (`YYYY-MM`) closes: the start of the day after the deadline. */
export function reportingClosesAt(month: string): Date {
  return startOfBeijingDay(addDays(monthStart(addMonths(month, 1)), REPORTING_DEADLINE_DAY));
}

/** A unit may report on a month from its first day until the deadline in the following month. */
export function reportingWindow(month: string, now: Date): 'NOT_OPEN' | 'OPEN' | 'CLOSED' {
  if (now < startOfBeijingDay(monthStart(month))) return 'NOT_OPEN';
  return now < reportingClosesAt(month) ? 'OPEN' : 'CLOSED';
}

const reportHeader = {
  unitCode: id,
  month: yearMonth,
  reporter: text(50),
};

export const informationReportFiling = z.object({
  ...reportHeader,
  items: z
    .array(z.object({ title: text(100), content: text(5000) }))
    .min(1, 'must have at least one item; file a zero report when there is nothing to report')
    .max(20, 'must have at most 20 items'),
});

export const zeroInformationReportFiling = z.object(reportHeader);
