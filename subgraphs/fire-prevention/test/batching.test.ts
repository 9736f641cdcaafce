import { divisions } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import firePrevention from '../src/index.js';
import { DEMO_NOW, generateFirePreventionData } from '../src/seed/index.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(firePrevention);
});
afterAll(() => subgraph?.stop());

const seed = generateFirePreventionData();

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { errors } = await subgraph.request(query, variables);
  expect(errors).toBeUndefined();
  return subgraph.database.statementCount() - before;
}

const incidentFields = `id status severity tower { name } subCompartment { id } division { code }
  statusHistory { toStatus } responseActions { resource { name } } areaRevisions { reason } alerts { level }`;

describe('SQL statements per request do not grow with the number of items', () => {
  it('for the fire fields of Division entities', async () => {
    const query = `query($representations: [_Any!]!, $date: Date, $asOf: DateTime) { _entities(representations: $representations) {
      ... on Division {
        activeFireIncidents { ${incidentFields} }
        fireDanger(date: $date) { level division { code } }
        burnedAreaThisSeason(asOf: $asOf)
        fireSeasonStatistics(asOf: $asOf) { incidentCount byDivision { division { code } burnedArea } }
      }
    } }`;
    const represent = (codes: string[]) => ({
      representations: codes.map((code) => ({ __typename: 'Division', code })),
      date: '2026-11-01',
      asOf: DEMO_NOW.toISOString(),
    });
    const many = divisions.filter((division) => division.level !== 'COUNTY').map((division) => division.code);
    expect(many.length).toBeGreaterThan(20);
    expect(await statementsFor(query, represent(many))).toBe(await statementsFor(query, represent(['230000'])));
  });

  it('for the fire history of SubCompartment entities', async () => {
    const burned = [...new Set(seed.incidents.map((incident) => incident.subCompartmentId).filter((id) => id !== null))];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on SubCompartment { fireHistory { ${incidentFields} } }
    } }`;
    const represent = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'SubCompartment', id })) });
    expect(burned.length).toBeGreaterThan(100);
    expect(await statementsFor(query, represent(burned))).toBe(await statementsFor(query, represent(burned.slice(0, 3))));
  });

  it('for paginated incidents with their records', async () => {
    const query = `query($first: Int!) { fireIncidents(first: $first) { totalCount edges { node { ${incidentFields} } } } }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for alerts, ratings and the duty roster', async () => {
    const query = `query($first: Int!) {
      fireAlerts(first: $first) { edges { node { level division { code } incident { place tower { name } } rating { level } } } }
      fireDangerRatings(first: $first) { edges { node { level division { code } } } }
      fireDutyShifts(first: $first) { edges { node { office { name } leader { name office { code } } staff { name } } } }
      fireResources(first: $first) { edges { node { name responseActions(first: 3) { totalCount edges { node { incident { place } } } } } } }
    }`;
    expect(await statementsFor(query, { first: 200 })).toBe(await statementsFor(query, { first: 2 }));
  });
});
