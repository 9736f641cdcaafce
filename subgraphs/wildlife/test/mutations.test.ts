import { generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wildlife from '../src/index.js';
import { REFERENCE_DATE } from '../src/seed/calendar.js';
import { generateObservations } from '../src/seed/observations.js';
import { generatePermits } from '../src/seed/permits.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(wildlife);
});
afterAll(() => subgraph?.stop());

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const hunchunStand = generateInventory().subCompartments.find((stand) => stand.divisionCode === '222404')!;

/** Everything a rejected mutation must leave as it was. */
async function snapshot(ids: { observationId?: string; permitId?: string } = {}) {
  const { data, errors } = await subgraph.request(
    `query($observationId: ID!, $permitId: ID!) {
      wildlifeObservations { totalCount }
      wildlifePermits { totalCount }
      observation: wildlifeObservation(id: $observationId) { verificationStatus verifiedBy rejectionReason }
      permit: wildlifePermit(id: $permitId) { status remainingQuantity permitNumber decidingAuthority history { toStatus } uses { quantity } }
    }`,
    { observationId: ids.observationId ?? 'none', permitId: ids.permitId ?? 'none' },
  );
  expect(errors).toBeUndefined();
  return data;
}

function expectBadInput(errors: { extensions?: Record<string, unknown> }[] | undefined, field: string) {
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe('recordWildlifeObservation', () => {
  const record = `mutation($input: RecordWildlifeObservationInput!) {
    recordWildlifeObservation(input: $input) { id verificationStatus species { name } reserve { code } division { code } subCompartment { id } }
  }`;
  const tiger = {
    speciesCode: 'panthera-tigris-altaica',
    reserveCode: 'hunchun',
    divisionCode: '222404',
    subCompartmentId: hunchunStand.id,
    observedAt: '2026-10-30T21:40:00+08:00',
    observer: '金海峰',
    method: 'INFRARED_CAMERA',
    individualCount: 1,
    evidenceRef: 'IRC-20261030-T017.jpg',
    longitude: 130.72,
    latitude: 43.11,
  };

  it('records a valid observation, unverified, in the reserve and sub-compartment', async () => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(record, { input: tiger });
    expect(errors).toBeUndefined();
    expect(data!.recordWildlifeObservation).toMatchObject({
      verificationStatus: 'UNVERIFIED',
      species: { name: '东北虎' },
      reserve: { code: 'hunchun' },
      division: { code: '222404' },
      subCompartment: { id: hunchunStand.id },
    });
    expect((await snapshot())!.wildlifeObservations.totalCount).toBe(before!.wildlifeObservations.totalCount + 1);
  });

  it.each([
    ['an unknown species', { speciesCode: 'felis-catus' }, 'input.speciesCode'],
    ['an unknown reserve', { reserveCode: 'nowhere' }, 'input.reserveCode'],
    ['a county the reserve does not cover', { divisionCode: '222424', subCompartmentId: null }, 'input.divisionCode'],
    ['a prefecture instead of a county', { divisionCode: '222400', reserveCode: null }, 'input.divisionCode'],
    ['a time in the future', { observedAt: daysFromNow(2) }, 'input.observedAt'],
    ['no individuals', { individualCount: 0 }, 'input.individualCount'],
    ['a camera record without its photo', { evidenceRef: null, method: 'INFRARED_CAMERA' }, 'input.evidenceRef'],
    ['a class-I sighting without evidence', { evidenceRef: null, method: 'SIGHTING' }, 'input.evidenceRef'],
    ['a camera record of a plant', { speciesCode: 'taxus-cuspidata' }, 'input.method'],
    ['a point outside the two provinces', { longitude: 116.4, latitude: 39.9 }, 'input.longitude'],
    ['a malformed sub-compartment id', { subCompartmentId: 'stand-7' }, 'input.subCompartmentId'],
    ['a blank observer', { observer: '  ' }, 'input.observer'],
  ])('rejects %s with BAD_USER_INPUT and records nothing', async (_case, change, field) => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(record, { input: { ...tiger, ...change } });
    expect(data?.recordWildlifeObservation ?? null).toBeNull();
    expectBadInput(errors, field);
    expect(await snapshot()).toEqual(before);
  });

  it('lets county staff record in their own county only', async () => {
    const before = await snapshot();
    const own = await subgraph.request(record, { input: tiger }, viewers.staff('wildlife', '222404'));
    expect(own.errors).toBeUndefined();
    const other = await subgraph.request(record, { input: tiger }, viewers.staff('wildlife', '222424'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await snapshot())!.wildlifeObservations.totalCount).toBe(before!.wildlifeObservations.totalCount + 1);
  });

  it('is refused to other departments, leaders and anonymous callers', async () => {
    const before = await snapshot();
    for (const [viewer, code] of [
      [viewers.staff('fire-prevention'), 'FORBIDDEN'],
      [viewers.leader, 'FORBIDDEN'],
      [viewers.anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      const { errors } = await subgraph.request(record, { input: tiger }, viewer);
      expect(errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('verifyWildlifeObservation', () => {
  const verify = `mutation($id: ID!, $input: VerifyWildlifeObservationInput!) {
    verifyWildlifeObservation(id: $id, input: $input) { id verificationStatus verifiedBy verifiedAt rejectionReason }
  }`;
  const [first, second] = generateObservations().filter((o) => o.verificationStatus === 'UNVERIFIED');
  const decided = generateObservations().find((o) => o.verificationStatus === 'VERIFIED')!;

  it('verifies an unverified observation, once', async () => {
    const { data, errors } = await subgraph.request(verify, { id: first!.id, input: { status: 'VERIFIED', verifiedBy: '刘思远' } });
    expect(errors).toBeUndefined();
    expect(data!.verifyWildlifeObservation).toMatchObject({ verificationStatus: 'VERIFIED', verifiedBy: '刘思远', rejectionReason: null });

    const before = await snapshot({ observationId: first!.id });
    const again = await subgraph.request(verify, { id: first!.id, input: { status: 'REJECTED', verifiedBy: '刘思远', rejectionReason: '重复记录' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', verificationStatus: 'VERIFIED' });
    expect(await snapshot({ observationId: first!.id })).toEqual(before);
  });

  it('refuses to decide an observation that was decided in the seed data', async () => {
    const { errors } = await subgraph.request(verify, { id: decided.id, input: { status: 'VERIFIED', verifiedBy: '刘思远' } });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['a rejection without a reason', { status: 'REJECTED', verifiedBy: '刘思远' }, 'input.rejectionReason'],
    ['a verification with a rejection reason', { status: 'VERIFIED', verifiedBy: '刘思远', rejectionReason: '无' }, 'input.rejectionReason'],
    ['UNVERIFIED as a decision', { status: 'UNVERIFIED', verifiedBy: '刘思远' }, 'input.status'],
  ])('rejects %s with BAD_USER_INPUT', async (_case, input, field) => {
    const before = await snapshot({ observationId: second!.id });
    const { errors } = await subgraph.request(verify, { id: second!.id, input });
    expectBadInput(errors, field);
    expect(await snapshot({ observationId: second!.id })).toEqual(before);
  });

  it('rejects with a reason, and answers NOT_FOUND for an unknown id', async () => {
    const { data } = await subgraph.request(verify, { id: second!.id, input: { status: 'REJECTED', verifiedBy: '刘思远', rejectionReason: '经复核为狍' } });
    expect(data!.verifyWildlifeObservation).toMatchObject({ verificationStatus: 'REJECTED', rejectionReason: '经复核为狍' });
    const { errors } = await subgraph.request(verify, { id: 'no-such-id', input: { status: 'VERIFIED', verifiedBy: '刘思远' } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('wildlife permits', () => {
  const fields = 'id status permitNumber requiredAuthority decidingAuthority remainingQuantity history { fromStatus toStatus actor note } uses { quantity }';
  const apply = `mutation($input: ApplyForWildlifePermitInput!) { applyForWildlifePermit(input: $input) { ${fields} } }`;
  const decide = `mutation($id: ID!, $input: DecideWildlifePermitInput!) { decideWildlifePermit(id: $id, input: $input) { ${fields} } }`;
  const act = (name: string) => `mutation($id: ID!, $input: WildlifePermitActionInput!) { ${name}(id: $id, input: $input) { ${fields} } }`;
  const use = `mutation($id: ID!, $input: RecordWildlifePermitUseInput!) { recordWildlifePermitUse(id: $id, input: $input) { ${fields} } }`;

  const frogFarm = {
    kind: 'DOMESTICATION_BREEDING',
    holderName: '敦化绿源林蛙养殖专业合作社',
    holderCreditCode: '93222403MA17XK2D5R',
    holderDivisionCode: '222403',
    speciesCode: 'rana-dybowskii',
    quantity: 20000,
    unit: '只',
    purpose: '人工繁育种群扩繁',
    validFrom: daysFromNow(-1),
    validUntil: daysFromNow(700),
  };
  const approve = { decision: 'APPROVE', authority: 'PROVINCIAL_FORESTRY_DEPARTMENT', decidedBy: '王建国' };
  const clerk = { actor: '李丽娟' };

  async function applyFor(input: Record<string, unknown>): Promise<string> {
    const { data, errors } = await subgraph.request(apply, { input });
    expect(errors).toBeUndefined();
    return data!.applyForWildlifePermit.id;
  }

  async function expectConflict(query: string, variables: Record<string, unknown>, permitId: string, message: RegExp) {
    const before = await snapshot({ permitId });
    const { errors } = await subgraph.request(query, variables);
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(errors?.[0]?.message).toMatch(message);
    expect(await snapshot({ permitId })).toEqual(before);
  }

  it('runs the lifecycle: apply, approve, issue, use, suspend, reinstate, revoke', async () => {
    const id = await applyFor(frogFarm);
    let permit = (await snapshot({ permitId: id }))!.permit;
    expect(permit).toMatchObject({ status: 'APPLIED', remainingQuantity: 20000, permitNumber: null });

    await expectConflict(act('issueWildlifePermit'), { id, input: clerk }, id, /issue a permit that is APPLIED/);

    const decided = await subgraph.request(decide, { id, input: approve });
    expect(decided.data!.decideWildlifePermit).toMatchObject({ status: 'APPROVED', decidingAuthority: 'PROVINCIAL_FORESTRY_DEPARTMENT' });

    await expectConflict(act('suspendWildlifePermit'), { id, input: { ...clerk, reason: '台账不全' } }, id, /suspend a permit that is APPROVED/);

    const issued = await subgraph.request(act('issueWildlifePermit'), { id, input: clerk });
    expect(issued.data!.issueWildlifePermit.status).toBe('ISSUED');
    expect(issued.data!.issueWildlifePermit.permitNumber).toMatch(/^吉林野许〔\d{4}〕\d{4}号$/);

    const used = await subgraph.request(use, { id, input: { quantity: 5000, recordedBy: '李丽娟', note: '引进种源' } });
    expect(used.data!.recordWildlifePermitUse).toMatchObject({ remainingQuantity: 15000, uses: [{ quantity: 5000 }] });

    await expectConflict(use, { id, input: { quantity: 15001, recordedBy: '李丽娟' } }, id, /exceeds the remaining 15000/);

    const suspended = await subgraph.request(act('suspendWildlifePermit'), { id, input: { ...clerk, reason: '防逃设施不达标' } });
    expect(suspended.data!.suspendWildlifePermit.status).toBe('SUSPENDED');
    await expectConflict(use, { id, input: { quantity: 10, recordedBy: '李丽娟' } }, id, /SUSPENDED/);

    const reinstated = await subgraph.request(act('reinstateWildlifePermit'), { id, input: clerk });
    expect(reinstated.data!.reinstateWildlifePermit.status).toBe('ISSUED');

    const revoked = await subgraph.request(act('revokeWildlifePermit'), { id, input: { ...clerk, reason: '以欺骗手段取得许可' } });
    permit = revoked.data!.revokeWildlifePermit;
    expect(permit.status).toBe('REVOKED');
    expect(permit.history.map((event: { toStatus: string }) => event.toStatus)).toEqual(['APPLIED', 'APPROVED', 'ISSUED', 'SUSPENDED', 'ISSUED', 'REVOKED']);
    expect(permit.history[3]).toMatchObject({ fromStatus: 'ISSUED', actor: '李丽娟', note: '防逃设施不达标' });

    await expectConflict(use, { id, input: { quantity: 10, recordedBy: '李丽娟' } }, id, /REVOKED/);
    await expectConflict(act('reinstateWildlifePermit'), { id, input: clerk }, id, /reinstate a permit that is REVOKED/);
  });

  it('reserves the approval of class-I species to the national administration', async () => {
    const id = await applyFor({ ...frogFarm, holderName: '珲春东北虎繁育中心', holderDivisionCode: '222404', speciesCode: 'panthera-tigris-altaica', quantity: 2 });
    expect((await snapshot({ permitId: id }))!.permit).toMatchObject({ status: 'APPLIED' });
    const { data } = await subgraph.request(`query($id: ID!) { wildlifePermit(id: $id) { requiredAuthority } }`, { id });
    expect(data!.wildlifePermit.requiredAuthority).toBe('NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION');

    const before = await snapshot({ permitId: id });
    const provincial = await subgraph.request(decide, { id, input: approve });
    expectBadInput(provincial.errors, 'input.authority');
    expect(await snapshot({ permitId: id })).toEqual(before);

    const national = await subgraph.request(decide, { id, input: { ...approve, authority: 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION' } });
    expect(national.data!.decideWildlifePermit).toMatchObject({ status: 'APPROVED', decidingAuthority: 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION' });
    const issued = await subgraph.request(act('issueWildlifePermit'), { id, input: clerk });
    expect(issued.data!.issueWildlifePermit.permitNumber).toMatch(/^林护许准〔\d{4}〕\d{4}号$/);
  });

  it('rejects an application only with its grounds; a rejection is final', async () => {
    const id = await applyFor(frogFarm);
    const before = await snapshot({ permitId: id });
    const withoutReason = await subgraph.request(decide, { id, input: { ...approve, decision: 'REJECT' } });
    expectBadInput(withoutReason.errors, 'input.note');
    expect(await snapshot({ permitId: id })).toEqual(before);

    const rejected = await subgraph.request(decide, { id, input: { ...approve, decision: 'REJECT', note: '繁育场所条件不符合要求' } });
    expect(rejected.data!.decideWildlifePermit.status).toBe('REJECTED');
    await expectConflict(decide, { id, input: approve }, id, /approve a permit that is REJECTED/);
    await expectConflict(act('issueWildlifePermit'), { id, input: clerk }, id, /issue a permit that is REJECTED/);
  });

  it('refuses to use, suspend or reinstate a permit that has expired', async () => {
    const expired = generatePermits().find((p) => p.status === 'ISSUED' && p.validUntil < REFERENCE_DATE && p.remainingQuantity > 10)!;
    await expectConflict(use, { id: expired.id, input: { quantity: 1, recordedBy: '李丽娟' } }, expired.id, /EXPIRED/);
    await expectConflict(act('suspendWildlifePermit'), { id: expired.id, input: { ...clerk, reason: '台账不全' } }, expired.id, /EXPIRED/);
    const expiredWhileSuspended = generatePermits().find((p) => p.status === 'SUSPENDED' && p.validUntil < REFERENCE_DATE)!;
    await expectConflict(act('reinstateWildlifePermit'), { id: expiredWhileSuspended.id, input: clerk }, expiredWhileSuspended.id, /EXPIRED/);
  });

  it('refuses a use dated before the permit was valid or in the future', async () => {
    const id = await applyFor({ ...frogFarm, validFrom: daysFromNow(-1) });
    await subgraph.request(decide, { id, input: approve });
    await subgraph.request(act('issueWildlifePermit'), { id, input: clerk });
    await expectConflict(use, { id, input: { quantity: 1, recordedBy: '李丽娟', usedAt: daysFromNow(-3) } }, id, /not yet valid/);
    const before = await snapshot({ permitId: id });
    const future = await subgraph.request(use, { id, input: { quantity: 1, recordedBy: '李丽娟', usedAt: daysFromNow(3) } });
    expectBadInput(future.errors, 'input.usedAt');
    expect(await snapshot({ permitId: id })).toEqual(before);
  });

  it.each([
    ['an unprotected species', { speciesCode: 'sus-scrofa' }, 'input.speciesCode'],
    ['an unknown species', { speciesCode: 'felis-catus' }, 'input.speciesCode'],
    ['breeding a plant', { speciesCode: 'taxus-cuspidata', unit: '株' }, 'input.kind'],
    ['a validity longer than the kind allows', { kind: 'TRANSPORT' }, 'input.validUntil'],
    ['a validity that ends before it starts', { validFrom: daysFromNow(10), validUntil: daysFromNow(5) }, 'input.validUntil'],
    ['a validity already over', { validFrom: daysFromNow(-30), validUntil: daysFromNow(-2) }, 'input.validUntil'],
    ['a malformed credit code', { holderCreditCode: '12345' }, 'input.holderCreditCode'],
    ['no quantity', { quantity: 0 }, 'input.quantity'],
    ['a county that does not exist', { holderDivisionCode: '229999' }, 'input.holderDivisionCode'],
  ])('rejects an application with %s and files nothing', async (_case, change, field) => {
    const before = await snapshot();
    const { errors } = await subgraph.request(apply, { input: { ...frogFarm, ...change } });
    expectBadInput(errors, field);
    expect(await snapshot()).toEqual(before);
  });

  it('lets county offices file applications for holders in their own county only', async () => {
    const own = await subgraph.request(apply, { input: frogFarm }, viewers.staff('wildlife', '222403'));
    expect(own.data!.applyForWildlifePermit.status).toBe('APPLIED');
    const before = await snapshot();
    const other = await subgraph.request(apply, { input: frogFarm }, viewers.staff('wildlife', '222404'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('leaves decisions to the provincial department', async () => {
    const id = await applyFor(frogFarm);
    const before = await snapshot({ permitId: id });
    const county = await subgraph.request(decide, { id, input: approve }, viewers.staff('wildlife', '222403'));
    expect(county.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherProvince = await subgraph.request(decide, { id, input: approve }, viewers.staff('wildlife', '230000'));
    expect(otherProvince.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot({ permitId: id })).toEqual(before);
    const province = await subgraph.request(decide, { id, input: approve }, viewers.staff('wildlife', '220000'));
    expect(province.data!.decideWildlifePermit.status).toBe('APPROVED');
  });

  it('answers NOT_FOUND for an unknown permit', async () => {
    const { errors } = await subgraph.request(act('revokeWildlifePermit'), { id: 'no-such-id', input: { ...clerk, reason: '撤销' } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
