import { describe, expect, it } from 'vitest';
import { groupedLoader, keyedLoader } from '../src/loaders.js';

describe('keyedLoader', () => {
  it('batches the keys of one tick into one fetch and answers in key order, null for missing', async () => {
    const calls: (readonly string[])[] = [];
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        calls.push(keys);
        return keys.filter((key) => key !== 'missing').reverse().map((key) => ({ key }));
      },
      (row) => row.key,
    );
    const results = await Promise.all(['a', 'missing', 'b', 'a'].map((key) => loader.load(key)));
    expect(results).toEqual([{ key: 'a' }, null, { key: 'b' }, { key: 'a' }]);
    expect(calls).toEqual([['a', 'missing', 'b']]);
  });
});

describe('groupedLoader', () => {
  it('gives every key its list, empty when nothing belongs to it', async () => {
    const loader = groupedLoader(
      async () => [
        { parent: 'p1', id: 1 },
        { parent: 'p2', id: 2 },
        { parent: 'p1', id: 3 },
      ],
      (row) => row.parent,
    );
    expect(await Promise.all([loader.load('p1'), loader.load('p3')])).toEqual([
      [
        { parent: 'p1', id: 1 },
        { parent: 'p1', id: 3 },
      ],
      [],
    ]);
  });
});
