import { conflictError, notFoundError, parseInput, type Clearance, type FieldProblem } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { beijingDay } from '../domain/calendar.js';
import { visibleDocuments } from '../domain/classification.js';
import { forestryDepartmentOf } from '../domain/departments.js';
import {
  documentRejectionInput,
  documentStepInput,
  incomingDocumentInput,
  outgoingDocumentInput,
} from '../domain/document-rules.js';
import {
  advanceStep,
  firstStep,
  outgoingDocumentNumberPrefix,
  rejectStep,
  stepAfterCreation,
} from '../domain/document-workflow.js';
import { documentSearchTokens } from '../domain/search-text.js';
import type { Prisma } from '../generated/prisma/client.js';
import type {
  OfficeDocumentClassification,
  OfficeDocumentDirection,
  OfficeDocumentStep,
  OfficeDocumentUrgency,
} from '../generated/prisma/enums.js';
import { OfficeDocumentRef } from './documents.js';
import { OfficeDocumentClassificationEnum, OfficeDocumentStepEnum, OfficeDocumentUrgencyEnum } from './enums.js';
import { checkReferences } from './references.js';

type Transaction = Prisma.TransactionClient;

const RegisterIncomingDocumentInput = builder.inputType('RegisterIncomingDocumentInput', {
  description: '收文登记: a document received from another body. Classified documents are accepted.',
  fields: (t) => ({
    documentNumber: t.string({ description: 'The sender’s 文号, if the document has one.' }),
    title: t.string({ required: true }),
    issuingBody: t.string({ required: true, description: '发文机关, e.g. 国家林业和草原局.' }),
    documentDate: t.field({ type: 'Date', required: true, description: '成文日期.' }),
    classification: t.field({ type: OfficeDocumentClassificationEnum, required: true }),
    urgency: t.field({ type: OfficeDocumentUrgencyEnum, required: true }),
    body: t.string({ required: true, description: '正文.' }),
    leadUnitCode: t.id({ required: true, description: '承办处室: the unit to handle it; its department receives it.' }),
    routedUnitCodes: t.idList({ description: 'Other units of the same department to route it to.' }),
    divisionCodes: t.idList({ description: 'GB/T 2260 codes of the divisions it concerns.' }),
    subCompartmentIds: t.idList({ description: 'Ids of the sub-compartments it concerns.' }),
    registeredBy: t.string({ required: true, description: 'The clerk (文书) who registers it.' }),
  }),
});

const DraftOutgoingDocumentInput = builder.inputType('DraftOutgoingDocumentInput', {
  description: '拟稿: a new outgoing document. It gets its 文号 when issued.',
  fields: (t) => ({
    title: t.string({ required: true }),
    classification: t.field({ type: OfficeDocumentClassificationEnum, required: true }),
    urgency: t.field({ type: OfficeDocumentUrgencyEnum, required: true }),
    body: t.string({ required: true, description: '正文.' }),
    leadUnitCode: t.id({ required: true, description: '拟稿处室: the drafting unit; its department issues the document.' }),
    routedUnitCodes: t.idList({ description: 'Other units of the same department to route it to, e.g. for countersigning.' }),
    divisionCodes: t.idList({ description: 'GB/T 2260 codes of the divisions it concerns.' }),
    subCompartmentIds: t.idList({ description: 'Ids of the sub-compartments it concerns.' }),
    draftedBy: t.string({ required: true }),
  }),
});

const AdvanceDocumentStepInput = builder.inputType('AdvanceDocumentStepInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    step: t.field({ type: OfficeDocumentStepEnum, required: true, description: 'The step being completed: the one awaiting action.' }),
    actor: t.string({ required: true }),
    comment: t.string({ description: '办理意见.' }),
  }),
});

const RejectDocumentStepInput = builder.inputType('RejectDocumentStepInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    step: t.field({ type: OfficeDocumentStepEnum, required: true, description: 'The step being rejected: the one awaiting action.' }),
    actor: t.string({ required: true }),
    reason: t.string({ required: true, description: '退回理由.' }),
  }),
});

