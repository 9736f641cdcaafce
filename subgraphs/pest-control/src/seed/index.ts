import { generateInventory } from '@forestry/forest-resources/reference-data';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { generateOutbreaks } from './outbreaks.js';
import { pests } from './pests-data.js';
import { generateQuarantine } from './quarantine.js';

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/**
 * Writes the links of an implicit many-to-many relation in one statement: createMany cannot,
 * and a nested create per row would take most of the seeding time. Prisma names the join
 * table `_<A>To<B>` after the two models in alphabetical order, with columns A and B.
 */
async function link(
  tx: Prisma.TransactionClient,
  table: '_PestOccurrenceToPestTreatment' | '_PestToQuarantineInspection',
  pairs: readonly (readonly [a: string, b: string])[],
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[])`,
    pairs.map(([a]) => a),
    pairs.map(([, b]) => b),
  );
}

/** Loads the pest control demo data of Heilongjiang and Jilin into an empty database. */
export async function seedPestControl(db: PrismaClient): Promise<void> {
  const snapshots = generateInventory().subCompartments.map(({ id, code, divisionCode, area, dominantSpeciesCode }) => ({
    id,
    code,
    divisionCode,
    area,
    dominantSpeciesCode,
  }));
  const { occurrences, treatments } = generateOutbreaks();
  const { inspections, certificates } = generateQuarantine();
  const treatedOccurrences = treatments.flatMap(({ id, occurrenceIds }) => occurrenceIds.map((occurrenceId) => [occurrenceId, id] as const));
  const pestsFound = inspections.flatMap(({ id, pestCodesFound }) => pestCodesFound.map((code) => [code, id] as const));
  await db.$transaction(
    async (tx) => {
      await tx.pest.createMany({ data: [...pests] });
      await inBatches(snapshots, (data) => tx.subCompartmentSnapshot.createMany({ data }));
      await inBatches(occurrences, (data) => tx.pestOccurrence.createMany({ data }));
      await inBatches(
        treatments.map(({ occurrenceIds: _links, ...treatment }) => treatment),
        (data) => tx.pestTreatment.createMany({ data }),
      );
      await link(tx, '_PestOccurrenceToPestTreatment', treatedOccurrences);
      await inBatches(
        inspections.map(({ pestCodesFound: _links, ...inspection }) => inspection),
        (data) => tx.quarantineInspection.createMany({ data }),
      );
      await link(tx, '_PestToQuarantineInspection', pestsFound);
      await inBatches(certificates, (data) => tx.quarantineCertificate.createMany({ data }));
    },
    { timeout: 120_000 },
  );
}
