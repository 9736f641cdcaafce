import { builder } from '../builder.js';
import type { Deadline } from '../domain/deadlines.js';
import { chinaDateOf, type LocalDate } from '@forestry/subgraph-runtime/calendar';

export const WorkingDayDeadlineRef = builder.objectRef<Deadline>('WorkingDayDeadline').implement({
  description:
    '时限: a time limit counted in working days (weekends and public holidays excluded, make-up working days 调休 included) ' +
    'and where a case stands against it.',
  fields: (t) => ({
    dueDate: t.field({
      tag: 'public',
      type: 'Date',
      description: 'The last working day of the limit.',
      resolve: (deadline) => deadline.dueDate,
    }),
    limitDays: t.exposeInt('limitDays', { tag: 'public', description: 'The limit, working days.' }),
    workingDaysUsed: t.exposeInt('workingDaysUsed', { tag: 'public', description: 'Working days counted so far, pauses excluded.' }),
    workingDaysRemaining: t.exposeInt('workingDaysRemaining', { tag: 'public' }),
    workingDaysOverdue: t.exposeInt('workingDaysOverdue', { tag: 'public', description: 'Working days past the limit; 0 when on time.' }),
    overdue: t.boolean({ tag: 'public', resolve: (deadline) => deadline.workingDaysOverdue > 0 }),
    stopped: t.exposeBoolean('stopped', {
      tag: 'public',
      description: 'The clock no longer runs: the case is finished or waits for the applicant.',
    }),
  }),
});

export const AS_OF_DESCRIPTION = 'The instant to evaluate at (China Standard Time decides the date); defaults to now.';

/** The date in China at `asOf`, or today. */
export function todayAt(asOf: Date | null | undefined): LocalDate {
  return chinaDateOf(asOf ?? new Date());
}