const OfficeDocumentReceiptRef = builder.objectRef<{ documentId: string }>('OfficeDocumentReceipt').implement({
  description: 'The result of registering or drafting a document.',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    document: t.field({
      type: OfficeDocumentRef,
      nullable: true,
      description: 'The document, or null when the caller may not see its classification.',
      resolve: (receipt, _args, context) => context.loaders.documents(context.viewer.clearance).byId.load(receipt.documentId),
    }),
  }),
});

/** The lead unit, checked together with the routed units: all must exist in one department. */
async function checkUnits(tx: Transaction, leadUnitCode: string, routedUnitCodes: string[]) {
  const units = await tx.officeUnit.findMany({ where: { code: { in: [leadUnitCode, ...routedUnitCodes] } } });
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const leadUnit = byCode.get(leadUnitCode);
  const problems: FieldProblem[] = [];
  if (!leadUnit) problems.push({ field: 'input.leadUnitCode', message: `unknown unit ${leadUnitCode}` });
  routedUnitCodes.forEach((code, index) => {
    const unit = byCode.get(code);
    if (!unit) problems.push({ field: `input.routedUnitCodes.${index}`, message: `unknown unit ${code}` });
    else if (leadUnit && unit.provinceCode !== leadUnit.provinceCode) {
      problems.push({ field: `input.routedUnitCodes.${index}`, message: `${code} belongs to another province’s department` });
    }
  });
  checkReferences(problems);
  return leadUnit!; // a missing lead unit is among the problems
}

interface NewDocument {
  direction: OfficeDocumentDirection;
  provinceCode: string;
  documentNumber?: string | null;
  title: string;
  issuingBody: string;
  documentDate?: Date;
  classification: OfficeDocumentClassification;
  urgency: OfficeDocumentUrgency;
  body: string;
  leadUnitCode: string;
  routedUnitCodes: string[];
  divisionCodes: string[];
  subCompartmentIds: string[];
  createdBy: string;
}

function createDocument(tx: Transaction, { routedUnitCodes, createdBy, leadUnitCode, ...document }: NewDocument) {
  return tx.officeDocument.create({
    data: {
      ...document,
      ...documentSearchTokens(document),
      leadUnit: { connect: { code: leadUnitCode } },
      routedUnits: { connect: routedUnitCodes.map((code) => ({ code })) },
      currentStep: stepAfterCreation(document.direction),
      steps: { create: { step: firstStep(document.direction), decision: 'COMPLETED', actor: createdBy } },
    },
    select: { id: true },
  });
}

/** A document the caller may see, or NOT_FOUND: classified documents do not exist for them. */
async function findVisibleDocument(tx: Transaction, id: string, clearance: Clearance) {
  const document = await tx.officeDocument.findFirst({ where: { id, ...visibleDocuments(clearance) } });
  if (!document) throw notFoundError('OfficeDocument', id);
  return document;
}

/** Moves a document on from the step it was read at; a concurrent move makes this one fail. */
async function moveTo(
  tx: Transaction,
  document: { id: string; currentStep: OfficeDocumentStep },
  data: Prisma.OfficeDocumentUpdateManyMutationInput,
) {
  const { count } = await tx.officeDocument.updateMany({
    where: { id: document.id, currentStep: document.currentStep, completedAt: null },
    data,
  });
  if (count === 0) throw conflictError(`Document ${document.id} was changed concurrently; read it again`);
}

/** The next 文号 of the department in the year of `issuedOn`, and the issue date. */
async function nextDocumentNumber(tx: Transaction, provinceCode: string, issuedOn: Date) {
  const prefix = outgoingDocumentNumberPrefix(provinceCode, issuedOn.getUTCFullYear());
  // Numbers are only ever assigned here and never withdrawn, so the count is the last sequence.
  const issued = await tx.officeDocument.count({
    where: { provinceCode, direction: 'OUTGOING', documentNumber: { startsWith: prefix } },
  });
  return { documentNumber: `${prefix}${issued + 1}号`, documentDate: issuedOn };
}

