import { divisions, generateInventory } from '@forestry/forest-resources/reference-data';
import type { Viewer } from '@forestry/subgraph-runtime';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveStatus, EFFECTIVE_PERMIT_STATUSES } from '../src/domain/permit-rules.js';
import wildlife from '../src/index.js';
import { REFERENCE_DATE } from '../src/seed/calendar.js';
import { generateObservations } from '../src/seed/observations.js';
import { generatePermits } from '../src/seed/permits.js';
import { natureReserves } from '../src/seed/reserves-data.js';
import { wildlifeSpecies } from '../src/seed/species-data.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(wildlife);
});
afterAll(() => subgraph?.stop());

const observations = generateObservations();
const permits = generatePermits();
const speciesByCode = new Map(wildlifeSpecies.map((species) => [species.code, species]));
const counted = observations.filter((observation) => observation.verificationStatus !== 'REJECTED');
const asOf = REFERENCE_DATE.toISOString();

/** Follows a connection to its end and returns every node. */
async function allNodes<Node>(
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = viewers.admin,
): Promise<{ nodes: Node[]; totalCount: number }> {
  const nodes: Node[] = [];
  let after: string | undefined;
  let totalCount = 0;
  for (;;) {
    const { data, errors } = await subgraph.request(query, { ...variables, after }, viewer);
    expect(errors).toBeUndefined();
    const connection = data![field];
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((edge: { node: Node }) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount };
    after = connection.pageInfo.endCursor;
  }
}

describe('demo data', () => {
  it('is deterministic, realistic in size and placed in real counties and sub-compartments', () => {
    expect(generateObservations()).toEqual(observations);
    expect(generatePermits()).toEqual(permits);
    expect(wildlifeSpecies.length).toBeGreaterThanOrEqual(30);
    expect(natureReserves.length).toBeGreaterThanOrEqual(25);
    expect(observations.length).toBeGreaterThanOrEqual(3000);
    expect(permits.length).toBeGreaterThanOrEqual(300);

    const counties = new Set(divisions.filter((division) => division.level === 'COUNTY').map((division) => division.code));
    const stands = new Map(generateInventory().subCompartments.map((stand) => [stand.id, stand]));
    expect(natureReserves.flatMap((reserve) => reserve.divisionCodes).every((code) => counties.has(code))).toBe(true);
    for (const observation of observations) {
      expect(counties.has(observation.divisionCode)).toBe(true);
      if (observation.subCompartmentId) expect(stands.get(observation.subCompartmentId)?.divisionCode).toBe(observation.divisionCode);
    }
    const provinces = new Set(observations.map((observation) => observation.divisionCode.slice(0, 2)));
    expect([...provinces].sort()).toEqual(['22', '23']);
    // Every national class-I record carries evidence, as the monitoring protocol asks.
    expect(
      observations.every((observation) => observation.evidenceRef !== null || speciesByCode.get(observation.speciesCode)!.protectionClass !== 'NATIONAL_CLASS_I'),
    ).toBe(true);
  });

  it('has current work at the reference date: unverified records and permits in every status', () => {
    expect(observations.filter((observation) => observation.verificationStatus === 'UNVERIFIED').length).toBeGreaterThan(50);
    const statuses = new Set(permits.map((permit) => effectiveStatus(permit, REFERENCE_DATE)));
    expect([...statuses].sort()).toEqual([...EFFECTIVE_PERMIT_STATUSES].sort());
  });
});

