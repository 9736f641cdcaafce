import type { FireAlertLevel } from '../generated/prisma/enums.js';

export type FireSeverity = 'GENERAL' | 'LARGER' | 'MAJOR' | 'EXTRAORDINARY';

/**
 * The classes of the Forest Fire Prevention Regulations (森林防火条例, 2008, art. 40) by damaged
 * forest area, each with its lower bound in hectares: "以上" includes the bound, "以下" does not.
 */
const SEVERITY_CLASSES: readonly { severity: FireSeverity; from: number; label: string }[] = [
  { severity: 'GENERAL', from: 0, label: '一般森林火灾' },
  { severity: 'LARGER', from: 1, label: '较大森林火灾' },
  { severity: 'MAJOR', from: 100, label: '重大森林火灾' },
  { severity: 'EXTRAORDINARY', from: 1000, label: '特别重大森林火灾' },
];

/** The severity class of a fire from its damaged forest area (受害森林面积): derived, never entered. */
export function severityOf(affectedForestArea: number): FireSeverity {
  return SEVERITY_CLASSES.findLast((entry) => affectedForestArea >= entry.from)!.severity;
}

function severityRank(severity: FireSeverity): number {
  return SEVERITY_CLASSES.findIndex((entry) => entry.severity === severity);
}

export function severityLabel(severity: FireSeverity): string {
  return SEVERITY_CLASSES[severityRank(severity)]!.label;
}

/** Whether a fire moves into a higher class as its damaged forest area changes. */
export function escalates(previousArea: number, nextArea: number): boolean {
  return severityRank(severityOf(nextArea)) > severityRank(severityOf(previousArea));
}

/** The damaged-area range of a class, for filtering in SQL: `gte` included, `lt` excluded. */
export function severityAreaRange(severity: FireSeverity): { gte: number; lt?: number } {
  const rank = severityRank(severity);
  const next = SEVERITY_CLASSES[rank + 1];
  return { gte: SEVERITY_CLASSES[rank]!.from, ...(next ? { lt: next.from } : {}) };
}

/** The alert colour of each class, from blue for a general fire to red for an extraordinary one. */
export const ALERT_LEVEL_BY_SEVERITY: Record<FireSeverity, FireAlertLevel> = {
  GENERAL: 'BLUE',
  LARGER: 'YELLOW',
  MAJOR: 'ORANGE',
  EXTRAORDINARY: 'RED',
};
