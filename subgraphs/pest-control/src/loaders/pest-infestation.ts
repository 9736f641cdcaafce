import DataLoader from 'dataloader';
import { childDivisionOf } from '@forestry/forest-resources/reference-data';
import { divisionPrefix } from '@forestry/subgraph-runtime';
import { OPEN_STATUSES } from '../domain/occurrence-rules.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PestSeverity } from '../generated/prisma/enums.js';
import { Tally, type InfestationTotals } from './totals.js';

const SEVERITIES: readonly PestSeverity[] = ['LIGHT', 'MODERATE', 'SEVERE'];

export type SeverityTotals = InfestationTotals & { severity: PestSeverity };

export interface PestInfestation extends InfestationTotals {
  divisionCode: string;
  /** Open occurrences that no treatment has reached yet. */
  activeOccurrenceCount: number;
  bySeverity: SeverityTotals[];
  byPest: (InfestationTotals & { pestCode: string; bySeverity: SeverityTotals[] })[];
  /** One entry per direct child division with open occurrences. */
  byDivision: (InfestationTotals & { divisionCode: string })[];
}

function bySeverity(tally: Tally<PestSeverity>): SeverityTotals[] {
  return SEVERITIES.map((severity) => ({ severity, ...tally.get(severity) }));
}

/**
 * The open infestation (occurrences not yet controlled) of any divisions, by pest and
 * severity: one grouped SQL statement over the code prefixes of all requested divisions, then
 * summed per division in memory.
 */
export function pestInfestationLoader(db: PrismaClient) {
  return new DataLoader<string, PestInfestation>(async (codes) => {
    const prefixes = [...new Set(codes.map(divisionPrefix))];
    const groups = await db.pestOccurrence.groupBy({
      by: ['divisionCode', 'pestCode', 'severity', 'status'],
      where: { status: { in: [...OPEN_STATUSES] }, OR: prefixes.map((prefix) => ({ divisionCode: { startsWith: prefix } })) },
      _sum: { affectedArea: true },
      _count: { _all: true },
    });

    return codes.map((code) => {
      const prefix = divisionPrefix(code);
      const total = new Tally<'total'>();
      const severities = new Tally<PestSeverity>();
      const pests = new Tally<string>();
      const pestSeverities = new Map<string, Tally<PestSeverity>>();
      const children = new Tally<string>();
      let activeOccurrenceCount = 0;
      for (const group of groups) {
        if (!group.divisionCode.startsWith(prefix)) continue;
        const area = Number(group._sum.affectedArea ?? 0);
        const count = group._count._all;
        total.add('total', area, count);
        severities.add(group.severity, area, count);
        pests.add(group.pestCode, area, count);
        if (!pestSeverities.has(group.pestCode)) pestSeverities.set(group.pestCode, new Tally());
        pestSeverities.get(group.pestCode)!.add(group.severity, area, count);
        const child = childDivisionOf(code, group.divisionCode);
        if (child) children.add(child, area, count);
        if (group.status === 'ACTIVE') activeOccurrenceCount += count;
      }
      return {
        divisionCode: code,
        ...total.get('total'),
        activeOccurrenceCount,
        bySeverity: bySeverity(severities),
        byPest: pests.sortedByArea('pestCode').map((row) => ({ ...row, bySeverity: bySeverity(pestSeverities.get(row.pestCode)!) })),
        byDivision: children.sortedByArea('divisionCode'),
      };
    });
  });
}
