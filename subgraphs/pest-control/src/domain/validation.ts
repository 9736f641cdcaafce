import { twoDecimals } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import { chinaDay } from './dates.js';

/** Hectares as the inventory records them: positive, to the hundredth. */
export const hectares = z.number().positive('must be greater than 0').refine(twoDecimals, 'has at most 2 decimals');

/** A calendar day that has begun in China; checked per request, not when the process started. */
export const pastDay = z.date().refine((day) => day <= chinaDay(new Date()), 'cannot be in the future');

/** A person's or an office's name as written on a form. */
export const name = (max: number) => z.string().trim().min(2, 'must have at least 2 characters').max(max, `must have at most ${max} characters`);

export { twoDecimals };
