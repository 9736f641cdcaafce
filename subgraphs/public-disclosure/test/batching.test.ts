import { divisions, generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import publicDisclosure from '../src/index.js';
import { generateLicenceApplications } from '../src/seed/licence-applications.js';
import { AS_OF } from './support.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(publicDisclosure);
});
afterAll(() => subgraph?.stop());

/** SQL statements one request costs. */
async function statementsFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = subgraph.database.statementCount();
  const { errors } = await subgraph.request(query, variables);
  expect(errors).toBeUndefined();
  return subgraph.database.statementCount() - before;
}

const application = `receiptNumber status item { name statutoryLimitDays } deadline(asOf: "${AS_OF}") { dueDate overdue }
  history { status officer } supplements { stage }`;

describe('SQL statements per request do not grow with the number of items', () => {
  it('for the applications of division entities, from counties to provinces', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Division { code licenceApplications(limit: 100) { ${application} } } } }`;
    const codes = divisions.map((division) => division.code);
    const represent = (list: string[]) => ({ representations: list.map((code) => ({ __typename: 'Division', code })) });
    const few = await statementsFor(query, represent(codes.slice(0, 1)));
    expect(await statementsFor(query, represent(codes))).toBe(few);
  });

  it('for the timber transport applications of sub-compartment entities', async () => {
    // Sub-compartments with transports first, so that the few have applications as well.
    const transported = new Set(generateLicenceApplications().applications.filter((row) => row.itemCode === 'SP01').map((row) => row.subCompartmentId!));
    const ids = [...transported, ...generateInventory().subCompartments.map((stand) => stand.id).filter((id) => !transported.has(id))];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on SubCompartment { id timberTransportApplications { ${application} } } } }`;
    const represent = (count: number) => ({ representations: ids.slice(0, count).map((id) => ({ __typename: 'SubCompartment', id })) });
    expect(await statementsFor(query, represent(500))).toBe(await statementsFor(query, represent(2)));
  });

  it.each([
    ['licenceApplications', `licenceApplications(first: $first) { totalCount edges { node { ${application} division { code } subCompartment { id } } } }`],
    ['overdueLicenceApplications', `overdueLicenceApplications(first: $first, asOf: "${AS_OF}") { totalCount edges { node { ${application} } } }`],
    ['disclosureItems', `disclosureItems(first: $first) { totalCount edges { node { title category { name itemCount parent { name } } } } }`],
    ['disclosureRequests', `disclosureRequests(first: $first) { totalCount edges { node { requestNumber deadline { dueDate } } } }`],
    ['mailboxLetters', `mailboxLetters(first: $first) { totalCount edges { node { letterNumber deadline { overdue } } } }`],
    ['publicNotices', `publicNotices(first: $first) { totalCount edges { node { title phase periodWorkingDays } } }`],
    ['opinionSolicitations', `opinionSolicitations(first: $first) { totalCount edges { node { title opinionCount opinions(first: 5) { totalCount edges { node { content } } } } } }`],
  ])('for the %s list', async (_name, selection) => {
    const query = `query($first: Int!) { ${selection} }`;
    expect(await statementsFor(query, { first: 100 })).toBe(await statementsFor(query, { first: 2 }));
  });

  it('for statistics over a short and a long period', async () => {
    const query = `query($from: Date!) {
      licensingStatistics(submittedFrom: $from) { submitted onTimeRate byItem { item { name } submitted } }
      mailboxStatistics(submittedFrom: $from) { received replyRate byCategory { category replied } }
    }`;
    expect(await statementsFor(query, { from: '2025-01-01' })).toBe(await statementsFor(query, { from: '2026-10-01' }));
  });
});
