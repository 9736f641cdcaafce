import type { PrismaClient } from '../generated/prisma/client.js';
import { divisions, forestryUnits } from './divisions-data.js';
import { generateInventory } from './inventory.js';
import { forestryProjects } from './projects-data.js';
import { treeSpecies } from './species-data.js';

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** Loads the demo data of Heilongjiang and Jilin into an empty forest-resources database. */
export async function seedForestResources(db: PrismaClient): Promise<void> {
  const { compartments, subCompartments } = generateInventory();
  await db.$transaction(
    async (tx) => {
      // Parents before children: the division tree is ordered province, prefecture, county.
      for (const level of ['PROVINCE', 'PREFECTURE', 'COUNTY'] as const) {
        await tx.division.createMany({ data: divisions.filter((division) => division.level === level) });
      }
      await tx.forestryUnit.createMany({ data: [...forestryUnits] });
      await tx.treeSpecies.createMany({ data: [...treeSpecies] });
      await inBatches(compartments, (data) => tx.compartment.createMany({ data }));
      await inBatches(subCompartments, (data) => tx.subCompartment.createMany({ data }));
      for (const { divisionCodes, ...project } of forestryProjects) {
        await tx.forestryProject.create({
          data: { ...project, divisions: { connect: divisionCodes.map((code) => ({ code })) } },
        });
      }
    },
    { timeout: 120_000 },
  );
}
