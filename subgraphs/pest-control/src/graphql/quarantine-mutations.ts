import { conflictError, notFoundError, parseInput } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import { builder, type Context } from '../builder.js';
import { chinaDay, isoDay } from '../domain/dates.js';
import {
  certificateInput,
  certificateNumber,
  certificateNumberPrefix,
  certificateStartProblems,
  INSPECTION_VALIDITY_DAYS,
  inspectionInput,
  inspectionResultProblems,
  MAX_CERTIFICATE_VALIDITY_DAYS,
  serialOf,
} from '../domain/quarantine-rules.js';
import { QuarantineConsignmentKindEnum, QuarantineInspectionResultEnum } from './enums.js';
import { invalidInput } from './problems.js';

const RecordQuarantineInspectionInput = builder.inputType('RecordQuarantineInspectionInput', {
  description: 'The inspection of a consignment leaving a county of Heilongjiang or Jilin for another.',
  fields: (t) => ({
    consignmentKind: t.field({ type: QuarantineConsignmentKindEnum, required: true }),
    consignment: t.string({ required: true, description: 'What is moved, e.g. 红松原木.' }),
    quantity: t.float({ required: true, description: 'm³ of timber; whole plants of seedlings or pieces of packaging.' }),
    consignor: t.string({ required: true, description: '货主或调运单位.' }),
    originDivisionCode: t.id({ required: true, description: 'County of origin (调出地).' }),
    destinationDivisionCode: t.id({ required: true, description: 'County of destination (调入地), another county.' }),
    inspectedOn: t.field({ type: 'Date', required: true }),
    inspector: t.string({ required: true }),
    result: t.field({
      type: QuarantineInspectionResultEnum,
      required: true,
      description: 'FAILED names the pests found; PASSED cannot come with a quarantine pest found.',
    }),
    pestCodesFound: t.idList({ description: 'Pests found on the consignment, quarantine pests or not.' }),
  }),
});

const IssueQuarantineCertificateInput = builder.inputType('IssueQuarantineCertificateInput', {
  fields: (t) => ({
    issuingAuthority: t.string({ required: true, description: '签发机关, e.g. 伊春市丰林县森林病虫害防治检疫站.' }),
    validFrom: t.field({ type: 'Date', required: true, description: `From the inspection day to ${INSPECTION_VALIDITY_DAYS} days after it.` }),
    validUntil: t.field({
      type: 'Date',
      required: true,
      description: `Last day of validity; at most ${MAX_CERTIFICATE_VALIDITY_DAYS} days of validity, both ends included.`,
    }),
  }),
});

const revocationReason = z.string().trim().min(2, 'must have at least 2 characters').max(200, 'must have at most 200 characters');

builder.mutationFields((t) => ({
  recordQuarantineInspection: t.prismaField({
    type: 'QuarantineInspection',
    description: 'Records a quarantine inspection (检疫检查) of a consignment.',
    args: { input: t.arg({ type: RecordQuarantineInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, context: Context) => {
      const inspection = parseInput(inspectionInput, {
        ...input,
        originDivisionCode: String(input.originDivisionCode),
        destinationDivisionCode: String(input.destinationDivisionCode),
        pestCodesFound: (input.pestCodesFound ?? []).map(String),
      });
      return context.db.$transaction(async (tx) => {
        const pests = await tx.pest.findMany({ where: { code: { in: inspection.pestCodesFound } } });
        const known = new Set(pests.map((pest) => pest.code));
        const unknown = inspection.pestCodesFound.filter((code) => !known.has(code));
        if (unknown.length > 0) throw invalidInput([{ field: 'input.pestCodesFound', message: `unknown pests ${unknown.join(', ')}` }]);
        const problems = inspectionResultProblems(inspection.result, pests);
        if (problems.length > 0) throw invalidInput(problems);
        const { pestCodesFound, ...record } = inspection;
        return tx.quarantineInspection.create({
          ...query,
          data: { ...record, pestsFound: { connect: pestCodesFound.map((code) => ({ code })) } },
        });
      });
    },
  }),
  issueQuarantineCertificate: t.prismaField({
    type: 'QuarantineCertificate',
    description:
      'Issues the plant quarantine certificate (植物检疫证书) of a passed inspection, numbered per issuing county and ' +
      'year. An inspection gets at most one certificate; a failed one gets none (CONFLICT).',
    args: {
      inspectionId: t.arg.id({ required: true }),
      input: t.arg({ type: IssueQuarantineCertificateInput, required: true }),
    },
    resolve: async (query, _root, { inspectionId, input }, context: Context) => {
      const terms = parseInput(certificateInput, input);
      return context.db.$transaction(async (tx) => {
        const inspection = await tx.quarantineInspection.findUnique({
          where: { id: String(inspectionId) },
          include: { certificate: { select: { number: true } } },
        });
        if (!inspection) throw notFoundError('QuarantineInspection', String(inspectionId));
        if (inspection.result !== 'PASSED') {
          throw conflictError(`Inspection ${inspection.id} failed; a certificate may only be issued for a passed inspection`);
        }
        if (inspection.certificate) {
          throw conflictError(`Inspection ${inspection.id} already has certificate ${inspection.certificate.number}`, {
            certificateNumber: inspection.certificate.number,
          });
        }
        const problems = certificateStartProblems(terms.validFrom, inspection.inspectedOn);
        if (problems.length > 0) throw invalidInput(problems);

        const issuedAt = new Date();
        const year = chinaDay(issuedAt).getUTCFullYear();
        const prefix = certificateNumberPrefix(inspection.originDivisionCode, year);
        const last = await tx.quarantineCertificate.findFirst({
          where: { number: { startsWith: prefix } },
          orderBy: { number: 'desc' },
          select: { number: true },
        });
        // A concurrent issue of the same serial fails on the unique number and answers CONFLICT.
        return tx.quarantineCertificate.create({
          ...query,
          data: {
            ...terms,
            number: certificateNumber(inspection.originDivisionCode, year, last ? serialOf(last.number) + 1 : 1),
            inspectionId: inspection.id,
            issuedAt,
          },
        });
      });
    },
  }),
  revokeQuarantineCertificate: t.prismaField({
    type: 'QuarantineCertificate',
    description: 'Revokes a certificate from now on (撤销). Revocation is final; revoking twice is refused with CONFLICT.',
    args: {
      number: t.arg.string({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context: Context) => {
      const reason = parseInput(revocationReason, args.reason, 'reason');
      return context.db.$transaction(async (tx) => {
        const certificate = await tx.quarantineCertificate.findUnique({ where: { number: args.number.trim() } });
        if (!certificate) throw notFoundError('QuarantineCertificate', args.number);
        if (certificate.revokedAt) {
          throw conflictError(`Certificate ${certificate.number} was already revoked on ${isoDay(chinaDay(certificate.revokedAt))}`);
        }
        const { count } = await tx.quarantineCertificate.updateMany({
          where: { id: certificate.id, revokedAt: null },
          data: { revokedAt: new Date(), revocationReason: reason },
        });
        if (count === 0) throw conflictError(`Certificate ${certificate.number} was revoked concurrently`);
        return tx.quarantineCertificate.findUniqueOrThrow({ ...query, where: { id: certificate.id } });
      });
    },
  }),
}));
