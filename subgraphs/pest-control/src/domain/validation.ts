import { z } from 'zod';
import { chinaDay } from './dates.js';

/** Whether a value has at most 2 decimals, allowing for binary floating point (4.35 * 100 is 434.99…). */
export const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** Hectares as the inventory records them: positive, to the hundredth. */
export const hectares = z.number().positive('must be greater than 0').refine(twoDecimals, 'has at most 2 decimals');

/** A calendar day that has begun in China; checked per request, not when the process started. */
export const pastDay = z.date().refine((day) => day <= chinaDay(new Date()), 'cannot be in the future');

/** A person's or an office's name as written on a form. */
export const name = (max: number) => z.string().trim().min(2, 'must have at least 2 characters').max(max, `must have at most ${max} characters`);
