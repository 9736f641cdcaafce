import { z } from 'zod';
import { MONTH_PATTERN } from './calendar.js';

/** A required text, trimmed, of at most `max` characters. */
export function text(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** An optional text: GraphQL sends null for an omitted field. */
export function optionalText(max: number) {
  return text(max).nullish().transform((value) => value ?? null);
}

/** A list without repeated entries; an omitted list is empty. */
export function distinctList<Item extends z.ZodType<string>>(item: Item, max: number) {
  return z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .refine((items) => new Set(items).size === items.length, 'must not repeat an entry')
    .nullish()
    .transform((items) => items ?? []);
}

export const id = z.string().min(1, 'must not be empty');

export const yearMonth = z.string().regex(MONTH_PATTERN, 'must be a month as YYYY-MM');

/** Months from one `YYYY-MM` to another, by arithmetic alone so that malformed input cannot throw. */
function monthsApart(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}

/** A range of months for statistics, both ends included. */
export const monthRangeInput = z
  .object({ fromMonth: yearMonth, toMonth: yearMonth })
  .refine((range) => range.fromMonth <= range.toMonth, { path: ['toMonth'], message: 'must not be before fromMonth' })
  .refine((range) => monthsApart(range.fromMonth, range.toMonth) < 60, {
    path: ['toMonth'],
    message: 'must make a range of at most 60 months',
  });
