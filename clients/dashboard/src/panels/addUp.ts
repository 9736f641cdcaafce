type NumericKey<Row> = { [Key in keyof Row]: Row[Key] extends number ? Key : never }[keyof Row];

/**
 * Adds up rows that share a key (a species, a pest, a county…) over the given measures, largest
 * first by the first measure: how "both provinces" is made from each province's answer.
 */
export function addUp<Row>(rows: readonly Row[], key: (row: Row) => string, measures: readonly NumericKey<Row>[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const seen = byKey.get(key(row));
    if (!seen) {
      byKey.set(key(row), row);
      continue;
    }
    const sum = { ...seen };
    for (const measure of measures) (sum[measure] as number) = (seen[measure] as number) + (row[measure] as number);
    byKey.set(key(row), sum);
  }
  const [first] = measures;
  return [...byKey.values()].sort((a, b) => (first ? (b[first] as number) - (a[first] as number) : 0));
}
