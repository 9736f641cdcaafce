import type { PestSeverity } from '../generated/prisma/enums.js';

/**
 * The severity (发生程度: 轻/中/重) of a survey, graded on the pest's own indicator as the
 * national standard LY/T 1681 grades each pest: `thresholds` are the lowest values of a light,
 * a moderate and a severe occurrence. Below the light threshold the pest is present but does
 * not count as occurring, and the result is undefined.
 */
export function severityOf(indicatorValue: number, thresholds: readonly number[]): PestSeverity | undefined {
  const [light = Infinity, moderate = Infinity, severe = Infinity] = thresholds;
  if (indicatorValue >= severe) return 'SEVERE';
  if (indicatorValue >= moderate) return 'MODERATE';
  if (indicatorValue >= light) return 'LIGHT';
  return undefined;
}
