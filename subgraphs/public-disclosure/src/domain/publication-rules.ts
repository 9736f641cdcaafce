import { z } from 'zod';
import { department, localDate, personName, text } from './input-fields.js';
import { addDays, daysBetween, type LocalDate, workingDaysBetween } from '@forestry/subgraph-runtime/calendar';

export const itemPublication = z
  .object({
    categoryCode: z.string().trim().min(1),
    title: text(5, 120),
    body: text(10, 20_000),
    department,
    drafter: personName,
    reviewer: personName,
  })
  .refine((input) => input.reviewer !== input.drafter, {
    path: ['reviewer'],
    // 严禁涉密信息上网: a second person checks for classified content before anything goes online.
    message: 'must be someone other than the drafter (保密审查)',
  });

/** A notice period (公示期) shorter than 5 working days gives the public no real chance to object. */
export const MIN_NOTICE_WORKING_DAYS = 5;
/** 重大行政决策程序暂行条例 第十五条: opinions are solicited for no less than 30 days. */
export const MIN_SOLICITATION_DAYS = 30;

/** Working days in a period, both ends included. */
export function workingDaysIn(start: LocalDate, end: LocalDate): number {
  return workingDaysBetween(addDays(start, -1), end);
}

/** A period that starts today or later and ends no earlier than it starts. */
function periodIssues(start: LocalDate, end: LocalDate, today: LocalDate, [startField, endField]: [string, string]) {
  return [
    ...(start < today ? [{ path: [startField], message: `must not be before today (${today})` }] : []),
    ...(end < start ? [{ path: [endField], message: `must not be before ${startField}` }] : []),
  ];
}

export function noticePublication(today: LocalDate) {
  return z
    .object({
      kind: z.enum(['LICENSING_RESULT', 'PROJECT_FUNDING', 'PERSONNEL', 'AWARD', 'PLANNING']),
      title: text(5, 120),
      body: text(10, 20_000),
      department,
      periodStart: localDate,
      periodEnd: localDate,
      objectionContact: text(5, 200),
    })
    .superRefine(({ periodStart, periodEnd }, issues) => {
      const problems = periodIssues(periodStart, periodEnd, today, ['periodStart', 'periodEnd']);
      if (problems.length === 0 && workingDaysIn(periodStart, periodEnd) < MIN_NOTICE_WORKING_DAYS) {
        problems.push({ path: ['periodEnd'], message: `the period must span at least ${MIN_NOTICE_WORKING_DAYS} working days` });
      }
      for (const problem of problems) issues.addIssue({ code: 'custom', ...problem });
    });
}

export function solicitationPublication(today: LocalDate) {
  return z
    .object({ title: text(5, 120), summary: text(10, 20_000), department, opensOn: localDate, closesOn: localDate })
    .superRefine(({ opensOn, closesOn }, issues) => {
      const problems = periodIssues(opensOn, closesOn, today, ['opensOn', 'closesOn']);
      if (problems.length === 0 && daysBetween(opensOn, closesOn) + 1 < MIN_SOLICITATION_DAYS) {
        problems.push({ path: ['closesOn'], message: `opinions must be open for at least ${MIN_SOLICITATION_DAYS} days` });
      }
      for (const problem of problems) issues.addIssue({ code: 'custom', ...problem });
    });
}

export const opinionSubmission = z.object({ authorName: personName.nullish(), content: text(10, 2000) });

export type PeriodPhase = 'UPCOMING' | 'OPEN' | 'CLOSED';

/** Where `today` falls in a period whose both ends are included. */
export function phaseOf(start: LocalDate, end: LocalDate, today: LocalDate): PeriodPhase {
  if (today < start) return 'UPCOMING';
  return today > end ? 'CLOSED' : 'OPEN';
}
