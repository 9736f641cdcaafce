import DataLoader from 'dataloader';
import { divisionPrefix } from '@forestry/subgraph-runtime';
import { OPEN_STATUSES } from '../domain/occurrence-rules.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { InfestationTotals } from './totals.js';
import { Tally } from './totals.js';

export interface QuarantinePestPresence extends InfestationTotals {
  pestCode: string;
  /** Counties with open occurrences of the pest (its 疫区), by code. */
  countyCodes: string[];
}

/**
 * Quarantine pests (national or provincial) with open occurrences under any divisions, with
 * the counties where they are present: one grouped SQL statement for all divisions.
 */
export function quarantinePresenceLoader(db: PrismaClient) {
  return new DataLoader<string, QuarantinePestPresence[]>(async (codes) => {
    const prefixes = [...new Set(codes.map(divisionPrefix))];
    const groups = await db.pestOccurrence.groupBy({
      by: ['pestCode', 'divisionCode'],
      where: {
        status: { in: [...OPEN_STATUSES] },
        pest: { quarantineCategory: { not: 'NONE' } },
        OR: prefixes.map((prefix) => ({ divisionCode: { startsWith: prefix } })),
      },
      _sum: { affectedArea: true },
      _count: { _all: true },
      orderBy: [{ pestCode: 'asc' }, { divisionCode: 'asc' }],
    });
    return codes.map((code) => {
      const prefix = divisionPrefix(code);
      const pests = new Tally<string>();
      const counties = new Map<string, string[]>();
      for (const group of groups) {
        if (!group.divisionCode.startsWith(prefix)) continue;
        pests.add(group.pestCode, Number(group._sum.affectedArea ?? 0), group._count._all);
        counties.set(group.pestCode, [...(counties.get(group.pestCode) ?? []), group.divisionCode]);
      }
      return pests.sortedByArea('pestCode').map((row) => ({ ...row, countyCodes: counties.get(row.pestCode)! }));
    });
  });
}
