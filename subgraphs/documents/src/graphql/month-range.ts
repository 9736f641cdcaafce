import { parseInput } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { monthRange } from '../domain/calendar.js';
import { monthRangeInput } from '../domain/validation.js';

export const MonthRangeInput = builder.inputType('OfficeMonthRangeInput', {
  description: 'Months from `fromMonth` to `toMonth`, both included, as YYYY-MM (at most 60 months).',
  fields: (t) => ({
    fromMonth: t.string({ required: true }),
    toMonth: t.string({ required: true }),
  }),
});

/** The months of a validated range, oldest first. */
export function monthsOf(range: typeof MonthRangeInput.$inferInput): string[] {
  const { fromMonth, toMonth } = parseInput(monthRangeInput, range, 'range');
  return monthRange(fromMonth, toMonth);
}
