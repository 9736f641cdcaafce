import { chinaDateOf } from '@forestry/subgraph-runtime/calendar';
import { formatNumber, NUMBER_FORMATS, type NumberKind } from '../domain/numbering.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * The next number of a kind for the year of `at`. The counter row stays locked until the
 * transaction ends, so concurrent requests queue for it and a rolled-back request frees its number.
 */
export async function nextNumber(tx: Prisma.TransactionClient, kind: NumberKind, at: Date): Promise<string> {
  const year = Number(chinaDateOf(at).slice(0, 4));
  const { prefix } = NUMBER_FORMATS[kind];
  const { last } = await tx.numberSequence.upsert({
    where: { prefix_year: { prefix, year } },
    create: { prefix, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  return formatNumber(kind, year, last);
}