builder.mutationFields((t) => ({
  registerIncomingDocument: t.field({
    type: OfficeDocumentReceiptRef,
    description: '收文登记: registers a received document; it then awaits PROPOSE (拟办).',
    args: { input: t.arg({ type: RegisterIncomingDocumentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { registeredBy, ...data } = parseInput(incomingDocumentInput, input);
      const created = await context.db.$transaction(async (tx) => {
        const leadUnit = await checkUnits(tx, data.leadUnitCode, data.routedUnitCodes);
        if (data.documentNumber) {
          const duplicate = await tx.officeDocument.count({
            where: { provinceCode: leadUnit.provinceCode, documentNumber: data.documentNumber },
          });
          if (duplicate > 0) {
            throw conflictError(`${data.documentNumber} is already registered by ${forestryDepartmentOf(leadUnit.provinceCode).name}`, {
              field: 'input.documentNumber',
            });
          }
        }
        return createDocument(tx, { ...data, direction: 'INCOMING', provinceCode: leadUnit.provinceCode, createdBy: registeredBy });
      });
      return { documentId: created.id };
    },
  }),
  draftOutgoingDocument: t.field({
    type: OfficeDocumentReceiptRef,
    description: '拟稿: creates an outgoing document; it then awaits REVIEW (核稿).',
    args: { input: t.arg({ type: DraftOutgoingDocumentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { draftedBy, ...data } = parseInput(outgoingDocumentInput, input);
      const created = await context.db.$transaction(async (tx) => {
        const leadUnit = await checkUnits(tx, data.leadUnitCode, data.routedUnitCodes);
        return createDocument(tx, {
          ...data,
          direction: 'OUTGOING',
          provinceCode: leadUnit.provinceCode,
          issuingBody: forestryDepartmentOf(leadUnit.provinceCode).name,
          createdBy: draftedBy,
        });
      });
      return { documentId: created.id };
    },
  }),
  advanceDocumentStep: t.prismaField({
    type: 'OfficeDocument',
    description:
      'Completes the step awaiting action; the document moves on to the next step. Completing ISSUE ' +
      'assigns the 文号 of an outgoing document; completing ISSUE or CLOSE completes the document.',
    args: { input: t.arg({ type: AdvanceDocumentStepInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const data = parseInput(documentStepInput, input);
      return context.db.$transaction(async (tx) => {
        const document = await findVisibleDocument(tx, data.documentId, context.viewer.clearance);
        const next = advanceStep(document, data.step);
        const now = new Date();
        const issue = next.completed && document.direction === 'OUTGOING'
          ? await nextDocumentNumber(tx, document.provinceCode, beijingDay(now))
          : {};
        await moveTo(tx, document, { currentStep: next.currentStep, completedAt: next.completed ? now : null, ...issue });
        await tx.officeDocumentStepRecord.create({
          data: { documentId: document.id, step: data.step, decision: 'COMPLETED', actor: data.actor, comment: data.comment, decidedAt: now },
        });
        return tx.officeDocument.findUniqueOrThrow({ ...query, where: { id: document.id } });
      });
    },
  }),
  rejectDocumentStep: t.prismaField({
    type: 'OfficeDocument',
    description: '退回: rejects the step awaiting action with a reason; the document goes back one step.',
    args: { input: t.arg({ type: RejectDocumentStepInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const data = parseInput(documentRejectionInput, input);
      return context.db.$transaction(async (tx) => {
        const document = await findVisibleDocument(tx, data.documentId, context.viewer.clearance);
        const currentStep = rejectStep(document, data.step);
        const now = new Date();
        await moveTo(tx, document, { currentStep });
        await tx.officeDocumentStepRecord.create({
          data: { documentId: document.id, step: data.step, decision: 'REJECTED', actor: data.actor, comment: data.reason, decidedAt: now },
        });
        return tx.officeDocument.findUniqueOrThrow({ ...query, where: { id: document.id } });
      });
    },
  }),
}));
