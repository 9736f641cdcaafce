import { divisionPrefix } from '@forestry/subgraph-runtime';
import DataLoader from 'dataloader';
import { withinDivisions } from '../domain/divisions.js';
import { COUNTED } from '../domain/observation-rules.js';
import type { NatureReserve, PrismaClient, WildlifeSpecies } from '../generated/prisma/client.js';
import type { WildlifeProtectionClass } from '../generated/prisma/enums.js';

/** How often, and in what numbers, a species was recorded in a place or a period. */
export interface SpeciesTotals {
  speciesCode: string;
  observationCount: number;
  individualCount: number;
  lastObservedAt: Date;
}

interface ObservationGroup {
  speciesCode: string;
  _count: { _all: number };
  _sum: { individualCount: number | null };
  _max: { observedAt: Date | null };
}

/** Adds up grouped observation rows by species, most-recorded species first. */
export function totalsBySpecies(groups: readonly ObservationGroup[]): SpeciesTotals[] {
  const totals = new Map<string, SpeciesTotals>();
  for (const group of groups) {
    const current = totals.get(group.speciesCode) ?? { speciesCode: group.speciesCode, observationCount: 0, individualCount: 0, lastObservedAt: new Date(0) };
    current.observationCount += group._count._all;
    current.individualCount += group._sum.individualCount ?? 0;
    if (group._max.observedAt && group._max.observedAt > current.lastObservedAt) current.lastObservedAt = group._max.observedAt;
    totals.set(group.speciesCode, current);
  }
  return [...totals.values()].sort((a, b) => b.observationCount - a.observationCount || a.speciesCode.localeCompare(b.speciesCode));
}

export interface PresenceKey {
  divisionCode: string;
  protectionClasses: readonly WildlifeProtectionClass[];
}

/**
 * The protected species recorded in any divisions (a county, or every county under a prefecture
 * or province), answered by one grouped query over all of them and one species lookup.
 */
export function speciesPresenceLoader(db: PrismaClient, species: DataLoader<string, WildlifeSpecies | null>) {
  return new DataLoader<PresenceKey, SpeciesTotals[], string>(
    async (keys) => {
      const groups = await db.wildlifeObservation.groupBy({
        by: ['divisionCode', 'speciesCode'],
        where: { ...COUNTED, ...withinDivisions(keys.map((key) => key.divisionCode)) },
        _count: { _all: true },
        _sum: { individualCount: true },
        _max: { observedAt: true },
      });
      const classOf = new Map<string, WildlifeProtectionClass>();
      for (const row of await species.loadMany([...new Set(groups.map((group) => group.speciesCode))])) {
        if (row && !(row instanceof Error)) classOf.set(row.code, row.protectionClass);
      }
      return keys.map(({ divisionCode, protectionClasses }) => {
        const prefix = divisionPrefix(divisionCode);
        return totalsBySpecies(
          groups.filter(
            (group) => group.divisionCode.startsWith(prefix) && protectionClasses.includes(classOf.get(group.speciesCode)!),
          ),
        );
      });
    },
    { cacheKeyFn: (key) => `${key.divisionCode}|${[...key.protectionClasses].sort().join(',')}` },
  );
}

export interface ObservationCountKey {
  divisionCode: string;
  since: Date | null;
}

/** Counted observations in divisions since an instant: one grouped query per distinct instant. */
export function observationCountLoader(db: PrismaClient) {
  const sinceKey = (since: Date | null) => since?.toISOString() ?? '';
  return new DataLoader<ObservationCountKey, number, string>(
    async (keys) => {
      const codesBySince = new Map<string, { since: Date | null; codes: string[] }>();
      for (const { divisionCode, since } of keys) {
        const entry = codesBySince.get(sinceKey(since)) ?? { since, codes: [] };
        entry.codes.push(divisionCode);
        codesBySince.set(sinceKey(since), entry);
      }
      const groupsBySince = new Map(
        await Promise.all(
          [...codesBySince].map(
            async ([key, { since, codes }]) =>
              [
                key,
                await db.wildlifeObservation.groupBy({
                  by: ['divisionCode'],
                  where: { ...COUNTED, ...withinDivisions(codes), ...(since ? { observedAt: { gte: since } } : {}) },
                  _count: { _all: true },
                }),
              ] as const,
          ),
        ),
      );
      return keys.map(({ divisionCode, since }) => {
        const prefix = divisionPrefix(divisionCode);
        return groupsBySince
          .get(sinceKey(since))!
          .filter((group) => group.divisionCode.startsWith(prefix))
          .reduce((sum, group) => sum + group._count._all, 0);
      });
    },
    { cacheKeyFn: (key) => `${key.divisionCode}|${sinceKey(key.since)}` },
  );
}

/** The reserves covering any part of each division, by code. */
export function reservesByDivisionLoader(db: PrismaClient) {
  return new DataLoader<string, NatureReserve[]>(async (codes) => {
    const reserves = await db.natureReserve.findMany({
      where: { counties: { some: withinDivisions(codes) } },
      include: { counties: { select: { divisionCode: true } } },
      orderBy: { code: 'asc' },
    });
    return codes.map((code) => {
      const prefix = divisionPrefix(code);
      return reserves.filter((reserve) => reserve.counties.some((county) => county.divisionCode.startsWith(prefix)));
    });
  });
}
