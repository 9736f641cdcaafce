import { divisions } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wildlife from '../src/index.js';
import { generateObservations } from '../src/seed/observations.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(wildlife);
});
afterAll(() => subgraph?.stop());

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { errors } = await subgraph.request(query, variables);
  expect(errors).toBeUndefined();
  return subgraph.database.statementCount() - before;
}

const observation = `id observedAt species { name protectionClass reserves { code } } reserve { name keySpecies { name } }
  division { code } subCompartment { id }`;

describe('SQL statements per request do not grow with the number of items', () => {
  it('for the wildlife fields of division entities', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Division {
      protectedSpecies { species { name reserves { name } } observationCount }
      natureReserves { name divisions { code } keySpecies { name } observationCount }
      recent: wildlifeObservationCount(since: "2026-01-01T00:00:00Z")
      total: wildlifeObservationCount
    } } }`;
    const represent = (codes: string[]) => ({ representations: codes.map((code) => ({ __typename: 'Division', code })) });
    const all = divisions.map((division) => division.code);
    expect(all.length).toBeGreaterThan(150);
    expect(await statementsFor(query, represent(all))).toBe(await statementsFor(query, represent(['222404'])));
  });

  it('for the observations of sub-compartment entities', async () => {
    const stands = [...new Set(generateObservations().flatMap((o) => (o.subCompartmentId ? [o.subCompartmentId] : [])))];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on SubCompartment { wildlifeObservations { ${observation} } } } }`;
    const represent = (count: number) => ({ representations: stands.slice(0, count).map((id) => ({ __typename: 'SubCompartment', id })) });
    expect(await statementsFor(query, represent(300))).toBe(await statementsFor(query, represent(2)));
  });

  it.each([
    ['observations', `query($first: Int!) { wildlifeObservations(first: $first) { totalCount edges { node { ${observation} } } } }`],
    ['permits', `query($first: Int!) { wildlifePermits(first: $first) { totalCount edges { node { id status species { name } holderDivision { code } history { toStatus } uses { quantity } } } } }`],
    ['reserves', `query($first: Int!) { natureReserves(first: $first) { totalCount edges { node { name divisions { code } keySpecies { name } observationCount } } } }`],
    ['species', `query($first: Int!) { wildlifeSpecies(first: $first) { totalCount edges { node { name reserves { name } } } } }`],
  ])('for the list of %s', async (_list, query) => {
    expect(await statementsFor(query, { first: 100 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for class-I observations per reserve', async () => {
    const query = `query($from: DateTime!) { wildlifeObservationsByReserve(from: $from, to: "2026-11-01T00:00:00Z") {
      reserve { name keySpecies { name } } bySpecies { species { name } observationCount } } }`;
    expect(await statementsFor(query, { from: '2026-01-01T00:00:00Z' })).toBe(await statementsFor(query, { from: '2026-10-25T00:00:00Z' }));
  });
});
