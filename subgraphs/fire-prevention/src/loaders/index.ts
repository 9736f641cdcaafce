import { divisionPrefix, groupedLoader, keyedLoader } from '@forestry/subgraph-runtime';
import { byDanger } from '../domain/fire-danger.js';
import { ACTIVE_STATUSES } from '../domain/incident-status.js';
import type { FireIncident, PrismaClient } from '../generated/prisma/client.js';
import { seasonStatisticsLoader } from './season-statistics.js';

/** One loader per argument value (a day, an instant), made on first use within the request. */
function perArgument<Argument, Loader>(keyOf: (argument: Argument) => string, create: (argument: Argument) => Loader) {
  const loaders = new Map<string, Loader>();
  return (argument: Argument): Loader => {
    const key = keyOf(argument);
    const existing = loaders.get(key);
    if (existing) return existing;
    const created = create(argument);
    loaders.set(key, created);
    return created;
  };
}

const underAny = (codes: readonly string[]) => codes.map((code) => ({ divisionCode: { startsWith: divisionPrefix(code) } }));
const isUnder = (code: string) => (row: { divisionCode: string }) => row.divisionCode.startsWith(divisionPrefix(code));

/**
 * Request-scoped loaders: the divisions and sub-compartments of one request, however many,
 * cost one SQL statement per kind (and per distinct day or instant asked for).
 */
export function createLoaders(db: PrismaClient) {
  return {
    /** The instant the request arrived: the default `asOf`, the same for every field of the request. */
    requestedAt: new Date(),
    /** The highest rating on a day of the counties at or under a division. */
    highestFireDangerOn: perArgument(
      (day: Date) => day.toISOString(),
      (day) =>
        keyedLoader(
          async (codes: readonly string[]) => {
            const ratings = await db.fireDangerRating.findMany({ where: { date: day, OR: underAny(codes) } });
            return codes.flatMap((code) => {
              const worst = ratings.filter(isUnder(code)).sort(byDanger)[0];
              return worst ? [{ code, rating: worst }] : [];
            });
          },
          (row) => row.code,
        ),
    ),
    /** Incidents still being handled at or under a division, newest first. */
    activeFireIncidents: keyedLoader(
      async (codes: readonly string[]) => {
        const incidents = await db.fireIncident.findMany({
          where: { status: { in: [...ACTIVE_STATUSES] }, OR: underAny(codes) },
          orderBy: [{ reportedAt: 'desc' }, { id: 'asc' }],
        });
        return codes.map((code) => ({ code, incidents: incidents.filter(isUnder(code)) }));
      },
      (row: { code: string; incidents: FireIncident[] }) => row.code,
    ),
    fireSeasonStatistics: perArgument((asOf: Date) => asOf.toISOString(), (asOf) => seasonStatisticsLoader(db, asOf)),
    /** The fire history of sub-compartments, newest first. */
    fireIncidentsBySubCompartment: groupedLoader(
      (ids: readonly string[]) =>
        db.fireIncident.findMany({ where: { subCompartmentId: { in: [...ids] } }, orderBy: [{ reportedAt: 'desc' }, { id: 'asc' }] }),
      (incident) => incident.subCompartmentId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
