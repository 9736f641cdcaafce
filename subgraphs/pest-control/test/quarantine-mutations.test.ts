import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../src/domain/dates.js';
import pestControl from '../src/index.js';
import { generateQuarantine } from '../src/seed/quarantine.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(pestControl);
});
afterAll(() => subgraph?.stop());

const ORIGIN = '230724'; // 丰林县
const DESTINATION = '220581'; // 梅河口市

const inspectionInput = (change: Record<string, unknown> = {}) => ({
  consignmentKind: 'TIMBER',
  consignment: '红松原木',
  quantity: 35.5,
  consignor: '林海木业有限公司',
  originDivisionCode: ORIGIN,
  destinationDivisionCode: DESTINATION,
  inspectedOn: '2026-10-30',
  inspector: '王海涛',
  result: 'PASSED',
  ...change,
});
const certificateInput = (change: Record<string, unknown> = {}) => ({
  issuingAuthority: '伊春市丰林县森林病虫害防治检疫站',
  validFrom: '2026-10-30',
  validUntil: '2026-11-10',
  ...change,
});

const recordInspection = `mutation($input: RecordQuarantineInspectionInput!) {
  recordQuarantineInspection(input: $input) { id result quantityUnit origin { code } destination { code } pestsFound { code } certificate { number } }
}`;
const issue = `mutation($inspectionId: ID!, $input: IssueQuarantineCertificateInput!) {
  issueQuarantineCertificate(inspectionId: $inspectionId, input: $input) { id number validFrom validUntil revokedAt inspection { id } }
}`;
const revoke = `mutation($number: String!, $reason: String!) {
  revokeQuarantineCertificate(number: $number, reason: $reason) { number revokedAt revocationReason validity }
}`;
const verify = `query($number: String!, $asOf: DateTime) { verifyQuarantineCertificate(number: $number, asOf: $asOf) { validity } }`;

/** Everything the mutations under test could change. */
async function snapshot() {
  const { data, errors } = await subgraph.request(`{
    quarantineInspections { totalCount }
    quarantineCertificates { totalCount }
    revoked: quarantineCertificates(filter: { validity: REVOKED }) { totalCount }
  }`);
  expect(errors).toBeUndefined();
  return data;
}

async function expectRefused(mutation: string, variables: Record<string, unknown>, code: string, field?: string) {
  const before = await snapshot();
  const { data, errors } = await subgraph.request(mutation, variables);
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  expect(await snapshot()).toEqual(before);
  return errors![0]!;
}

async function inspect(change: Record<string, unknown> = {}) {
  const { data, errors } = await subgraph.request(recordInspection, { input: inspectionInput(change) });
  expect(errors).toBeUndefined();
  return data!.recordQuarantineInspection;
}

async function validityAt(number: string, asOf?: string) {
  const { data, errors } = await subgraph.request(verify, { number, asOf });
  expect(errors).toBeUndefined();
  return data!.verifyQuarantineCertificate.validity;
}

const passed: { inspectionId?: string; number?: string } = {};