describe('species', () => {
  const list = `query($filter: WildlifeSpeciesFilter, $after: String) {
    wildlifeSpecies(first: 10, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { code name scientificName protectionClass iucnCategory kingdom threatened } }
    }
  }`;

  it('lists class-I species first and pages through all of them once', async () => {
    const { nodes, totalCount } = await allNodes<{ code: string; protectionClass: string }>(list, 'wildlifeSpecies');
    expect(totalCount).toBe(wildlifeSpecies.length);
    expect(new Set(nodes.map((node) => node.code)).size).toBe(wildlifeSpecies.length);
    const order = ['NATIONAL_CLASS_I', 'NATIONAL_CLASS_II', 'PROVINCIAL', 'NONE'];
    const ranks = nodes.map((node) => order.indexOf(node.protectionClass));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each([
    ['a Chinese name', { search: '鹤' }, (s: (typeof wildlifeSpecies)[number]) => s.name.includes('鹤')],
    ['a scientific name, ignoring case', { search: 'PANTHERA' }, (s: (typeof wildlifeSpecies)[number]) => s.scientificName.startsWith('Panthera')],
    ['class and IUCN category', { protectionClasses: ['NATIONAL_CLASS_I'], iucnCategories: ['EN', 'CR'] }, (s: (typeof wildlifeSpecies)[number]) => s.protectionClass === 'NATIONAL_CLASS_I' && ['EN', 'CR'].includes(s.iucnCategory)],
    ['kingdom', { kingdom: 'PLANT' }, (s: (typeof wildlifeSpecies)[number]) => ['GYMNOSPERM', 'ANGIOSPERM', 'FERN'].includes(s.group)],
    ['group', { groups: ['BIRD'] }, (s: (typeof wildlifeSpecies)[number]) => s.group === 'BIRD'],
  ])('filters by %s', async (_case, filter, expected) => {
    const { nodes, totalCount } = await allNodes<{ code: string }>(list, 'wildlifeSpecies', { filter });
    const codes = wildlifeSpecies.filter(expected).map((species) => species.code).sort();
    expect(codes.length).toBeGreaterThan(0);
    expect(totalCount).toBe(codes.length);
    expect(nodes.map((node) => node.code).sort()).toEqual(codes);
  });

  it('is public: the anonymous caller may read the catalogue, with the reserves that protect a species', async () => {
    const { data, errors } = await subgraph.request(
      `{ wildlifeSpeciesByCode(code: "panthera-tigris-altaica") { name protectionClass iucnCategory threatened reserves { code } } }`,
      undefined,
      viewers.anonymous,
    );
    expect(errors).toBeUndefined();
    expect(data!.wildlifeSpeciesByCode).toMatchObject({ name: '东北虎', protectionClass: 'NATIONAL_CLASS_I', iucnCategory: 'EN', threatened: true });
    const expected = natureReserves.filter((reserve) => reserve.keySpeciesCodes.includes('panthera-tigris-altaica')).map((reserve) => reserve.code);
    expect(data!.wildlifeSpeciesByCode.reserves.map((reserve: { code: string }) => reserve.code).sort()).toEqual(expected.sort());
  });

  it('refuses pages larger than the maximum', async () => {
    const { errors } = await subgraph.request(`{ wildlifeSpecies(first: 1000) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nature reserves', () => {
  it('finds the reserves of a prefecture by the counties they cover', async () => {
    const { data, errors } = await subgraph.request(
      `{ natureReserves(filter: { divisionCode: "222400" }) { totalCount edges { node { code level area divisions { code } keySpecies { code } } } } }`,
    );
    expect(errors).toBeUndefined();
    const expected = natureReserves.filter((reserve) => reserve.divisionCodes.some((code) => code.startsWith('2224')));
    expect(data!.natureReserves.totalCount).toBe(expected.length);
    expect(data!.natureReserves.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(expected.map((reserve) => reserve.code).sort());
    const changbaishan = data!.natureReserves.edges.find((edge: { node: { code: string } }) => edge.node.code === 'changbaishan').node;
    expect(changbaishan.divisions.map((division: { code: string }) => division.code)).toEqual(['220621', '220623', '222426']);
    // Class-I species first, then by code.
    const order = ['NATIONAL_CLASS_I', 'NATIONAL_CLASS_II', 'PROVINCIAL', 'NONE'];
    const keySpecies = natureReserves.find((reserve) => reserve.code === 'changbaishan')!.keySpeciesCodes.map((code) => speciesByCode.get(code)!);
    keySpecies.sort((a, b) => order.indexOf(a.protectionClass) - order.indexOf(b.protectionClass) || a.code.localeCompare(b.code));
    expect(changbaishan.keySpecies.map((species: { code: string }) => species.code)).toEqual(keySpecies.map((species) => species.code));
  });

  it('filters by level and key species, and counts the observations of a reserve', async () => {
    const { data } = await subgraph.request(
      `{ natureReserves(filter: { level: NATIONAL, keySpeciesCode: "grus-japonensis" }) { edges { node { code observationCount } } } }`,
    );
    const expected = natureReserves.filter((reserve) => reserve.level === 'NATIONAL' && reserve.keySpeciesCodes.includes('grus-japonensis'));
    expect(data!.natureReserves.edges).toHaveLength(expected.length);
    for (const { node } of data!.natureReserves.edges) {
      expect(node.observationCount).toBe(counted.filter((observation) => observation.reserveCode === node.code).length);
    }
  });
});

describe('observations', () => {
  const page = `query($filter: WildlifeObservationFilter, $after: String) {
    wildlifeObservations(first: 100, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id observedAt verificationStatus individualCount division { code } species { code protectionClass } reserve { code } } }
    }
  }`;

  it('filters by division subtree, period and status, newest first, each match exactly once', async () => {
    const from = new Date('2026-01-01T00:00:00+08:00');
    const to = new Date('2026-07-01T00:00:00+08:00');
    const filter = { divisionCode: '230700', observedFrom: from.toISOString(), observedTo: to.toISOString(), verificationStatuses: ['VERIFIED'] };
    const { nodes, totalCount } = await allNodes<{ id: string; observedAt: string }>(page, 'wildlifeObservations', { filter });
    const expected = observations.filter(
      (o) => o.divisionCode.startsWith('2307') && o.observedAt >= from && o.observedAt < to && o.verificationStatus === 'VERIFIED',
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((o) => o.id).sort());
    const times = nodes.map((node) => node.observedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by an explicit list of counties, species, reserve and protection class', async () => {
    const filter = { divisionCodes: ['222404', '222424'], protectionClasses: ['NATIONAL_CLASS_I'], speciesCodes: ['panthera-tigris-altaica', 'panthera-pardus-orientalis'], reserveCodes: ['hunchun', 'wangqing'] };
    const { nodes, totalCount } = await allNodes<{ id: string }>(page, 'wildlifeObservations', { filter });
    const expected = observations.filter(
      (o) => ['222404', '222424'].includes(o.divisionCode) && o.speciesCode.startsWith('panthera-') && ['hunchun', 'wangqing'].includes(o.reserveCode ?? ''),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((o) => o.id).sort());
  });

  it('refuses an empty period', async () => {
    const { errors } = await subgraph.request(page, { filter: { observedFrom: '2026-05-01T00:00:00Z', observedTo: '2026-04-01T00:00:00Z' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: 'filter.observedTo' })] });
  });

  it('shows county staff only the records of their own county', async () => {
    const { data } = await subgraph.request(`{ wildlifeObservations(first: 200) { totalCount edges { node { division { code } } } } }`, undefined, viewers.staff('wildlife', '222404'));
    expect(data!.wildlifeObservations.totalCount).toBe(observations.filter((o) => o.divisionCode === '222404').length);
    expect(data!.wildlifeObservations.edges.every((edge: { node: { division: { code: string } } }) => edge.node.division.code === '222404')).toBe(true);
  });

  it('is not public', async () => {
    const { errors } = await subgraph.request(`{ wildlifeObservations(first: 1) { totalCount } }`, undefined, viewers.anonymous);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds up class-I observations per reserve in a period', async () => {
    const from = new Date('2025-01-01T00:00:00+08:00');
    const to = new Date('2026-01-01T00:00:00+08:00');
    const { data, errors } = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) {
        all: wildlifeObservationsByReserve(from: $from, to: $to) { reserve { code } observationCount individualCount speciesCount bySpecies { species { code protectionClass } observationCount individualCount } }
        verified: wildlifeObservationsByReserve(from: $from, to: $to, verifiedOnly: true) { reserve { code } observationCount }
      }`,
      { from: from.toISOString(), to: to.toISOString() },
    );
    expect(errors).toBeUndefined();
    const inPeriod = (o: (typeof observations)[number]) =>
      o.reserveCode !== null && o.observedAt >= from && o.observedAt < to && speciesByCode.get(o.speciesCode)!.protectionClass === 'NATIONAL_CLASS_I';
    const expected = new Map<string, { observations: number; individuals: number }>();
    for (const o of counted.filter(inPeriod)) {
      const totals = expected.get(o.reserveCode!) ?? { observations: 0, individuals: 0 };
      expected.set(o.reserveCode!, { observations: totals.observations + 1, individuals: totals.individuals + o.individualCount });
    }
    expect(data!.all).toHaveLength(expected.size);
    for (const row of data!.all) {
      expect({ observations: row.observationCount, individuals: row.individualCount }).toEqual(expected.get(row.reserve.code));
      expect(row.bySpecies.every((species: { species: { protectionClass: string } }) => species.species.protectionClass === 'NATIONAL_CLASS_I')).toBe(true);
      expect(row.bySpecies.reduce((sum: number, species: { observationCount: number }) => sum + species.observationCount, 0)).toBe(row.observationCount);
      expect(row.speciesCount).toBe(row.bySpecies.length);
    }
    const counts = data!.all.map((row: { observationCount: number }) => row.observationCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const verified = observations.filter((o) => o.verificationStatus === 'VERIFIED' && inPeriod(o)).length;
    expect(data!.verified.reduce((sum: number, row: { observationCount: number }) => sum + row.observationCount, 0)).toBe(verified);
  });
});

describe('permits', () => {
  const page = `query($filter: WildlifePermitFilter, $asOf: DateTime, $after: String) {
    wildlifePermits(first: 100, after: $after, filter: $filter, asOf: $asOf) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id status(asOf: $asOf) daysUntilExpiry(asOf: $asOf) validUntil } }
    }
  }`;

  it.each(EFFECTIVE_PERMIT_STATUSES)('lists the %s permits at a given instant', async (status) => {
    const { nodes, totalCount } = await allNodes<{ id: string; status: string }>(page, 'wildlifePermits', { filter: { statuses: [status] }, asOf });
    const expected = permits.filter((permit) => effectiveStatus(permit, REFERENCE_DATE) === status);
    expect(expected.length).toBeGreaterThan(0);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((permit) => permit.id).sort());
    expect(nodes.every((node) => node.status === status)).toBe(true);
  });

  it('lists the issued permits expiring within 60 days', async () => {
    const { nodes } = await allNodes<{ id: string; daysUntilExpiry: number }>(page, 'wildlifePermits', { filter: { expiringWithinDays: 60 }, asOf });
    const limit = REFERENCE_DATE.getTime() + 60 * 86_400_000;
    const expected = permits.filter((p) => p.status === 'ISSUED' && p.validUntil > REFERENCE_DATE && p.validUntil.getTime() <= limit);
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(nodes.every((node) => node.daysUntilExpiry >= 0 && node.daysUntilExpiry <= 60)).toBe(true);
  });

  it('counts permits by status, adding up to the register', async () => {
    const { data } = await subgraph.request(`query($asOf: DateTime) { wildlifePermitStatusCounts(asOf: $asOf) { status count } }`, { asOf });
    const rows = data!.wildlifePermitStatusCounts as { status: string; count: number }[];
    expect(rows.map((row) => row.status)).toEqual(EFFECTIVE_PERMIT_STATUSES);
    for (const row of rows) {
      expect(row.count).toBe(permits.filter((permit) => effectiveStatus(permit, REFERENCE_DATE) === row.status).length);
    }
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(permits.length);
  });

  it('shows prefecture staff only the permits of holders in their prefecture', async () => {
    const { nodes, totalCount } = await allNodes<{ id: string }>(page, 'wildlifePermits', { asOf }, viewers.staff('wildlife', '222400'));
    const expected = permits.filter((permit) => permit.holderDivisionCode.startsWith('2224'));
    expect(expected.length).toBeGreaterThan(0);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((permit) => permit.id).sort());
  });

  it('finds a permit by its number, with its history and uses', async () => {
    const permit = permits.find((p) => p.permitNumber && p.uses.length > 1)!;
    const { data } = await subgraph.request(
      `query($number: String!) { wildlifePermitByNumber(permitNumber: $number) { id remainingQuantity history { toStatus } uses { quantity } } }`,
      { number: permit.permitNumber },
    );
    expect(data!.wildlifePermitByNumber).toEqual({
      id: permit.id,
      remainingQuantity: permit.quantity - permit.uses.reduce((sum, use) => sum + use.quantity, 0),
      history: permit.events.map((event) => ({ toStatus: event.toStatus })),
      uses: permit.uses.map((use) => ({ quantity: use.quantity })),
    });
  });
});

