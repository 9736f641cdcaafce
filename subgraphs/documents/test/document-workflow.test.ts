import { generateInventory } from '@forestry/forest-resources/reference-data';
import { startTestSubgraph, viewers, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documentsSubgraph from '../src/index.js';
import { demo, first, unclassified } from './helpers.js';

let subgraph: TestSubgraph<unknown>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(documentsSubgraph);
});
afterAll(() => subgraph?.stop());

/** A clerk of the office: writes here, without clearance for classified documents. */
const clerk = viewers.staff('documents');
const asClerk = (query: string, variables?: Record<string, unknown>) => subgraph.request(query, variables, clerk);

const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const thisYear = () => Number(beijingToday().slice(0, 4));
const subCompartment = generateInventory().subCompartments.find((sub) => sub.divisionCode === '230724')!;

const documentFields = `id direction documentNumber title issuingBody documentDate classification currentStep status
  leadUnit { code } routedUnits { code } divisions { code } subCompartments { id } province { code }
  steps { step decision actor comment } archive { archiveNumber year retentionPeriod retainUntilYear }`;

const register = `mutation($input: RegisterIncomingDocumentInput!) {
  registerIncomingDocument(input: $input) { documentId document { ${documentFields} } }
}`;
const draft = `mutation($input: DraftOutgoingDocumentInput!) {
  draftOutgoingDocument(input: $input) { documentId document { ${documentFields} } }
}`;
const advance = `mutation($input: AdvanceDocumentStepInput!) { advanceDocumentStep(input: $input) { ${documentFields} } }`;
const reject = `mutation($input: RejectDocumentStepInput!) { rejectDocumentStep(input: $input) { ${documentFields} } }`;
const archive = `mutation($input: ArchiveDocumentInput!) {
  archiveDocument(input: $input) { archiveNumber year retentionPeriod retainUntilYear document { id archive { archiveNumber } } }
}`;

const incoming = {
  documentNumber: '林护发〔2026〕901号',
  title: '关于进一步做好今冬明春森林防火工作的通知',
  issuingBody: '国家林业和草原局',
  documentDate: beijingToday(),
  classification: 'INTERNAL',
  urgency: 'URGENT',
  body: '各地要认真做好今冬明春森林防火工作，严格落实防火责任，加强重点林区巡护。',
  leadUnitCode: 'HLJ-FHB',
  routedUnitCodes: ['HLJ-BGS', 'HLJ-ZYC'],
  divisionCodes: ['230724'],
  subCompartmentIds: [subCompartment.id],
  registeredBy: '王玉洁（文书）',
};

const outgoing = {
  title: '关于加强冬季林木采伐管理的通知',
  classification: 'PUBLIC',
  urgency: 'ROUTINE',
  body: '各地要严格执行森林采伐限额制度，规范伐区作业管理。',
  leadUnitCode: 'JL-LZC',
  routedUnitCodes: ['JL-ZYC'],
  draftedBy: '陈立新（林政处科员）',
};

/** What every test checks is left unchanged by a rejected request. */
async function snapshot() {
  const { data } = await subgraph.request(`{ officeDocuments { totalCount } archiveRecords { totalCount } }`, {}, viewers.admin);
  return data;
}

async function documentState(id: string) {
  const { data } = await subgraph.request(`query($id: ID!) { officeDocument(id: $id) { ${documentFields} } }`, { id }, viewers.admin);
  return data!.officeDocument;
}