describe('recordQuarantineInspection', () => {
  it('records a passed inspection between two counties', async () => {
    const inspection = await inspect();
    expect(inspection).toMatchObject({
      result: 'PASSED',
      quantityUnit: 'm³',
      origin: { code: ORIGIN },
      destination: { code: DESTINATION },
      pestsFound: [],
      certificate: null,
    });
    passed.inspectionId = inspection.id;
  });

  it('records pests found: a non-quarantine pest does not fail a consignment, a quarantine pest does', async () => {
    expect(await inspect({ pestCodesFound: ['DENDSU'] })).toMatchObject({ result: 'PASSED', pestsFound: [{ code: 'DENDSU' }] });
    expect(await inspect({ result: 'FAILED', pestCodesFound: ['BURSXY', 'DENDSU'] })).toMatchObject({
      result: 'FAILED',
      pestsFound: [{ code: 'BURSXY' }, { code: 'DENDSU' }],
    });
  });

  it.each([
    ['a pass with a quarantine pest found', { pestCodesFound: ['BURSXY'] }, 'input.result'],
    ['a failure without the pests found', { result: 'FAILED' }, 'input.pestCodesFound'],
    ['an unknown pest', { result: 'FAILED', pestCodesFound: ['NOSUCH'] }, 'input.pestCodesFound'],
    ['an unknown county', { originDivisionCode: '239999' }, 'input.originDivisionCode'],
    ['a prefecture instead of a county', { destinationDivisionCode: '220500' }, 'input.destinationDivisionCode'],
    ['a movement within one county', { destinationDivisionCode: ORIGIN }, 'input.destinationDivisionCode'],
    ['half a seedling', { consignmentKind: 'SEEDLINGS', quantity: 1200.5 }, 'input.quantity'],
    ['a zero quantity', { quantity: 0 }, 'input.quantity'],
    ['an inspection in the future', { inspectedOn: '2999-01-01' }, 'input.inspectedOn'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    await expectRefused(recordInspection, { input: inspectionInput(change) }, 'BAD_USER_INPUT', field);
  });
});

describe('issueQuarantineCertificate', () => {
  it('issues the next number of the issuing county and year for a passed inspection', async () => {
    const year = chinaDay(new Date()).getUTCFullYear();
    const prefix = `${ORIGIN}${year}`;
    const serial = generateQuarantine().certificates.filter((certificate) => certificate.number.startsWith(prefix)).length + 1;
    const { data, errors } = await subgraph.request(issue, { inspectionId: passed.inspectionId, input: certificateInput() });
    expect(errors).toBeUndefined();
    expect(data!.issueQuarantineCertificate).toMatchObject({
      number: `${prefix}${String(serial).padStart(5, '0')}`,
      validFrom: '2026-10-30',
      validUntil: '2026-11-10',
      revokedAt: null,
      inspection: { id: passed.inspectionId },
    });
    passed.number = data!.issueQuarantineCertificate.number;
  });

  it('is verified by number as valid within its dates and expired after them', async () => {
    expect(await validityAt(passed.number!, '2026-10-29T23:00:00+08:00')).toBe('NOT_YET_VALID');
    expect(await validityAt(passed.number!, '2026-11-05T10:00:00+08:00')).toBe('VALID');
    expect(await validityAt(passed.number!, '2026-11-11T08:00:00+08:00')).toBe('EXPIRED');
  });

  it('refuses a second certificate for the same inspection with CONFLICT', async () => {
    const error = await expectRefused(issue, { inspectionId: passed.inspectionId, input: certificateInput() }, 'CONFLICT');
    expect(error.extensions?.certificateNumber).toBe(passed.number);
  });

  it('refuses a certificate for a failed inspection with CONFLICT', async () => {
    const failed = await inspect({ result: 'FAILED', pestCodesFound: ['HYPHCU'] });
    const error = await expectRefused(issue, { inspectionId: failed.id, input: certificateInput() }, 'CONFLICT');
    expect(error.message).toMatch(/passed inspection/);
  });

  it('answers NOT_FOUND for an unknown inspection', async () => {
    await expectRefused(issue, { inspectionId: 'no-such-id', input: certificateInput() }, 'NOT_FOUND');
  });

  it.each([
    ['a last day before the first', { validUntil: '2026-10-29' }, 'input.validUntil'],
    ['more than 30 days of validity', { validUntil: '2026-11-29' }, 'input.validUntil'],
    ['a start before the inspection', { validFrom: '2026-10-29' }, 'input.validFrom'],
    ['a start more than 30 days after the inspection', { validFrom: '2026-12-01', validUntil: '2026-12-05' }, 'input.validFrom'],
    ['no issuing authority', { issuingAuthority: '' }, 'input.issuingAuthority'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const { id } = await inspect();
    await expectRefused(issue, { inspectionId: id, input: certificateInput(change) }, 'BAD_USER_INPUT', field);
  });

  it('accepts exactly 30 days of validity', async () => {
    const { id } = await inspect();
    const { errors } = await subgraph.request(issue, { inspectionId: id, input: certificateInput({ validUntil: '2026-11-28' }) });
    expect(errors).toBeUndefined();
  });
});

describe('revokeQuarantineCertificate', () => {
  it('revokes a certificate from now on', async () => {
    const before = new Date();
    const { data, errors } = await subgraph.request(revoke, { number: passed.number, reason: '货物品种、数量与证书不符' });
    expect(errors).toBeUndefined();
    const revoked = data!.revokeQuarantineCertificate;
    expect(revoked).toMatchObject({ number: passed.number, revocationReason: '货物品种、数量与证书不符', validity: 'REVOKED' });
    expect(new Date(revoked.revokedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await validityAt(passed.number!)).toBe('REVOKED');
    // Before the revocation it was valid, and verification at that instant still says so.
    expect(await validityAt(passed.number!, '2026-11-05T10:00:00+08:00')).toBe('VALID');
  });

  it('refuses to revoke twice with CONFLICT', async () => {
    await expectRefused(revoke, { number: passed.number, reason: '重复撤销' }, 'CONFLICT');
  });

  it('answers NOT_FOUND for an unknown number and BAD_USER_INPUT without a reason', async () => {
    await expectRefused(revoke, { number: '230724209900001', reason: '货证不符' }, 'NOT_FOUND');
    const [certificate] = generateQuarantine().certificates.filter((c) => !c.revokedAt);
    await expectRefused(revoke, { number: certificate!.number, reason: ' ' }, 'BAD_USER_INPUT', 'reason');
  });
});
