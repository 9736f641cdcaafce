import { groupedLoader, keyedLoader } from '@forestry/subgraph-runtime';
import type { PrismaClient } from '../generated/prisma/client.js';
import { observationCountLoader, reservesByDivisionLoader, speciesPresenceLoader } from './division-wildlife.js';

/** Request-scoped loaders: every key looked up in one tick costs one SQL statement per kind. */
export function createLoaders(db: PrismaClient) {
  const species = keyedLoader(
    (codes: readonly string[]) => db.wildlifeSpecies.findMany({ where: { code: { in: [...codes] } } }),
    (row) => row.code,
  );
  return {
    species,
    natureReserve: keyedLoader(
      (codes: readonly string[]) => db.natureReserve.findMany({ where: { code: { in: [...codes] } } }),
      (reserve) => reserve.code,
    ),
    observationsBySubCompartment: groupedLoader(
      (ids: readonly string[]) =>
        db.wildlifeObservation.findMany({
          where: { subCompartmentId: { in: [...ids] } },
          orderBy: [{ observedAt: 'desc' }, { id: 'asc' }],
        }),
      (observation) => observation.subCompartmentId!,
    ),
    speciesPresence: speciesPresenceLoader(db, species),
    observationCount: observationCountLoader(db),
    reservesByDivision: reservesByDivisionLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
