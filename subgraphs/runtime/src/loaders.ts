import DataLoader from 'dataloader';

/**
 * A request-scoped DataLoader over a "fetch many by key" query. Results come back in any order
 * and possibly incomplete; the loader returns them in key order with `null` for missing keys,
 * so N `load` calls in one tick cost one SQL statement.
 */
export function keyedLoader<Key extends string | number, Row>(
  fetchMany: (keys: readonly Key[]) => Promise<readonly Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = await fetchMany(keys);
    const byKey = new Map<Key, Row>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A request-scoped DataLoader for one-to-many relations: each key maps to the (possibly empty)
 * list of rows that belong to it.
 */
export function groupedLoader<Key extends string | number, Row>(
  fetchMany: (keys: readonly Key[]) => Promise<readonly Row[]>,
  groupOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await fetchMany(keys);
    const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(groupOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
