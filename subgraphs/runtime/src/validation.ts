/**
 * True when a number has at most two decimals. Compared with a tolerance: 0.57 * 100 is
 * 56.99999999999999 in binary floating point, and a surveyor's 0.57 is valid.
 */
export function twoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}
