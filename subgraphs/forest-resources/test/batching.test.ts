import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import forestResources from '../src/index.js';
import { generateInventory } from '../src/seed/inventory.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(forestResources);
});
afterAll(() => subgraph?.stop());

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { errors } = await subgraph.request(query, variables);
  expect(errors).toBeUndefined();
  return subgraph.database.statementCount() - before;
}

const nested = `id code area dominantSpecies { name }
  division { name parent { name forestStatistics { area } } projects { name } }
  compartment { forestryUnit { name division { name } } }`;

describe('SQL statements per request do not grow with the number of items', () => {
  it('for federation entity references with nested fields', async () => {
    const ids = generateInventory().subCompartments.map((sub) => sub.id);
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on SubCompartment { ${nested} } } }`;
    const represent = (count: number) => ({
      representations: ids.slice(0, count).map((id) => ({ __typename: 'SubCompartment', id })),
    });
    const few = await statementsFor(query, represent(3));
    const many = await statementsFor(query, represent(300));
    expect(many).toBe(few);
  });

  it('for division entities with statistics', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Division { name forestStatistics { area bySpecies { species { name } } } children { name } } } }`;
    const codes = ['230700', '232700', '222400', '220600', '231000', '230100', '220200'];
    const represent = (list: string[]) => ({ representations: list.map((code) => ({ __typename: 'Division', code })) });
    expect(await statementsFor(query, represent(codes))).toBe(await statementsFor(query, represent(codes.slice(0, 1))));
  });

  it('for paginated lists', async () => {
    const query = `query($first: Int!) { subCompartments(first: $first) { edges { node { ${nested} } } } }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });
});
