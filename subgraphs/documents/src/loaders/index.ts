import { groupedLoader, keyedLoader, type Clearance } from '@forestry/subgraph-runtime';
import { visibleDocuments } from '../domain/classification.js';
import type { OfficeDocument, PrismaClient } from '../generated/prisma/client.js';

/**
 * Documents concerning any of `keys` through a list column, newest first, grouped by key: one
 * SQL statement for all keys of a request.
 */
function documentsConcerning(db: PrismaClient, clearance: Clearance, column: 'divisionCodes' | 'subCompartmentIds') {
  return groupedLoader(
    async (keys: readonly string[]) => {
      const documents = await db.officeDocument.findMany({
        where: { [column]: { hasSome: [...keys] }, ...visibleDocuments(clearance) },
        orderBy: [{ registeredAt: 'desc' }, { id: 'asc' }],
      });
      const wanted = new Set(keys);
      return documents.flatMap((document) =>
        document[column].filter((key) => wanted.has(key)).map((key) => ({ key, document })),
      );
    },
    (entry: { key: string; document: OfficeDocument }) => entry.key,
  );
}

/** Loaders that only ever return documents a caller with `clearance` may see. */
function documentLoaders(db: PrismaClient, clearance: Clearance) {
  return {
    /** A classified document the caller may not see loads as null, like an unknown id. */
    byId: keyedLoader(
      (ids: readonly string[]) =>
        db.officeDocument.findMany({ where: { id: { in: [...ids] }, ...visibleDocuments(clearance) } }),
      (document) => document.id,
    ),
    byDivision: documentsConcerning(db, clearance, 'divisionCodes'),
    bySubCompartment: documentsConcerning(db, clearance, 'subCompartmentIds'),
  };
}

/** Request-scoped loaders: every key looked up in one tick costs one SQL statement per kind. */
export function createLoaders(db: PrismaClient) {
  let documents: { clearance: Clearance; loaders: ReturnType<typeof documentLoaders> } | undefined;
  return {
    officeUnit: keyedLoader(
      (codes: readonly string[]) => db.officeUnit.findMany({ where: { code: { in: [...codes] } } }),
      (unit) => unit.code,
    ),
    /** The document loaders of the request's caller (whose clearance is the same all request long). */
    documents(clearance: Clearance) {
      if (documents?.clearance !== clearance) documents = { clearance, loaders: documentLoaders(db, clearance) };
      return documents.loaders;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
