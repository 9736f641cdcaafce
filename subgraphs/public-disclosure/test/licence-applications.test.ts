import { generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, fromDateValue, addWorkingDays, workingDaysBetween } from '@forestry/subgraph-runtime/calendar';
import publicDisclosure from '../src/index.js';
import { generateLicenceApplications } from '../src/seed/licence-applications.js';
import { anonymous, identityNumber, officer, today } from './support.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(publicDisclosure);
});
afterAll(() => subgraph?.stop());

const stand = generateInventory().subCompartments[10]!;

/** An application for a timber transport certificate (statutory limit 5, promise 1). */
const transport = {
  itemCode: 'SP01',
  applicantKind: 'PERSON',
  applicantName: '王春雷',
  applicantIdNumber: identityNumber(),
  contactPhone: '13904511234',
  summary: '运输红松原木30立方米，起运地丰林县，到达地哈尔滨市',
  subCompartmentId: stand.id,
};

/** An application for a harvest licence (statutory limit 20, promise 10). */
const harvest = { ...transport, itemCode: 'SP02', summary: '更新采伐，树种红松，面积12.5公顷，采伐蓄积180立方米' };

const SUBMIT = `mutation($input: SubmitLicenceApplicationInput!) {
  submitApplication(input: $input) { receiptNumber status item { code name } submittedAt deadline { dueDate } }
}`;

const FIELDS = `receiptNumber status decision decisionReason intakeRejectionReason pausedWorkingDays handlingWorkingDays promisedDueDate
  deadline { dueDate limitDays workingDaysUsed stopped }
  supplements { stage missingMaterials receivedAt pausedWorkingDays }
  history { status officer note }`;

function step(mutation: string, inputType: string) {
  return `mutation($receipt: String!, $input: ${inputType}!) { ${mutation}(receiptNumber: $receipt, input: $input) { ${FIELDS} } }`;
}

const ACCEPT = step('acceptApplication', 'LicenceOfficerInput');
const REJECT = step('rejectApplicationAtIntake', 'RejectLicenceApplicationInput');
const START_REVIEW = step('startApplicationReview', 'LicenceOfficerInput');
const REQUEST_SUPPLEMENT = step('requestSupplement', 'RequestLicenceSupplementInput');
const RECEIVE_SUPPLEMENT = step('receiveSupplement', 'LicenceOfficerInput');
const DECIDE = step('decideApplication', 'DecideLicenceApplicationInput');
const DELIVER = step('deliverFeedback', 'DeliverLicenceFeedbackInput');

const byOfficer = { officer: '李国栋' };

async function submit(input: Record<string, unknown> = transport): Promise<string> {
  const { data, errors } = await subgraph.request(SUBMIT, { input }, anonymous);
  expect(errors).toBeUndefined();
  return data!.submitApplication.receiptNumber;
}

async function perform(mutation: string, receipt: string, input: Record<string, unknown>) {
  const response = await subgraph.request(mutation, { receipt, input }, officer);
  return { ...response, application: response.data ? Object.values(response.data)[0] : undefined };
}

async function stepThrough(receipt: string, steps: [string, Record<string, unknown>][]) {
  for (const [mutation, input] of steps) {
    const { errors } = await perform(mutation, receipt, input);
    expect(errors).toBeUndefined();
  }
}

/** The application as stored, and how many there are: what a refused request must leave alone. */
async function snapshot(receipt?: string) {
  const { data } = await subgraph.request(
    `query($receipt: String!) { licenceApplications(first: 0) { totalCount } licenceApplication(receiptNumber: $receipt) { ${FIELDS} } }`,
    { receipt: receipt ?? 'none' },
  );
  return data;
}

