import { divisions } from '@forestry/forest-resources/reference-data';
import { z } from 'zod';
import { OfficeDocumentClassification, OfficeDocumentStep, OfficeDocumentUrgency } from '../generated/prisma/enums.js';
import { beijingDay } from './calendar.js';
import { distinctList, id, optionalText, text } from './validation.js';

const knownDivisionCodes = new Set(divisions.map((division) => division.code));

const documentContent = {
  title: text(200),
  body: text(50_000),
  classification: z.enum(OfficeDocumentClassification),
  urgency: z.enum(OfficeDocumentUrgency),
  leadUnitCode: id,
  routedUnitCodes: distinctList(id, 30),
  divisionCodes: distinctList(
    z.string().refine((code) => knownDivisionCodes.has(code), 'must be a GB/T 2260 code of Heilongjiang or Jilin'),
    50,
  ),
  subCompartmentIds: distinctList(z.uuid('must be a sub-compartment id'), 200),
};

function leadUnitIsNotRouted(input: { leadUnitCode: string; routedUnitCodes: string[] }, context: z.RefinementCtx) {
  if (input.routedUnitCodes.includes(input.leadUnitCode)) {
    context.addIssue({ code: 'custom', path: ['routedUnitCodes'], message: 'must not repeat the lead unit' });
  }
}

export const incomingDocumentInput = z
  .object({
    ...documentContent,
    documentNumber: optionalText(50),
    issuingBody: text(100),
    documentDate: z.date().refine((day) => day <= beijingDay(new Date()), 'cannot be in the future'),
    registeredBy: text(50),
  })
  .superRefine(leadUnitIsNotRouted);

export const outgoingDocumentInput = z.object({ ...documentContent, draftedBy: text(50) }).superRefine(leadUnitIsNotRouted);

export const documentStepInput = z.object({
  documentId: id,
  step: z.enum(OfficeDocumentStep),
  actor: text(50),
  comment: optionalText(2000),
});

export const documentRejectionInput = z.object({
  documentId: id,
  step: z.enum(OfficeDocumentStep),
  actor: text(50),
  reason: text(2000),
});
