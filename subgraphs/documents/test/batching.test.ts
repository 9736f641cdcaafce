import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documentsSubgraph from '../src/index.js';
import { demo } from './helpers.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(documentsSubgraph);
});
afterAll(() => subgraph?.stop());

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { errors } = await subgraph.request(query, variables, viewers.staff('documents'));
  expect(errors).toBeUndefined();
  return subgraph.database.statementCount() - before;
}

const documentFields = `id title leadUnit { name province { code } } routedUnits { name } steps { step actor }
  archive { archiveNumber } divisions { code } subCompartments { id }`;

const distinct = <T>(items: T[]) => [...new Set(items)];

describe('SQL statements per request do not grow with the number of items', () => {
  const entities = `query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Division { documents(first: 20) { ${documentFields} } }
      ... on SubCompartment { documents { ${documentFields} } }
      ... on OfficeDocument { ${documentFields} }
      ... on OfficeUnit { name ledDocuments(first: 5) { totalCount edges { node { title } } } }
    }
  }`;

  it.each([
    ['Division', 'code', distinct(demo.documents.flatMap((document) => document.divisionCodes))],
    ['SubCompartment', 'id', distinct(demo.documents.flatMap((document) => document.subCompartmentIds))],
    ['OfficeDocument', 'id', demo.documents.map((document) => document.id)],
  ])('for %s entities and the documents under them', async (typename, key, values) => {
    const represent = (count: number) => ({
      representations: values.slice(0, count).map((value) => ({ __typename: typename, [key]: value })),
    });
    const few = await statementsFor(entities, represent(3));
    expect(await statementsFor(entities, represent(60))).toBe(few);
  });

  it.each([
    ['documents', `officeDocuments(first: $first) { edges { node { ${documentFields} } } }`],
    ['search results', `searchOfficeDocuments(query: "工作", first: $first) { totalCount edges { rank node { ${documentFields} } } }`],
    [
      'supervision tasks',
      `supervisionTasks(first: $first) { edges { node {
        title responsibleUnit { name } sourceDocument { ${documentFields} } escalations { level task { id } } escalation { level }
      } } }`,
    ],
    [
      'meetings',
      `officeMeetings(first: $first) { edges { node { title organizerUnit { name } agenda { topic } attendees { name unit { name } } } } }`,
    ],
    ['information reports', `informationReports(first: $first) { edges { node { month unit { name } itemCount items { title } } } }`],
    ['archive records', `archiveRecords(first: $first) { edges { node { archiveNumber retainUntilYear document { ${documentFields} } } } }`],
  ])('for paginated lists of %s', async (_name, field) => {
    const query = `query($first: Int!) { ${field} }`;
    expect(await statementsFor(query, { first: 100 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for compliance over many months', async () => {
    const query = `query($from: String!) {
      informationReportCompliance(range: { fromMonth: $from, toMonth: "2026-10" }) { month itemCount missingUnits { name province { code } } }
    }`;
    expect(await statementsFor(query, { from: '2025-01' })).toBe(await statementsFor(query, { from: '2026-10' }));
  });
});