describe('submitting an application', () => {
  it('lets the public apply and follow the application by its receipt number alone', async () => {
    const { data, errors } = await subgraph.request(SUBMIT, { input: transport }, anonymous);
    expect(errors).toBeUndefined();
    const receipt = data!.submitApplication;
    expect(receipt).toMatchObject({ status: 'SUBMITTED', item: { code: 'SP01', name: '木材运输证核发' }, deadline: null });
    expect(receipt.receiptNumber).toMatch(new RegExp(`^LYSP-${today().slice(0, 4)}-\\d{6}$`));

    const status = await subgraph.request(
      `query($receipt: String!) { applicationStatus(receiptNumber: $receipt) { receiptNumber status item { name } submittedAt } }`,
      { receipt: receipt.receiptNumber },
      anonymous,
    );
    expect(status.data!.applicationStatus).toEqual({
      receiptNumber: receipt.receiptNumber,
      status: 'SUBMITTED',
      item: { name: '木材运输证核发' },
      submittedAt: receipt.submittedAt,
    });
  });

  it('shows the public no personal data of the applicant', async () => {
    const { errors } = await subgraph.request(`{ applicationStatus(receiptNumber: "x") { applicantName } }`, {}, anonymous);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const staffView = await subgraph.request(`{ licenceApplications(first: 1) { totalCount } }`, {}, anonymous);
    expect(staffView.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('numbers receipts consecutively within the year', async () => {
    const first = await submit();
    const second = await submit(harvest);
    expect(Number(second.slice(-6))).toBe(Number(first.slice(-6)) + 1);
  });

  it.each([
    ['an identity number with a wrong check digit', { applicantIdNumber: '230724198506150012' }, 'input.applicantIdNumber'],
    ['an organisation without a credit code', { applicantKind: 'ORGANISATION', applicantName: '丰林兴林木业有限公司', contactName: '刘洋' }, 'input.applicantIdNumber'],
    ['an organisation without a contact person', { applicantKind: 'ORGANISATION', applicantIdNumber: '91330100716105852F' }, 'input.contactName'],
    ['a phone number that is none', { contactPhone: '12345' }, 'input.contactPhone'],
    ['a summary too short to say what is applied for', { summary: '运木材' }, 'input.summary'],
    ['a timber transport without its sub-compartment', { subCompartmentId: null }, 'input.subCompartmentId'],
    ['a sub-compartment id that is not one', { subCompartmentId: 'FU23072401-001-01' }, 'input.subCompartmentId'],
    ['a species on a timber transport', { speciesCode: 'cervus-nippon' }, 'input.speciesCode'],
    ['a county on a timber transport', { divisionCode: '230724' }, 'input.divisionCode'],
    ['a seed licence for a prefecture', { itemCode: 'SP03', subCompartmentId: null, divisionCode: '230700' }, 'input.divisionCode'],
    ['a breeding permit without its species', { itemCode: 'SP05', subCompartmentId: null }, 'input.speciesCode'],
    ['a species code that is not a scientific name', { itemCode: 'SP05', subCompartmentId: null, speciesCode: '梅花鹿' }, 'input.speciesCode'],
    ['an item that does not exist', { itemCode: 'SP99' }, 'input.itemCode'],
  ])('rejects %s with BAD_USER_INPUT and stores nothing', async (_case, change, field) => {
    const before = await snapshot();
    const { data, errors } = await subgraph.request(SUBMIT, { input: { ...transport, ...change } }, anonymous);
    expect(data?.submitApplication ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await snapshot()).toEqual(before);
  });

  it('accepts the reference each item needs: a county for a seed licence, a species for a breeding permit', async () => {
    const seeds = await subgraph.request(SUBMIT, { input: { ...transport, itemCode: 'SP03', subCompartmentId: null, divisionCode: '220524' } }, anonymous);
    expect(seeds.errors).toBeUndefined();
    const breeding = await subgraph.request(
      SUBMIT,
      { input: { ...transport, itemCode: 'SP05', subCompartmentId: null, speciesCode: 'cervus-nippon', applicantKind: 'ORGANISATION', applicantName: '敦化鹿业专业合作社', applicantIdNumber: '91330100716105852F', contactName: '金东哲' } },
      anonymous,
    );
    expect(breeding.errors).toBeUndefined();
    const { data } = await subgraph.request(
      `query($receipt: String!) { licenceApplication(receiptNumber: $receipt) { speciesCode contactName division { code } subCompartment { id } } }`,
      { receipt: breeding.data!.submitApplication.receiptNumber },
    );
    expect(data!.licenceApplication).toEqual({ speciesCode: 'cervus-nippon', contactName: '金东哲', division: null, subCompartment: null });
  });
});

describe('the workflow', () => {
  it('runs from submission to feedback, with the statutory clock stopped while supplements are awaited', async () => {
    const receipt = await submit(harvest);

    const accepted = await perform(ACCEPT, receipt, byOfficer);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.application).toMatchObject({
      status: 'ACCEPTED',
      deadline: { dueDate: addWorkingDays(today(), 20), limitDays: 20, workingDaysUsed: 0, stopped: false },
      promisedDueDate: addWorkingDays(today(), 10),
    });

    await stepThrough(receipt, [[START_REVIEW, { officer: '张海峰' }]]);
    const paused = await perform(REQUEST_SUPPLEMENT, receipt, { officer: '张海峰', missingMaterials: ['林木权属证明', '采伐作业设计'] });
    expect(paused.application).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      deadline: { stopped: true },
      supplements: [{ stage: 'REVIEW', missingMaterials: ['林木权属证明', '采伐作业设计'], receivedAt: null }],
    });

    const resumed = await perform(RECEIVE_SUPPLEMENT, receipt, { officer: '张海峰' });
    // Received the day it was asked for: no working day passed, so the due date stays.
    expect(resumed.application).toMatchObject({
      status: 'UNDER_REVIEW',
      pausedWorkingDays: 0,
      deadline: { dueDate: addWorkingDays(today(), 20), stopped: false },
      supplements: [{ stage: 'REVIEW', pausedWorkingDays: 0 }],
    });

    const before = await snapshot(receipt);
    const unreasoned = await perform(DECIDE, receipt, { officer: '高德胜', decision: 'DENIED' });
    expect(unreasoned.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'input.reason' })]);
    expect(await snapshot(receipt)).toEqual(before);

    const denied = await perform(DECIDE, receipt, { officer: '高德胜', decision: 'DENIED', reason: '申请采伐蓄积超出年度采伐限额' });
    expect(denied.application).toMatchObject({
      status: 'DENIED',
      decision: 'DENIED',
      decisionReason: '申请采伐蓄积超出年度采伐限额',
      handlingWorkingDays: 0,
      deadline: { stopped: true },
    });

    const completed = await perform(DELIVER, receipt, { officer: '高德胜', channel: 'SMS' });
    expect(completed.application.status).toBe('COMPLETED');
    expect(completed.application.history).toEqual([
      { status: 'SUBMITTED', officer: null, note: null },
      { status: 'ACCEPTED', officer: '李国栋', note: null },
      { status: 'UNDER_REVIEW', officer: '张海峰', note: null },
      { status: 'SUPPLEMENT_REQUESTED', officer: '张海峰', note: '林木权属证明；采伐作业设计' },
      { status: 'UNDER_REVIEW', officer: '张海峰', note: null },
      { status: 'DENIED', officer: '高德胜', note: '申请采伐蓄积超出年度采伐限额' },
      { status: 'COMPLETED', officer: '高德胜', note: null },
    ]);

    const { data } = await subgraph.request(
      `query($receipt: String!) { applicationStatus(receiptNumber: $receipt) { status decision decidedAt completedAt } }`,
      { receipt },
      anonymous,
    );
    expect(data!.applicationStatus).toMatchObject({ status: 'COMPLETED', decision: 'DENIED' });
  });

  it('asks for missing materials once at intake, without starting the clock, and may then refuse the application', async () => {
    const receipt = await submit();
    const asked = await perform(REQUEST_SUPPLEMENT, receipt, { officer: '陈玉琴', missingMaterials: ['植物检疫证书'] });
    expect(asked.application).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', deadline: null, supplements: [{ stage: 'INTAKE' }] });
    const back = await perform(RECEIVE_SUPPLEMENT, receipt, { officer: '陈玉琴' });
    expect(back.application).toMatchObject({ status: 'SUBMITTED', deadline: null });

    const before = await snapshot(receipt);
    const again = await perform(REQUEST_SUPPLEMENT, receipt, { officer: '陈玉琴', missingMaterials: ['承运车辆及驾驶人信息'] });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/一次性告知/);
    expect(await snapshot(receipt)).toEqual(before);

    const shortReason = await perform(REJECT, receipt, { officer: '陈玉琴', reason: '不符' });
    expect(shortReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await perform(REJECT, receipt, { officer: '陈玉琴', reason: '申请人不具备申请资格' });
    expect(rejected.application).toMatchObject({ status: 'REJECTED_AT_INTAKE', intakeRejectionReason: '申请人不具备申请资格' });
  });

  it('moves the due date back by the working days a review-stage supplement took', async () => {
    const { applications } = generateLicenceApplications();
    const waiting = applications.find((application) => application.status === 'SUPPLEMENT_REQUESTED' && application.clockStoppedAfter)!;
    const { application, errors } = await perform(RECEIVE_SUPPLEMENT, waiting.receiptNumber, byOfficer);
    expect(errors).toBeUndefined();
    const paused = workingDaysBetween(fromDateValue(waiting.clockStoppedAfter!), today());
    expect(paused).toBeGreaterThan(0);
    expect(application).toMatchObject({
      status: 'UNDER_REVIEW',
      pausedWorkingDays: paused,
      deadline: { dueDate: addWorkingDays(chinaDateOf(waiting.acceptedAt!), waiting.statutoryLimitDays! + paused), stopped: false },
    });
    expect(application.supplements.at(-1)).toMatchObject({ stage: 'REVIEW', pausedWorkingDays: paused });
  });

  it.each([
    ['accept an accepted application', [[ACCEPT, byOfficer]], ACCEPT, byOfficer],
    ['decide before review', [[ACCEPT, byOfficer]], DECIDE, { ...byOfficer, decision: 'APPROVED' }],
    ['start the review of a submitted application', [], START_REVIEW, byOfficer],
    ['deliver feedback before the decision', [[ACCEPT, byOfficer], [START_REVIEW, byOfficer]], DELIVER, { ...byOfficer, channel: 'ONLINE' }],
    ['refuse at intake once accepted', [[ACCEPT, byOfficer]], REJECT, { ...byOfficer, reason: '申请人不具备申请资格' }],
    ['receive a supplement nobody asked for', [], RECEIVE_SUPPLEMENT, byOfficer],
    ['ask for a supplement before the review starts', [[ACCEPT, byOfficer]], REQUEST_SUPPLEMENT, { ...byOfficer, missingMaterials: ['运输路线'] }],
    [
      'decide again after the decision',
      [[ACCEPT, byOfficer], [START_REVIEW, byOfficer], [DECIDE, { ...byOfficer, decision: 'APPROVED' }]],
      DECIDE,
      { ...byOfficer, decision: 'DENIED', reason: '不能提供木材合法来源证明' },
    ],
  ] as [string, [string, Record<string, unknown>][], string, Record<string, unknown>][])(
    'refuses to %s with CONFLICT and changes nothing',
    async (_case, setup, mutation, input) => {
      const receipt = await submit();
      await stepThrough(receipt, setup);
      const before = await snapshot(receipt);
      const { errors } = await perform(mutation, receipt, input);
      expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(errors?.[0]?.message).toMatch(/only from/);
      expect(await snapshot(receipt)).toEqual(before);
    },
  );

  it('answers NOT_FOUND for an unknown receipt number', async () => {
    const { errors } = await perform(ACCEPT, 'LYSP-1999-000001', byOfficer);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('requires an officer for every step', async () => {
    const receipt = await submit();
    const before = await snapshot(receipt);
    const { errors } = await perform(ACCEPT, receipt, { officer: ' ' });
    expect(errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'input.officer' })]);
    expect(await snapshot(receipt)).toEqual(before);
  });
});

describe('who may do what', () => {
  it('lets only this department’s staff take workflow steps', async () => {
    const receipt = await submit();
    const asPublic = await subgraph.request(ACCEPT, { receipt, input: byOfficer }, anonymous);
    expect(asPublic.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asWildlifeStaff = await subgraph.request(ACCEPT, { receipt, input: byOfficer }, viewers.staff('wildlife'));
    expect(asWildlifeStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await snapshot(receipt))!.licenceApplication.status).toBe('SUBMITTED');
  });

  it('keeps applicants’ personal data from partner agencies but shows it to leaders', async () => {
    const receipt = await submit();
    const query = `query($receipt: String!) { licenceApplication(receiptNumber: $receipt) { status applicantIdNumber } }`;
    const partner = await subgraph.request(query, { receipt }, viewers.partner);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const leader = await subgraph.request(query, { receipt }, viewers.leader);
    expect(leader.data!.licenceApplication).toEqual({ status: 'SUBMITTED', applicantIdNumber: transport.applicantIdNumber });
  });
});
