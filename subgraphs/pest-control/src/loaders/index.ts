import { groupedLoader } from '@forestry/subgraph-runtime';
import type { Pest, PrismaClient } from '../generated/prisma/client.js';
import { pestInfestationLoader } from './pest-infestation.js';
import { quarantinePresenceLoader } from './quarantine-presence.js';

/** Request-scoped loaders: every key looked up in one tick costs one SQL statement per kind. */
export function createLoaders(db: PrismaClient) {
  let pests: Promise<Map<string, Pest>> | undefined;
  return {
    // The whole list (a few dozen rows) is read at most once per request, however the
    // aggregates that name pests interleave.
    pests: () => (pests ??= db.pest.findMany().then((rows) => new Map(rows.map((pest) => [pest.code, pest])))),
    occurrencesBySubCompartment: groupedLoader(
      (ids: readonly string[]) =>
        db.pestOccurrence.findMany({
          where: { subCompartmentId: { in: [...ids] } },
          orderBy: [{ surveyedOn: 'desc' }, { id: 'asc' }],
        }),
      (occurrence) => occurrence.subCompartmentId,
    ),
    pestInfestation: pestInfestationLoader(db),
    quarantinePresence: quarantinePresenceLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
