import { divisionPrefix, groupedLoader, keyedLoader } from '@forestry/subgraph-runtime';
import DataLoader from 'dataloader';
import type { LicenceApplication, PrismaClient } from '../generated/prisma/client.js';

/** Published items per catalogue heading, sub-headings included. */
export interface CategoryItemCounts {
  under(categoryCode: string): number;
}

async function loadCategoryItemCounts(db: PrismaClient): Promise<CategoryItemCounts> {
  const groups = await db.disclosureItem.groupBy({ by: ['categoryCode'], _count: { _all: true } });
  return {
    // Sub-heading codes extend their parent's code, so a heading covers every code it prefixes.
    under: (code) => groups.reduce((sum, group) => sum + (group.categoryCode.startsWith(code) ? group._count._all : 0), 0),
  };
}

/**
 * Applications naming a county under each division, newest first. A province or prefecture
 * covers the county codes it prefixes (GB/T 2260), so any mix of levels costs one statement.
 */
function applicationsByDivisionLoader(db: PrismaClient) {
  return new DataLoader<string, LicenceApplication[]>(async (codes) => {
    const prefixes = codes.map(divisionPrefix);
    const applications = await db.licenceApplication.findMany({
      where: { OR: [...new Set(prefixes)].map((prefix) => ({ divisionCode: { startsWith: prefix } })) },
      orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
    });
    return prefixes.map((prefix) => applications.filter((application) => application.divisionCode!.startsWith(prefix)));
  });
}

/** Request-scoped loaders: every key looked up in one tick costs one SQL statement per kind. */
export function createLoaders(db: PrismaClient) {
  let categoryItemCounts: Promise<CategoryItemCounts> | undefined;
  return {
    licensingItem: keyedLoader(
      (codes: readonly string[]) => db.licensingItem.findMany({ where: { code: { in: [...codes] } } }),
      (item) => item.code,
    ),
    licenceApplicationsByDivision: applicationsByDivisionLoader(db),
    timberTransportApplications: groupedLoader(
      (ids: readonly string[]) =>
        db.licenceApplication.findMany({
          where: { subCompartmentId: { in: [...ids] }, item: { topic: 'TIMBER_TRANSPORT' } },
          orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
        }),
      (application) => application.subCompartmentId!,
    ),
    // The catalogue has a few dozen headings: their counts are read at most once per request.
    itemCountsByCategory: () => (categoryItemCounts ??= loadCategoryItemCounts(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
