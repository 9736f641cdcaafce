import { keyedLoader } from '@forestry/subgraph-runtime';
import type { PrismaClient } from '../generated/prisma/client.js';
import { loadDivisionTree, type DivisionTree } from './division-tree.js';
import { forestStatisticsLoader } from './forest-statistics.js';

/** Request-scoped loaders: every key looked up in one tick costs one SQL statement per kind. */
export function createLoaders(db: PrismaClient) {
  let divisionTree: Promise<DivisionTree> | undefined;
  // The whole division tree (about 200 rows) is read at most once per request.
  const getDivisionTree = () => (divisionTree ??= loadDivisionTree(db));
  return {
    division: keyedLoader(
      (codes: readonly string[]) => db.division.findMany({ where: { code: { in: [...codes] } } }),
      (division) => division.code,
    ),
    subCompartment: keyedLoader(
      (ids: readonly string[]) => db.subCompartment.findMany({ where: { id: { in: [...ids] } } }),
      (subCompartment) => subCompartment.id,
    ),
    treeSpecies: keyedLoader(
      (codes: readonly string[]) => db.treeSpecies.findMany({ where: { code: { in: [...codes] } } }),
      (species) => species.code,
    ),
    divisionTree: getDivisionTree,
    forestStatistics: forestStatisticsLoader(db, getDivisionTree),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