describe('forest-resources entities', () => {
  const entities = `query($representations: [_Any!]!, $since: DateTime) {
    _entities(representations: $representations) {
      ... on Division { code protectedSpecies { species { code protectionClass } observationCount individualCount } natureReserves { code } wildlifeObservationCount(since: $since) }
      ... on SubCompartment { id wildlifeObservations { id observedAt } }
    }
  }`;

  it('adds protected species, reserves and observation counts to a county, a prefecture and a province', async () => {
    const since = new Date('2026-01-01T00:00:00+08:00');
    const codes = ['222404', '222400', '220000', '230724'];
    const { data, errors } = await subgraph.request(entities, {
      representations: codes.map((code) => ({ __typename: 'Division', code })),
      since: since.toISOString(),
    });
    expect(errors).toBeUndefined();
    const prefixes = ['222404', '2224', '22', '230724'];
    data!._entities.forEach((division: any, index: number) => {
      const inside = counted.filter((o) => o.divisionCode.startsWith(prefixes[index]!));
      const protectedInside = inside.filter((o) => speciesByCode.get(o.speciesCode)!.protectionClass !== 'NONE');
      expect(division.protectedSpecies.map((row: { species: { code: string } }) => row.species.code).sort()).toEqual(
        [...new Set(protectedInside.map((o) => o.speciesCode))].sort(),
      );
      for (const row of division.protectedSpecies) {
        const records = protectedInside.filter((o) => o.speciesCode === row.species.code);
        expect(row.observationCount).toBe(records.length);
        expect(row.individualCount).toBe(records.reduce((sum, o) => sum + o.individualCount, 0));
      }
      expect(division.natureReserves.map((reserve: { code: string }) => reserve.code)).toEqual(
        natureReserves.filter((reserve) => reserve.divisionCodes.some((code) => code.startsWith(prefixes[index]!))).map((reserve) => reserve.code).sort(),
      );
      expect(division.wildlifeObservationCount).toBe(inside.filter((o) => o.observedAt >= since).length);
    });
    // The province adds up its prefectures.
    expect(data!._entities[2].wildlifeObservationCount).toBeGreaterThan(data!._entities[1].wildlifeObservationCount);
  });

  it('lists the observations of a sub-compartment, newest first', async () => {
    const stand = observations.find((o) => o.subCompartmentId)!.subCompartmentId!;
    const { data } = await subgraph.request(entities, { representations: [{ __typename: 'SubCompartment', id: stand }] });
    const expected = observations.filter((o) => o.subCompartmentId === stand).sort((a, b) => b.observedAt.getTime() - a.observedAt.getTime());
    expect(data!._entities[0].wildlifeObservations.map((o: { id: string }) => o.id)).toEqual(expected.map((o) => o.id));
  });
});
