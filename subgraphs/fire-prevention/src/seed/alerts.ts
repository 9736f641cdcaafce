import type { Random } from '@forestry/subgraph-runtime';
import { highFireDangerAlert } from '../domain/alert-rules.js';
import { chinaTime, chineseDateLabel } from '../domain/calendar.js';
import { divisionDisplayName } from '@forestry/forest-resources/reference-data';
import { HIGH_FIRE_DANGER_LEVEL } from '../domain/fire-danger.js';
import type { FireAlertKind, FireAlertLevel } from '../generated/prisma/enums.js';
import { DEMO_NOW } from './demo-time.js';
import type { FireDangerRatingSeed } from './fire-danger.js';
import { addMinutes } from './helpers.js';
import { personName } from './names.js';

export interface FireAlertSeed {
  id: string;
  divisionCode: string;
  kind: FireAlertKind;
  level: FireAlertLevel;
  message: string;
  incidentId: string | null;
  ratingId: string | null;
  raisedAt: Date;
  raisedBy: string | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

/** Alerts are acknowledged within minutes, except some of the latest, still open at the demo's "now". */
export function acknowledgement(random: Random, raisedAt: Date, recentHours: number) {
  const recent = DEMO_NOW.getTime() - raisedAt.getTime() < recentHours * 3_600_000;
  const acknowledgedAt = addMinutes(raisedAt, random.int(2, 90));
  if ((recent && random.next() < 0.6) || acknowledgedAt > DEMO_NOW) {
    return { acknowledgedAt: null, acknowledgedBy: null };
  }
  return { acknowledgedAt, acknowledgedBy: personName(random) };
}

/** An alert for every county-day of high danger, raised with the morning forecast. */
export function generateDangerAlerts(random: Random, ratings: readonly FireDangerRatingSeed[]): FireAlertSeed[] {
  return ratings.flatMap((rating) => {
    const raisedAt = chinaTime(rating.date, 7, 30);
    if (rating.level < HIGH_FIRE_DANGER_LEVEL || raisedAt > DEMO_NOW) return [];
    return [{ id: random.uuid(), ...highFireDangerAlert(rating), incidentId: null, ratingId: rating.id, raisedAt, raisedBy: null, ...acknowledgement(random, raisedAt, 72) }];
  });
}

/**
 * Warnings the provincial office issues by hand: gales forecast for a prefecture on the
 * windiest days of each season.
 */
export function generateManualAlerts(random: Random, ratings: readonly FireDangerRatingSeed[]): FireAlertSeed[] {
  const windiest = [...ratings]
    .filter((rating) => rating.windForce >= 6 && chinaTime(rating.date, 7) <= DEMO_NOW)
    .sort((a, b) => b.windForce - a.windForce || a.date.getTime() - b.date.getTime() || a.divisionCode.localeCompare(b.divisionCode));
  const issued = new Set<string>();
  const alerts: FireAlertSeed[] = [];
  for (const rating of windiest) {
    const prefectureCode = `${rating.divisionCode.slice(0, 4)}00`;
    const key = `${prefectureCode}|${rating.date.toISOString()}`;
    if (issued.has(key) || alerts.length >= 30) continue;
    issued.add(key);
    // Issued the evening before, for the next day.
    const raisedAt = chinaTime(rating.date, -random.int(3, 6));
    alerts.push({
      id: random.uuid(),
      divisionCode: prefectureCode,
      kind: 'MANUAL',
      level: 'YELLOW',
      message: `气象部门预报${chineseDateLabel(rating.date)}${divisionDisplayName(prefectureCode)}将出现${rating.windForce}级以上大风天气，请加强野外火源管控，严防森林火灾。`,
      incidentId: null,
      ratingId: null,
      raisedAt,
      raisedBy: personName(random),
      ...acknowledgement(random, raisedAt, 0),
    });
  }
  return alerts;
}
