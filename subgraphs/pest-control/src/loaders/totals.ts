/** Area and number of occurrences, the measures every infestation row shares. */
export interface InfestationTotals {
  /** Hectares affected. */
  area: number;
  occurrenceCount: number;
}

/** Accumulates totals per group key. */
export class Tally<Key> {
  private readonly groups = new Map<Key, InfestationTotals>();

  add(key: Key, area: number, occurrenceCount: number): void {
    const group = this.groups.get(key) ?? { area: 0, occurrenceCount: 0 };
    group.area += area;
    group.occurrenceCount += occurrenceCount;
    this.groups.set(key, group);
  }

  get(key: Key): InfestationTotals {
    return rounded(this.groups.get(key) ?? { area: 0, occurrenceCount: 0 });
  }

  /** Largest area first; ties in key order so that results are stable. */
  sortedByArea<Name extends string>(name: Name): (InfestationTotals & Record<Name, Key>)[] {
    return [...this.groups]
      .map(([key, totals]) => ({ ...rounded(totals), [name]: key }) as InfestationTotals & Record<Name, Key>)
      .sort((a, b) => b.area - a.area || String(a[name]).localeCompare(String(b[name])));
  }
}

function rounded(totals: InfestationTotals): InfestationTotals {
  return { area: Math.round(totals.area * 100) / 100, occurrenceCount: totals.occurrenceCount };
}
