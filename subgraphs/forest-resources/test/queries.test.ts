import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import forestResources from '../src/index.js';
import { generateInventory } from '../src/seed/inventory.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(forestResources);
});
afterAll(() => subgraph?.stop());

describe('demo data', () => {
  it('is deterministic and large enough to be realistic', () => {
    const first = generateInventory();
    const second = generateInventory();
    expect(first.subCompartments.length).toBeGreaterThanOrEqual(5000);
    expect(second).toEqual(first);
    expect(new Set(first.subCompartments.map((sub) => sub.code)).size).toBe(first.subCompartments.length);
  });

  it('covers both provinces with their real prefectures', async () => {
    const { data } = await subgraph.request(`{ divisions(level: PREFECTURE) { code name } }`);
    const names = data!.divisions.map((division: { name: string }) => division.name);
    expect(names).toEqual(expect.arrayContaining(['伊春市', '大兴安岭地区', '延边朝鲜族自治州', '白山市']));
    expect(names).toHaveLength(22);
  });
});

describe('lookups', () => {
  it('finds a division by code, with its parent and children', async () => {
    const { data, errors } = await subgraph.request(`{ division(code: "230700") { name level parent { name } children { code level } } }`);
    expect(errors).toBeUndefined();
    expect(data!.division).toMatchObject({ name: '伊春市', level: 'PREFECTURE', parent: { name: '黑龙江省' } });
    expect(data!.division.children.length).toBeGreaterThan(5);
    expect(data!.division.children.every((child: { level: string }) => child.level === 'COUNTY')).toBe(true);
  });

  it('finds a sub-compartment by id and by code, and returns null for unknown keys', async () => {
    const sample = generateInventory().subCompartments[42]!;
    const { data } = await subgraph.request(
      `query($id: ID!, $code: String!) {
        byId: subCompartment(id: $id) { id code area dominantSpecies { code } }
        byCode: subCompartmentByCode(code: $code) { id }
        missing: subCompartment(id: "no-such-id") { id }
      }`,
      { id: sample.id, code: sample.code },
    );
    expect(data!.byId).toEqual({ id: sample.id, code: sample.code, area: sample.area, dominantSpecies: { code: sample.dominantSpeciesCode } });
    expect(data!.byCode).toEqual({ id: sample.id });
    expect(data!.missing).toBeNull();
  });
});

describe('lists', () => {
  const page = `query($after: String, $filter: SubCompartmentFilter, $orderBy: SubCompartmentOrder) {
    subCompartments(first: 50, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id area origin ageClass division { code parent { code } } } }
    }
  }`;

  it('filters by division subtree, origin and area, and pages through every match exactly once', async () => {
    const filter = { divisionCode: '230700', origin: 'NATURAL', minArea: 10 };
    const seen: string[] = [];
    let after: string | undefined;
    let totalCount = 0;
    for (;;) {
      const { data, errors } = await subgraph.request(page, { after, filter, orderBy: { field: 'AREA', direction: 'DESC' } });
      expect(errors).toBeUndefined();
      const connection = data!.subCompartments;
      totalCount = connection.totalCount;
      for (const { node } of connection.edges) {
        expect(node.division.parent.code).toBe('230700');
        expect(node.origin).toBe('NATURAL');
        expect(node.area).toBeGreaterThanOrEqual(10);
        seen.push(node.id);
      }
      const areas = connection.edges.map((edge: { node: { area: number } }) => edge.node.area);
      expect(areas).toEqual([...areas].sort((a, b) => b - a));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = generateInventory().subCompartments.filter(
      (sub) => sub.divisionCode.startsWith('2307') && sub.origin === 'NATURAL' && sub.area >= 10,
    );
    expect(totalCount).toBe(expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(expected.length);
  });

  it('refuses pages larger than the maximum', async () => {
    const { errors } = await subgraph.request(`{ subCompartments(first: 100000) { totalCount } }`);
    expect(errors?.[0]?.message).toMatch(/200/);
  });
});

describe('statistics', () => {
  it('adds up: the province equals the sum of its prefectures and of the inventory', async () => {
    const { data, errors } = await subgraph.request(`{
      forestStatistics(divisionCode: "230000") {
        area stockVolume subCompartmentCount stockVolumePerHectare
        bySpecies { species { name } area }
        byOrigin { origin area }
        byAgeClass { ageClass area stockVolume }
        byDivision { division { code level } area stockVolume subCompartmentCount }
      }
    }`);
    expect(errors).toBeUndefined();
    const stats = data!.forestStatistics;
    const inventory = generateInventory().subCompartments.filter((sub) => sub.divisionCode.startsWith('23'));
    const area = inventory.reduce((sum, sub) => sum + sub.area, 0);
    expect(stats.subCompartmentCount).toBe(inventory.length);
    expect(stats.area).toBeCloseTo(area, 1);
    const sum = (rows: { area: number }[]) => rows.reduce((total, row) => total + row.area, 0);
    for (const breakdown of [stats.bySpecies, stats.byOrigin, stats.byAgeClass, stats.byDivision]) {
      expect(sum(breakdown)).toBeCloseTo(stats.area, 0);
    }
    expect(stats.byDivision.every((row: { division: { level: string } }) => row.division.level === 'PREFECTURE')).toBe(true);
    expect(stats.stockVolumePerHectare).toBeGreaterThan(40);
    expect(stats.stockVolumePerHectare).toBeLessThan(250);
  });

  it('returns null for an unknown division', async () => {
    const { data } = await subgraph.request(`{ forestStatistics(divisionCode: "999999") { area } }`);
    expect(data!.forestStatistics).toBeNull();
  });
});
