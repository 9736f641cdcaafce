import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pestControl from '../src/index.js';
import { generateOutbreaks } from '../src/seed/outbreaks.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(pestControl);
});
afterAll(() => subgraph?.stop());

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { data, errors } = await subgraph.request(query, variables);
  expect(errors).toBeUndefined();
  expect(data).toBeTruthy();
  return subgraph.database.statementCount() - before;
}

const entities = (fragment: string) =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ${fragment} } }`;

const occurrenceFields = `id severity affectedArea pest { name quarantineCategory } division { code }
  treatments { method result pest { name } occurrences { id } }`;

describe('SQL statements per request do not grow with the number of items', () => {
  it('for Division entities with their pest fields', async () => {
    const query = entities(`... on Division {
      activePestOccurrenceCount
      pestInfestation { area byPest { pest { name } bySeverity { severity area } } byDivision { division { code } area } }
      quarantinePestsPresent { pest { name } counties { code } }
    }`);
    const codes = ['230000', '220000', '230700', '232700', '222400', '220500', '231000', '230100', '220200', '230751'];
    const represent = (list: string[]) => ({ representations: list.map((code) => ({ __typename: 'Division', code })) });
    expect(await statementsFor(query, represent(codes))).toBe(await statementsFor(query, represent(codes.slice(0, 1))));
  });

  it('for SubCompartment entities with their occurrences and treatments', async () => {
    const ids = [...new Set(generateOutbreaks().occurrences.map((occurrence) => occurrence.subCompartmentId))];
    const query = entities(`... on SubCompartment { id pestOccurrences { ${occurrenceFields} } }`);
    const represent = (count: number) => ({ representations: ids.slice(0, count).map((id) => ({ __typename: 'SubCompartment', id })) });
    const few = await statementsFor(query, represent(2));
    const many = await statementsFor(query, represent(300));
    expect(many).toBe(few);
  });

  it('for the occurrence list', async () => {
    const query = `query($first: Int!) { pestOccurrences(first: $first) { totalCount edges { node { ${occurrenceFields} } } } }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for the treatment list', async () => {
    const query = `query($first: Int!) { pestTreatments(first: $first) {
      totalCount edges { node { id area pest { name } division { code } occurrences { id pest { code } treatments { id } } } }
    } }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for the inspection and certificate lists', async () => {
    const query = `query($first: Int!) {
      quarantineInspections(first: $first) {
        totalCount edges { node { id origin { code } pestsFound { name } certificate { number validity inspection { id } } } }
      }
      quarantineCertificates(first: $first) { totalCount edges { node { number validity inspection { consignment pestsFound { code } } } } }
    }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });
});
