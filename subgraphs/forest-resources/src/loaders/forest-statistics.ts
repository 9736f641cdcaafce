import DataLoader from 'dataloader';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { AgeClass, ForestCategory, ForestOrigin } from '../generated/prisma/enums.js';
import type { DivisionTree } from './division-tree.js';

export interface ForestTotals {
  area: number;
  stockVolume: number;
  subCompartmentCount: number;
}

export interface ForestStatistics extends ForestTotals {
  divisionCode: string;
  bySpecies: (ForestTotals & { speciesCode: string })[];
  byOrigin: (ForestTotals & { origin: ForestOrigin })[];
  byAgeClass: (ForestTotals & { ageClass: AgeClass })[];
  byForestCategory: (ForestTotals & { forestCategory: ForestCategory })[];
  /** One entry per direct child division that has forest. */
  byDivision: (ForestTotals & { divisionCode: string })[];
}

function emptyTotals(): ForestTotals {
  return { area: 0, stockVolume: 0, subCompartmentCount: 0 };
}

/** Accumulates totals per group key, keeping the order of first appearance. */
class Tally<Key> {
  readonly groups = new Map<Key, ForestTotals>();
  add(key: Key, totals: ForestTotals): void {
    const group = this.groups.get(key) ?? emptyTotals();
    group.area += totals.area;
    group.stockVolume += totals.stockVolume;
    group.subCompartmentCount += totals.subCompartmentCount;
    this.groups.set(key, group);
  }
  sortedByArea<Name extends string>(name: Name): (ForestTotals & Record<Name, Key>)[] {
    return [...this.groups]
      .map(([key, totals]) => ({ ...rounded(totals), [name]: key }) as ForestTotals & Record<Name, Key>)
      .sort((a, b) => b.area - a.area);
  }
}

function rounded(totals: ForestTotals): ForestTotals {
  return {
    area: Math.round(totals.area * 100) / 100,
    stockVolume: Math.round(totals.stockVolume * 10) / 10,
    subCompartmentCount: totals.subCompartmentCount,
  };
}

/**
 * Forest statistics of any divisions (province, prefecture or county), all answered by one
 * grouped SQL query over the counties under them, then rolled up along the division tree.
 */
export function forestStatisticsLoader(db: PrismaClient, divisionTree: () => Promise<DivisionTree>) {
  return new DataLoader<string, ForestStatistics | null>(async (codes) => {
    const tree = await divisionTree();
    const countiesByCode = new Map(codes.map((code) => [code, new Set(tree.countiesUnder(code))]));
    const allCounties = [...new Set([...countiesByCode.values()].flatMap((counties) => [...counties]))];
    const groups = await db.subCompartment.groupBy({
      by: ['divisionCode', 'dominantSpeciesCode', 'origin', 'ageClass', 'forestCategory'],
      where: { divisionCode: { in: allCounties } },
      _sum: { area: true, stockVolume: true },
      _count: { _all: true },
    });

    return codes.map((code) => {
      if (!tree.get(code)) return null;
      const counties = countiesByCode.get(code)!;
      const total = new Tally<'total'>();
      const bySpecies = new Tally<string>();
      const byOrigin = new Tally<ForestOrigin>();
      const byAgeClass = new Tally<AgeClass>();
      const byForestCategory = new Tally<ForestCategory>();
      const byDivision = new Tally<string>();
      for (const group of groups) {
        if (!counties.has(group.divisionCode)) continue;
        const totals = {
          area: Number(group._sum.area ?? 0),
          stockVolume: Number(group._sum.stockVolume ?? 0),
          subCompartmentCount: group._count._all,
        };
        total.add('total', totals);
        bySpecies.add(group.dominantSpeciesCode, totals);
        byOrigin.add(group.origin, totals);
        byAgeClass.add(group.ageClass, totals);
        byForestCategory.add(group.forestCategory, totals);
        const child = tree.childOf(code, group.divisionCode);
        if (child) byDivision.add(child, totals);
      }
      return {
        divisionCode: code,
        ...rounded(total.groups.get('total') ?? emptyTotals()),
        bySpecies: bySpecies.sortedByArea('speciesCode'),
        byOrigin: byOrigin.sortedByArea('origin'),
        byAgeClass: byAgeClass.sortedByArea('ageClass'),
        byForestCategory: byForestCategory.sortedByArea('forestCategory'),
        byDivision: byDivision.sortedByArea('divisionCode'),
      };
    });
  });
}
