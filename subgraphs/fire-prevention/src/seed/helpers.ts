import type { Random } from '@forestry/subgraph-runtime';

/** The items in a random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** Uniform on a logarithmic scale: small values as likely per decade as large ones. */
export function logUniform(random: Random, min: number, max: number): number {
  return Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));
}

export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + Math.round(minutes) * 60_000);
}

export function groupBy<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
