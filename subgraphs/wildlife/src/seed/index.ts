import type { PrismaClient } from '../generated/prisma/client.js';
import { generateObservations } from './observations.js';
import { generatePermits } from './permits.js';
import { natureReserves } from './reserves-data.js';
import { wildlifeSpecies } from './species-data.js';

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Loads the demo data of Heilongjiang and Jilin into an empty wildlife database. */
export async function seedWildlife(db: PrismaClient): Promise<void> {
  const observations = generateObservations();
  const permits = generatePermits();
  await db.$transaction(
    async (tx) => {
      await tx.wildlifeSpecies.createMany({ data: [...wildlifeSpecies] });
      for (const { divisionCodes, keySpeciesCodes, ...reserve } of natureReserves) {
        await tx.natureReserve.create({
          data: {
            ...reserve,
            counties: { create: divisionCodes.map((divisionCode) => ({ divisionCode })) },
            keySpecies: { connect: keySpeciesCodes.map((code) => ({ code })) },
          },
        });
      }
      await inBatches(observations, (data) => tx.wildlifeObservation.createMany({ data }));
      await inBatches(
        permits.map(({ events: _events, uses: _uses, ...permit }) => permit),
        (data) => tx.wildlifePermit.createMany({ data }),
      );
      await inBatches(
        permits.flatMap((permit) => permit.events.map((event) => ({ ...event, permitId: permit.id }))),
        (data) => tx.wildlifePermitEvent.createMany({ data }),
      );
      await inBatches(
        permits.flatMap((permit) => permit.uses.map((use) => ({ ...use, permitId: permit.id }))),
        (data) => tx.wildlifePermitUse.createMany({ data }),
      );
    },
    { timeout: 120_000 },
  );
}
