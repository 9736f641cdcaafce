import { createRandom } from '@forestry/subgraph-runtime';
import type { PrismaClient } from '../generated/prisma/client.js';
import { generateDangerAlerts, generateManualAlerts } from './alerts.js';
import { generateDutyRoster } from './duty.js';
import { generateFireDangerRatings } from './fire-danger.js';
import { forestedCounties } from './geography.js';
import { generateIncidents } from './incidents.js';
import { generateFireResources, generateLookoutTowers, generatePatrolRoutes, generatePatrols } from './infrastructure.js';

export { DEMO_NOW } from './demo-time.js';

/**
 * The deterministic demo data of the fire-prevention department for the 2026 seasons. Each
 * part draws from its own random stream, so changing one leaves the others as they were.
 */
export function generateFirePreventionData() {
  const counties = forestedCounties();
  const ratings = generateFireDangerRatings(createRandom(1), counties);
  const towers = generateLookoutTowers(createRandom(2), counties);
  const patrolRoutes = generatePatrolRoutes(createRandom(3), counties);
  const patrols = generatePatrols(createRandom(4), patrolRoutes, ratings);
  const resources = generateFireResources(createRandom(5), counties);
  const incidentData = generateIncidents(createRandom(6), counties, ratings, towers, resources);
  const alerts = [
    ...incidentData.alerts,
    ...generateDangerAlerts(createRandom(7), ratings),
    ...generateManualAlerts(createRandom(8), ratings),
  ];
  const roster = generateDutyRoster(createRandom(9), [...new Set(counties.map((county) => county.prefectureCode))]);
  return { ratings, towers, patrolRoutes, patrols, resources, ...incidentData, alerts, ...roster };
}

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Loads the demo data into an empty fire-prevention database. */
export async function seedFirePrevention(db: PrismaClient): Promise<void> {
  const data = generateFirePreventionData();
  await db.$transaction(
    async (tx) => {
      await inBatches(data.ratings, (rows) => tx.fireDangerRating.createMany({ data: rows }));
      await tx.fireLookoutTower.createMany({ data: data.towers });
      await tx.firePatrolRoute.createMany({ data: data.patrolRoutes });
      await inBatches(data.patrols, (rows) => tx.firePatrol.createMany({ data: rows }));
      await tx.fireResource.createMany({ data: data.resources });
      await inBatches(data.incidents, (rows) => tx.fireIncident.createMany({ data: rows }));
      await inBatches(data.statusChanges, (rows) => tx.fireIncidentStatusChange.createMany({ data: rows }));
      await inBatches(data.responseActions, (rows) => tx.fireResponseAction.createMany({ data: rows }));
      await inBatches(data.areaRevisions, (rows) => tx.fireAreaRevision.createMany({ data: rows }));
      await inBatches(data.alerts, (rows) => tx.fireAlert.createMany({ data: rows }));
      await tx.fireOffice.createMany({ data: data.offices });
      await tx.fireDutyOfficer.createMany({ data: data.officers });
      await inBatches(data.shifts, (rows) => tx.fireDutyShift.createMany({ data: rows.map(({ staffIds: _staffIds, ...shift }) => shift) }));
      // The staff of a shift is an implicit many-to-many relation, which createMany cannot fill.
      for (const officer of data.officers.filter((candidate) => candidate.role === 'STAFF')) {
        const shiftIds = data.shifts.filter((shift) => shift.staffIds.includes(officer.id)).map((shift) => ({ id: shift.id }));
        await tx.fireDutyOfficer.update({ where: { id: officer.id }, data: { staffShifts: { connect: shiftIds } } });
      }
    },
    { timeout: 300_000 },
  );
}
