export const DAY_MS = 86_400_000;

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The instant shifted so that its UTC fields read as Beijing wall-clock time (UTC+8), in which
 * the departments count their days, months and years: `inBeijing(date).getUTCFullYear()`.
 */
export function inBeijing(date: Date): Date {
  return new Date(date.getTime() + BEIJING_OFFSET_MS);
}