describe('registerIncomingDocument', () => {
  it('registers a document awaiting PROPOSE, with its routing and what it concerns', async () => {
    const before = await snapshot();
    const { data, errors } = await asClerk(register, { input: incoming });
    expect(errors).toBeUndefined();
    const { documentId, document } = data!.registerIncomingDocument;
    expect(document).toMatchObject({
      id: documentId,
      direction: 'INCOMING',
      documentNumber: incoming.documentNumber,
      issuingBody: '国家林业和草原局',
      documentDate: incoming.documentDate,
      currentStep: 'PROPOSE',
      status: 'IN_PROGRESS',
      leadUnit: { code: 'HLJ-FHB' },
      routedUnits: [{ code: 'HLJ-BGS' }, { code: 'HLJ-ZYC' }],
      divisions: [{ code: '230724' }],
      subCompartments: [{ id: subCompartment.id }],
      province: { code: '230000' },
      steps: [{ step: 'REGISTER', decision: 'COMPLETED', actor: incoming.registeredBy, comment: null }],
      archive: null,
    });
    expect((await snapshot())!.officeDocuments.totalCount).toBe(before!.officeDocuments.totalCount + 1);

    const { data: entities } = await asClerk(
      `{ _entities(representations: [{ __typename: "Division", code: "230724" }, { __typename: "SubCompartment", id: "${subCompartment.id}" }]) {
        ... on Division { documents(first: 1) { id } }
        ... on SubCompartment { documents(first: 1) { id } }
      } }`,
    );
    expect(entities!._entities).toEqual([{ documents: [{ id: documentId }] }, { documents: [{ id: documentId }] }]);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'input.title'],
    ['an unknown lead unit', { leadUnitCode: 'HLJ-XYZ' }, 'input.leadUnitCode'],
    ['a unit of the other province', { routedUnitCodes: ['JL-BGS'] }, 'input.routedUnitCodes.0'],
    ['the lead unit among the routed units', { routedUnitCodes: ['HLJ-FHB'] }, 'input.routedUnitCodes'],
    ['a division that does not exist', { divisionCodes: ['239999'] }, 'input.divisionCodes.0'],
    ['a repeated division', { divisionCodes: ['230724', '230724'] }, 'input.divisionCodes'],
    ['a malformed sub-compartment id', { subCompartmentIds: ['FU23072401-001-01'] }, 'input.subCompartmentIds.0'],
    ['a document date in the future', { documentDate: '2099-01-01' }, 'input.documentDate'],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_case, change, field) => {
    const before = await snapshot();
    const { data, errors } = await asClerk(register, { input: { ...incoming, documentNumber: null, ...change } });
    expect(data?.registerIncomingDocument ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await snapshot()).toEqual(before);
  });

  it('has no top secret (绝密) classification to register', async () => {
    const { errors } = await asClerk(register, { input: { ...incoming, classification: 'TOP_SECRET' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a 文号 the department has already registered with CONFLICT', async () => {
    const before = await snapshot();
    const { errors } = await asClerk(register, { input: incoming });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('stores a classified document without showing it to the clerk who registered it', async () => {
    const before = await snapshot();
    const { data, errors } = await asClerk(register, {
      input: { ...incoming, documentNumber: '林护发〔2026〕902号', classification: 'SECRET', title: '关于东北虎豹种群监测数据的报告' },
    });
    expect(errors).toBeUndefined();
    const { documentId, document } = data!.registerIncomingDocument;
    expect(document).toBeNull();
    expect((await snapshot())!.officeDocuments.totalCount).toBe(before!.officeDocuments.totalCount + 1);
    expect((await asClerk(`query($id: ID!) { officeDocument(id: $id) { id } }`, { id: documentId })).data!.officeDocument).toBeNull();
    expect(await documentState(documentId)).toMatchObject({ classification: 'SECRET', currentStep: 'PROPOSE' });
    const { errors: advanceErrors } = await asClerk(advance, { input: { documentId, step: 'PROPOSE', actor: '丁振华（办公室主任）' } });
    expect(advanceErrors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('full-text search of registered documents', () => {
  const search = `query($query: String!, $after: String) {
    searchOfficeDocuments(query: $query, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }
  }`;
  /** Every document found, all pages. */
  const found = async (query: string) => {
    const ids: string[] = [];
    for (let after: string | undefined; ; ) {
      const { searchOfficeDocuments: page } = (await asClerk(search, { query, after })).data!;
      ids.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const registerDocument = async (number: string, title: string, body: string) =>
    (await asClerk(register, { input: { ...incoming, documentNumber: number, title, body } })).data!.registerIncomingDocument.documentId;

  it('finds a document containing 森林防火工作 when searching 森林防火, and not unrelated text', async () => {
    const fire = await registerDocument('林护发〔2026〕903号', '关于冬季巡护的通知', '请各地切实做好森林防火工作。');
    const scattered = await registerDocument('林护发〔2026〕904号', '关于林区巡护的通知', '保护好森林资源，冬季要加强防火巡查。');
    const pest = await registerDocument('林生发〔2026〕905号', '关于松材线虫病疫情防控的通知', '要加强疫木源头管控，严防疫情扩散。');
    const results = await found('森林防火');
    expect(results).toContain(fire);
    // Word by word: both words, even apart, match; a document with neither does not.
    expect(results).toContain(scattered);
    expect(results).not.toContain(pest);
    expect(await found('松材线虫病')).toContain(pest);
    expect(await found('松材线虫病')).not.toContain(fire);
  });
});

describe('document workflow', () => {
  let documentId: string;
  const step = (name: string, extra: Record<string, unknown> = {}) => ({ documentId, step: name, actor: '吴卫东（林政处处长）', ...extra });

  it('drafts an outgoing document awaiting REVIEW, issued in the name of its department', async () => {
    const { data, errors } = await asClerk(draft, { input: outgoing });
    expect(errors).toBeUndefined();
    documentId = data!.draftOutgoingDocument.documentId;
    expect(data!.draftOutgoingDocument.document).toMatchObject({
      direction: 'OUTGOING',
      documentNumber: null,
      issuingBody: '吉林省林业厅',
      currentStep: 'REVIEW',
      steps: [{ step: 'DRAFT', decision: 'COMPLETED', actor: outgoing.draftedBy }],
    });
  });

  it('refuses a step that does not follow the previous one with CONFLICT, and changes nothing', async () => {
    const before = await documentState(documentId);
    const { errors } = await asClerk(advance, { input: step('SIGN_OFF') });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentStep: 'REVIEW' });
    expect(await documentState(documentId)).toEqual(before);
  });

  it('refuses a step of the other workflow, and a rejection without a reason, with BAD_USER_INPUT', async () => {
    const before = await documentState(documentId);
    const wrongWorkflow = await asClerk(advance, { input: step('PROPOSE') });
    expect(wrongWorkflow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: 'input.step' })] });
    const noReason = await asClerk(reject, { input: step('REVIEW', { reason: ' ' }) });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: 'input.reason' })] });
    expect(await documentState(documentId)).toEqual(before);
  });

  it('sends a rejected document back one step, recording who rejected it and why', async () => {
    await asClerk(advance, { input: step('REVIEW', { comment: '核稿无误' }) });
    const { data, errors } = await asClerk(reject, { input: step('COUNTERSIGN', { actor: '郭长林（森林资源管理处处长）', reason: '请补充采伐限额数据' }) });
    expect(errors).toBeUndefined();
    expect(data!.rejectDocumentStep.currentStep).toBe('REVIEW');
    expect(data!.rejectDocumentStep.steps.slice(1)).toEqual([
      { step: 'REVIEW', decision: 'COMPLETED', actor: '吴卫东（林政处处长）', comment: '核稿无误' },
      { step: 'COUNTERSIGN', decision: 'REJECTED', actor: '郭长林（森林资源管理处处长）', comment: '请补充采伐限额数据' },
    ]);
  });

  it('issues the document with the department’s next 文号 once every step is done', async () => {
    for (const name of ['REVIEW', 'COUNTERSIGN', 'SIGN_OFF']) {
      expect((await asClerk(advance, { input: step(name) })).errors).toBeUndefined();
    }
    const { data, errors } = await asClerk(advance, { input: step('ISSUE') });
    expect(errors).toBeUndefined();
    const issuedThisYear = demo.documents.filter(
      (document) => document.documentNumber?.startsWith(`吉林发〔${thisYear()}〕`),
    ).length;
    expect(data!.advanceDocumentStep).toMatchObject({
      status: 'COMPLETED',
      currentStep: 'ISSUE',
      documentNumber: `吉林发〔${thisYear()}〕${issuedThisYear + 1}号`,
      documentDate: beijingToday(),
    });
    expect(data!.advanceDocumentStep.steps.map((record: { step: string }) => record.step)).toEqual([
      'DRAFT', 'REVIEW', 'COUNTERSIGN', 'REVIEW', 'COUNTERSIGN', 'SIGN_OFF', 'ISSUE',
    ]);
  });

  it('refuses any step after completion with CONFLICT', async () => {
    const before = await documentState(documentId);
    expect((await asClerk(advance, { input: step('ISSUE') })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await asClerk(reject, { input: step('ISSUE', { reason: '重新印发' }) })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await documentState(documentId)).toEqual(before);
  });

  it('cannot send a document back from its first step', async () => {
    const drafted = (await asClerk(draft, { input: outgoing })).data!.draftOutgoingDocument.documentId;
    const back = await asClerk(reject, { input: { documentId: drafted, step: 'REVIEW', actor: '吴卫东（林政处处长）', reason: '请重新拟稿' } });
    expect(back.data!.rejectDocumentStep.currentStep).toBe('DRAFT');
    const before = await documentState(drafted);
    const { errors } = await asClerk(reject, { input: { documentId: drafted, step: 'DRAFT', actor: '吴卫东（林政处处长）', reason: '再次退回' } });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await documentState(drafted)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown document', async () => {
    const { errors } = await asClerk(advance, { input: { documentId: 'no-such-id', step: 'REVIEW', actor: '某人' } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is for the office’s staff: leaders read but do not write', async () => {
    const { errors } = await subgraph.request(advance, { input: step('ISSUE') }, viewers.leader);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('archiveDocument', () => {
    it('files a completed document under the next number of its series', async () => {
      const prefix = `J067-WS·${thisYear()}-Y-LZC-`;
      const filed = demo.documents.filter((document) => document.archive?.archiveNumber.startsWith(prefix)).length;
      const before = await snapshot();
      const { data, errors } = await asClerk(archive, { input: { documentId, retentionPeriod: 'PERMANENT', archivedBy: '赵树森（文书）' } });
      expect(errors).toBeUndefined();
      expect(data!.archiveDocument).toEqual({
        archiveNumber: `${prefix}${String(filed + 1).padStart(4, '0')}`,
        year: thisYear(),
        retentionPeriod: 'PERMANENT',
        retainUntilYear: null,
        document: { id: documentId, archive: { archiveNumber: `${prefix}${String(filed + 1).padStart(4, '0')}` } },
      });
      expect((await snapshot())!.archiveRecords.totalCount).toBe(before!.archiveRecords.totalCount + 1);
    });

    it('keeps a ten-year file until ten years after its year', async () => {
      const completed = first(demo.documents, (document) => unclassified(document) && document.completedAt !== null && document.archive === null);
      const { data, errors } = await asClerk(archive, { input: { documentId: completed.id, retentionPeriod: 'TEN_YEARS', archivedBy: '赵树森（文书）' } });
      expect(errors).toBeUndefined();
      expect(data!.archiveDocument.retainUntilYear).toBe(data!.archiveDocument.year + 10);
    });

    it('refuses documents that are in progress or already archived with CONFLICT, unknown or classified ones with NOT_FOUND', async () => {
      const inProgress = first(demo.documents, (document) => unclassified(document) && document.completedAt === null);
      const classified = first(demo.documents, (document) => !unclassified(document) && document.completedAt !== null && document.archive === null);
      const before = await snapshot();
      const attempt = async (id: string) =>
        (await asClerk(archive, { input: { documentId: id, retentionPeriod: 'THIRTY_YEARS', archivedBy: '赵树森（文书）' } })).errors?.[0]
          ?.extensions?.code;
      expect(await attempt(inProgress.id)).toBe('CONFLICT');
      expect(await attempt(documentId)).toBe('CONFLICT');
      expect(await attempt('no-such-id')).toBe('NOT_FOUND');
      expect(await attempt(classified.id)).toBe('NOT_FOUND');
      expect(await snapshot()).toEqual(before);
    });
  });
});
