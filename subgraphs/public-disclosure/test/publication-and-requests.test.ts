import { startTestSubgraph, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromDateValue, addWorkingDays } from '@forestry/subgraph-runtime/calendar';
import publicDisclosure from '../src/index.js';
import { generateSolicitations } from '../src/seed/notices.js';
import { generateDisclosureRequests } from '../src/seed/requests-and-letters.js';
import { anonymous, identityNumber, officer, today } from './support.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(publicDisclosure);
});
afterAll(() => subgraph?.stop());

function expectProblem(errors: { extensions?: Record<string, unknown> }[] | undefined, field: string) {
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe('disclosure requests (依申请公开)', () => {
  const request = {
    requesterKind: 'CITIZEN',
    requesterName: '赵德福',
    requesterIdNumber: identityNumber('22052419700101003'),
    contactPhone: '13604351234',
    contactEmail: 'zhao@example.cn',
    description: '申请公开柳河县2025年度林木采伐限额分配及执行情况',
    deliveryMethod: 'EMAIL',
  };
  const FIELDS = 'requestNumber status originalDueDate dueDate extensionWorkingDays extensionReason replyType replyReason deadline { limitDays workingDaysOverdue }';
  const SUBMIT = `mutation($input: SubmitDisclosureRequestInput!) { submitDisclosureRequest(input: $input) { ${FIELDS} } }`;
  const EXTEND = `mutation($number: String!, $input: ExtendDisclosureRequestInput!) { extendDisclosureRequest(requestNumber: $number, input: $input) { ${FIELDS} } }`;
  const REPLY = `mutation($number: String!, $input: ReplyDisclosureRequestInput!) { replyDisclosureRequest(requestNumber: $number, input: $input) { ${FIELDS} } }`;

  async function snapshot(number: string) {
    const { data } = await subgraph.request(
      `query($number: String!) { disclosureRequests(first: 0) { totalCount } disclosureRequest(requestNumber: $number) { ${FIELDS} } }`,
      { number },
    );
    return data;
  }

  async function submitted(): Promise<string> {
    const { data, errors } = await subgraph.request(SUBMIT, { input: request }, anonymous);
    expect(errors).toBeUndefined();
    return data!.submitDisclosureRequest.requestNumber;
  }

  it('takes a request from the public, due 20 working days after receipt', async () => {
    const { data, errors } = await subgraph.request(SUBMIT, { input: request }, anonymous);
    expect(errors).toBeUndefined();
    const due = addWorkingDays(today(), 20);
    expect(data!.submitDisclosureRequest).toMatchObject({ status: 'PENDING', originalDueDate: due, dueDate: due, deadline: { limitDays: 20, workingDaysOverdue: 0 } });
    expect(data!.submitDisclosureRequest.requestNumber).toMatch(new RegExp(`^YSQGK-${today().slice(0, 4)}-\\d{4}$`));
  });

  it.each([
    ['a citizen with an organisation’s credit code', { requesterIdNumber: '91330100716105852F' }, 'input.requesterIdNumber'],
    ['delivery by e-mail without an address', { contactEmail: null }, 'input.contactEmail'],
    ['an address that is none', { contactEmail: 'zhao at example' }, 'input.contactEmail'],
    ['no description of the information', { description: '采伐' }, 'input.description'],
  ])('rejects %s with BAD_USER_INPUT and stores nothing', async (_case, change, field) => {
    const before = await subgraph.request(`{ disclosureRequests(first: 0) { totalCount } }`);
    const { errors } = await subgraph.request(SUBMIT, { input: { ...request, ...change } }, anonymous);
    expectProblem(errors, field);
    expect(await subgraph.request(`{ disclosureRequests(first: 0) { totalCount } }`)).toEqual(before);
  });

  it('extends the reply period once, by at most 20 working days, with a reason', async () => {
    const number = await submitted();
    const tooLong = await subgraph.request(EXTEND, { number, input: { officer: '孙丽华', reason: '需征求第三方意见', workingDays: 25 } }, officer);
    expectProblem(tooLong.errors, 'input.workingDays');

    const { data, errors } = await subgraph.request(EXTEND, { number, input: { officer: '孙丽华', reason: '需书面征求第三方意见' } }, officer);
    expect(errors).toBeUndefined();
    const original = addWorkingDays(today(), 20);
    expect(data!.extendDisclosureRequest).toMatchObject({
      originalDueDate: original,
      dueDate: addWorkingDays(original, 20),
      extensionWorkingDays: 20,
      extensionReason: '需书面征求第三方意见',
      deadline: { limitDays: 40 },
    });

    const before = await snapshot(number);
    const again = await subgraph.request(EXTEND, { number, input: { officer: '孙丽华', reason: '资料尚未检索完毕', workingDays: 5 } }, officer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/once/);
    expect(await snapshot(number)).toEqual(before);
  });

  it('refuses to extend a period that has already ended', async () => {
    const overdue = generateDisclosureRequests().find(
      (candidate) => candidate.status === 'PENDING' && !candidate.extendedAt && fromDateValue(candidate.dueDate) < today(),
    )!;
    const before = await snapshot(overdue.requestNumber);
    const { errors } = await subgraph.request(
      EXTEND,
      { number: overdue.requestNumber, input: { officer: '孙丽华', reason: '资料尚未检索完毕' } },
      officer,
    );
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(errors?.[0]?.message).toMatch(/ended on/);
    expect(await snapshot(overdue.requestNumber)).toEqual(before);
  });

  it('answers once, giving the reason when information is withheld', async () => {
    const number = await submitted();
    const before = await snapshot(number);
    const unreasoned = await subgraph.request(REPLY, { number, input: { officer: '孙丽华', replyType: 'NOT_DISCLOSED', body: '经审查，不予公开。' } }, officer);
    expectProblem(unreasoned.errors, 'input.reason');
    expect(await snapshot(number)).toEqual(before);

    const { data, errors } = await subgraph.request(
      REPLY,
      { number, input: { officer: '孙丽华', replyType: 'PARTIALLY_DISCLOSED', body: '现将可以公开的部分提供给您。', reason: '部分内容涉及个人隐私' } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data!.replyDisclosureRequest).toMatchObject({ status: 'REPLIED', replyType: 'PARTIALLY_DISCLOSED', replyReason: '部分内容涉及个人隐私' });

    const answered = await snapshot(number);
    for (const [mutation, input] of [
      [REPLY, { officer: '孙丽华', replyType: 'DISCLOSED', body: '现将信息提供给您。' }],
      [EXTEND, { officer: '孙丽华', reason: '需征求第三方意见' }],
    ] as const) {
      const { errors: refused } = await subgraph.request(mutation, { number, input }, officer);
      expect(refused?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect(await snapshot(number)).toEqual(answered);
  });

  it('answers NOT_FOUND for an unknown request number', async () => {
    const { errors } = await subgraph.request(REPLY, { number: 'YSQGK-1999-0001', input: { officer: '孙丽华', replyType: 'NOT_EXIST', body: '该信息不存在。' } }, officer);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the leader mailbox (领导信箱)', () => {
  const letter = {
    category: 'CONSULTATION',
    subject: '咨询木材运输证的办理时限',
    body: '我想了解木材运输证网上申请后多久可以办结，需要准备哪些材料。',
    writerName: '周建国',
    writerPhone: '0451-86612345',
    publicationConsent: true,
  };
  const SUBMIT = `mutation($input: SubmitMailboxLetterInput!) { submitMailboxLetter(input: $input) { letterNumber status deadline { dueDate } } }`;
  const REPLY = `mutation($number: String!, $input: ReplyMailboxLetterInput!) {
    replyMailboxLetter(letterNumber: $number, input: $input) { status published replyBody replyDepartment replyWorkingDays deadline { stopped } }
  }`;
  const reply = { officer: '李国栋', department: 'FOREST_RESOURCES', body: '您好！木材运输证承诺1个工作日内办结，所需材料见办事指南。', publish: true };

  async function write(change: Record<string, unknown> = {}): Promise<string> {
    const { data, errors } = await subgraph.request(SUBMIT, { input: { ...letter, ...change } }, anonymous);
    expect(errors).toBeUndefined();
    return data!.submitMailboxLetter.letterNumber;
  }

  async function stored(number: string) {
    const { data } = await subgraph.request(`query($number: String!) { mailboxLetter(letterNumber: $number) { status published replyBody } }`, { number });
    return data!.mailboxLetter;
  }

  it('takes a letter from the public, due within the 15-working-day commitment', async () => {
    const { data, errors } = await subgraph.request(SUBMIT, { input: letter }, anonymous);
    expect(errors).toBeUndefined();
    expect(data!.submitMailboxLetter).toMatchObject({ status: 'PENDING', deadline: { dueDate: addWorkingDays(today(), 15) } });
  });

  it('rejects a letter without a way to reach the writer', async () => {
    const { errors } = await subgraph.request(SUBMIT, { input: { ...letter, writerPhone: '110' } }, anonymous);
    expectProblem(errors, 'input.writerPhone');
  });

  it('publishes a reply the writer agreed to, once', async () => {
    const number = await write();
    const { data, errors } = await subgraph.request(REPLY, { number, input: reply }, officer);
    expect(errors).toBeUndefined();
    expect(data!.replyMailboxLetter).toMatchObject({ status: 'REPLIED', published: true, replyDepartment: 'FOREST_RESOURCES', replyWorkingDays: 0, deadline: { stopped: true } });

    const published = await subgraph.request(`{ publishedMailboxLetters(first: 100) { edges { node { letterNumber replyBody } } } }`, {}, anonymous);
    expect(published.data!.publishedMailboxLetters.edges[0].node).toEqual({ letterNumber: number, replyBody: reply.body });

    const again = await subgraph.request(REPLY, { number, input: { ...reply, body: '补充答复：请携带身份证明办理。' } }, officer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await stored(number)).replyBody).toBe(reply.body);
  });

  it.each([
    ['a report, which is never published', { category: 'REPORT', subject: '举报丰林县无证运输木材' }],
    ['a letter whose writer did not agree', { publicationConsent: false }],
  ])('refuses to publish %s and changes nothing', async (_case, change) => {
    const number = await write(change);
    const { errors } = await subgraph.request(REPLY, { number, input: reply }, officer);
    expectProblem(errors, 'input.publish');
    expect(await stored(number)).toEqual({ status: 'PENDING', published: false, replyBody: null });
    const unpublished = await subgraph.request(REPLY, { number, input: { ...reply, publish: false } }, officer);
    expect(unpublished.data!.replyMailboxLetter).toMatchObject({ status: 'REPLIED', published: false });
  });

  it('shows the public published letters without the writer', async () => {
    const { errors } = await subgraph.request(`{ publishedMailboxLetters(first: 1) { edges { node { subject writerName } } } }`, {}, anonymous);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const all = await subgraph.request(`{ mailboxLetters(first: 1) { totalCount } }`, {}, anonymous);
    expect(all.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('publication', () => {
  const item = {
    categoryCode: '0202',
    title: '关于进一步加强木材运输监督管理的通知',
    body: '各市（州）、县（市、区）林业主管部门：现将有关事项通知如下。',
    department: 'FOREST_RESOURCES',
    drafter: '李国栋',
    reviewer: '孙丽华',
  };
  const PUBLISH_ITEM = `mutation($input: PublishDisclosureItemInput!) { publishItem(input: $input) { indexNumber title category { code name } } }`;
  const count = async () => (await subgraph.request(`{ disclosureItems(first: 0) { totalCount } }`)).data!.disclosureItems.totalCount;

  it('publishes an item under a leaf heading with the next index number', async () => {
    const { data, errors } = await subgraph.request(PUBLISH_ITEM, { input: item }, officer);
    expect(errors).toBeUndefined();
    expect(data!.publishItem).toMatchObject({ title: item.title, category: { code: '0202', name: '规范性文件' } });
    expect(data!.publishItem.indexNumber).toMatch(new RegExp(`^ZDGK-${today().slice(0, 4)}-\\d{5}$`));
    const newest = await subgraph.request(`{ disclosureItems(first: 1, filter: { categoryCode: "02" }) { edges { node { indexNumber } } } }`, {}, anonymous);
    expect(newest.data!.disclosureItems.edges[0].node.indexNumber).toBe(data!.publishItem.indexNumber);
  });

  it.each([
    ['a heading that has sub-headings', { categoryCode: '02' }, 'input.categoryCode'],
    ['a heading that does not exist', { categoryCode: '9901' }, 'input.categoryCode'],
    ['a draft reviewed by its own drafter', { reviewer: '李国栋' }, 'input.reviewer'],
    ['an empty title', { title: '  ' }, 'input.title'],
  ])('refuses %s and publishes nothing', async (_case, change, field) => {
    const before = await count();
    const { errors } = await subgraph.request(PUBLISH_ITEM, { input: { ...item, ...change } }, officer);
    expectProblem(errors, field);
    expect(await count()).toBe(before);
  });

  const notice = {
    kind: 'LICENSING_RESULT',
    title: '林木采伐许可证拟核发名单公示',
    body: '现将拟核发林木采伐许可证的申请单位、采伐地点予以公示。',
    department: 'FOREST_RESOURCES',
    objectionContact: '电话 0451-82620032',
  };
  const PUBLISH_NOTICE = `mutation($input: PublishPublicNoticeInput!) { publishNotice(input: $input) { periodStart periodEnd periodWorkingDays phase } }`;

  it('publishes a notice open for at least 5 working days from today', async () => {
    const periodEnd = addWorkingDays(today(), 5);
    const { data, errors } = await subgraph.request(PUBLISH_NOTICE, { input: { ...notice, periodStart: today(), periodEnd } }, officer);
    expect(errors).toBeUndefined();
    expect(data!.publishNotice).toMatchObject({ periodStart: today(), periodEnd, phase: 'OPEN' });
    expect(data!.publishNotice.periodWorkingDays).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['a period of fewer than 5 working days', () => ({ periodStart: today(), periodEnd: addWorkingDays(today(), 2) }), 'input.periodEnd'],
    ['a period that started yesterday', () => ({ periodStart: addDays(today(), -1), periodEnd: addWorkingDays(today(), 10) }), 'input.periodStart'],
    ['a period that ends before it starts', () => ({ periodStart: addDays(today(), 10), periodEnd: addDays(today(), 3) }), 'input.periodEnd'],
  ])('refuses %s', async (_case, period, field) => {
    const before = (await subgraph.request(`{ publicNotices(first: 0) { totalCount } }`)).data;
    const { errors } = await subgraph.request(PUBLISH_NOTICE, { input: { ...notice, ...period() } }, officer);
    expectProblem(errors, field);
    expect((await subgraph.request(`{ publicNotices(first: 0) { totalCount } }`)).data).toEqual(before);
  });
});

describe('opinion solicitations (民意征集)', () => {
  const draft = {
    title: '《林木采伐管理办法（征求意见稿）》公开征求意见',
    summary: '现将征求意见稿全文公布，公开征求社会各界意见。',
    department: 'FOREST_RESOURCES',
  };
  const PUBLISH = `mutation($input: PublishOpinionSolicitationInput!) { publishOpinionSolicitation(input: $input) { id phase opinionCount } }`;
  const SUBMIT = `mutation($id: ID!, $input: SubmitSolicitationOpinionInput!) { submitSolicitationOpinion(solicitationId: $id, input: $input) { id authorName content } }`;
  const opinion = { content: '建议第十二条明确县级林业主管部门的办理时限。' };

  async function publish(opensOn: string): Promise<string> {
    const { data, errors } = await subgraph.request(PUBLISH, { input: { ...draft, opensOn, closesOn: addDays(opensOn, 29) } }, officer);
    expect(errors).toBeUndefined();
    return data!.publishOpinionSolicitation.id;
  }

  it('takes opinions, anonymous ones included, while open', async () => {
    const id = await publish(today());
    const { data, errors } = await subgraph.request(SUBMIT, { id, input: opinion }, anonymous);
    expect(errors).toBeUndefined();
    expect(data!.submitSolicitationOpinion).toMatchObject({ authorName: null, content: opinion.content });
    await subgraph.request(SUBMIT, { id, input: { ...opinion, authorName: '吴永胜' } }, anonymous);
    const { data: read } = await subgraph.request(
      `{ opinionSolicitations(first: 1, phase: OPEN) { edges { node { id opinionCount opinions { totalCount edges { node { authorName } } } } } } }`,
    );
    expect(read!.opinionSolicitations.edges[0].node).toEqual({
      id,
      opinionCount: 2,
      opinions: { totalCount: 2, edges: [{ node: { authorName: null } }, { node: { authorName: '吴永胜' } }] },
    });
  });

  it('refuses opinions before the opening and after the closing date', async () => {
    const upcoming = await publish(addDays(today(), 3));
    const closed = generateSolicitations().solicitations[0]!;
    for (const id of [upcoming, closed.id]) {
      const { errors } = await subgraph.request(SUBMIT, { id, input: opinion }, anonymous);
      expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    const { data } = await subgraph.request(`{ opinionSolicitations(first: 100) { edges { node { id opinionCount } } } }`);
    expect(data!.opinionSolicitations.edges.find((edge: { node: { id: string } }) => edge.node.id === upcoming).node.opinionCount).toBe(0);
  });

  it('refuses a consultation shorter than 30 days, an empty opinion and an unknown consultation', async () => {
    const short = await subgraph.request(PUBLISH, { input: { ...draft, opensOn: today(), closesOn: addDays(today(), 20) } }, officer);
    expectProblem(short.errors, 'input.closesOn');
    const id = await publish(today());
    const empty = await subgraph.request(SUBMIT, { id, input: { content: '同意' } }, anonymous);
    expectProblem(empty.errors, 'input.content');
    const unknown = await subgraph.request(SUBMIT, { id: '00000000-0000-4000-8000-000000000000', input: opinion }, anonymous);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
