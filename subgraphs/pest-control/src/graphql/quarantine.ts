import { checkPageSize, divisionPrefix, PUBLIC } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { validityOf, validityWhere, type CertificateValidity } from '../domain/certificate-validity.js';
import { QUANTITY_UNITS } from '../domain/quarantine-rules.js';
import type { Prisma } from '../generated/prisma/client.js';
import {
  QuarantineCertificateValidityEnum,
  QuarantineConsignmentKindEnum,
  QuarantineInspectionResultEnum,
} from './enums.js';
import { DivisionRef } from './federation.js';

builder.prismaObject('QuarantineInspection', {
  description: '检疫检查: the quarantine inspection of a consignment moved from one county to another.',
  fields: (t) => ({
    id: t.exposeID('id'),
    consignmentKind: t.expose('consignmentKind', { type: QuarantineConsignmentKindEnum }),
    consignment: t.exposeString('consignment', { description: 'What is moved, e.g. 红松原木.' }),
    quantity: t.float({ resolve: (inspection) => Number(inspection.quantity) }),
    quantityUnit: t.string({ description: 'm³, 株 or 件.', resolve: (inspection) => QUANTITY_UNITS[inspection.consignmentKind] }),
    consignor: t.exposeString('consignor', { description: '货主或调运单位.' }),
    origin: t.field({ type: DivisionRef, description: 'County of origin (调出地).', resolve: (inspection) => ({ code: inspection.originDivisionCode }) }),
    destination: t.field({
      type: DivisionRef,
      description: 'County of destination (调入地).',
      resolve: (inspection) => ({ code: inspection.destinationDivisionCode }),
    }),
    inspectedOn: t.expose('inspectedOn', { type: 'Date' }),
    inspector: t.exposeString('inspector'),
    result: t.expose('result', { type: QuarantineInspectionResultEnum }),
    pestsFound: t.relation('pestsFound', { query: { orderBy: { code: 'asc' } } }),
    certificate: t.relation('certificate', { nullable: true }),
  }),
});

builder.prismaObject('QuarantineCertificate', {
  description: '植物检疫证书: the certificate issued for a passed inspection, valid for its consignment for a few days.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'Issuing county code, year and serial, e.g. 230724202600012.' }),
    inspection: t.relation('inspection'),
    issuingAuthority: t.exposeString('issuingAuthority', { description: '签发机关.' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validUntil: t.expose('validUntil', { type: 'Date', description: 'Last day of validity, included.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revocationReason: t.exposeString('revocationReason', { nullable: true }),
    validity: t.field({
      type: QuarantineCertificateValidityEnum,
      args: { asOf: t.arg({ type: 'DateTime', description: 'Defaults to now.' }) },
      resolve: (certificate, args) => validityOf(certificate, args.asOf ?? new Date()),
    }),
  }),
});

interface Verification {
  number: string;
  validity: CertificateValidity | 'UNKNOWN';
  checkedAt: Date;
}

const QuarantineCertificateVerificationRef = builder.objectRef<Verification>('QuarantineCertificateVerification');
QuarantineCertificateVerificationRef.implement({
  tag: 'public',
  description: '检疫证书查验: whether a certificate number is valid, without any detail of the consignment.',
  fields: (t) => ({
    number: t.string({ resolve: (verification) => verification.number }),
    validity: t.field({ type: QuarantineCertificateValidityEnum, resolve: (verification) => verification.validity }),
    checkedAt: t.field({ type: 'DateTime', resolve: (verification) => verification.checkedAt }),
  }),
});

const QuarantineInspectionFilter = builder.inputType('QuarantineInspectionFilter', {
  fields: (t) => ({
    originDivisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    destinationDivisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    consignmentKinds: t.field({ type: [QuarantineConsignmentKindEnum] }),
    result: t.field({ type: QuarantineInspectionResultEnum }),
    pestCode: t.id({ description: 'Inspections that found this pest.' }),
    inspectedFrom: t.field({ type: 'Date', description: 'Inclusive.' }),
    inspectedTo: t.field({ type: 'Date', description: 'Inclusive.' }),
  }),
});

const QuarantineInspectionSortField = builder.enumType('QuarantineInspectionSortField', {
  values: ['INSPECTED_ON', 'QUANTITY'] as const,
});

const QuarantineInspectionOrder = builder.inputType('QuarantineInspectionOrder', {
  fields: (t) => ({
    field: t.field({ type: QuarantineInspectionSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const QuarantineCertificateFilter = builder.inputType('QuarantineCertificateFilter', {
  fields: (t) => ({
    originDivisionCode: t.id({ description: 'Issued for consignments leaving this province, prefecture or county.' }),
    validity: t.field({ type: QuarantineCertificateValidityEnum, description: 'Standing at `asOf`; UNKNOWN matches nothing.' }),
  }),
});

const QuarantineCertificateSortField = builder.enumType('QuarantineCertificateSortField', {
  values: ['ISSUED_AT', 'VALID_UNTIL'] as const,
});

const QuarantineCertificateOrder = builder.inputType('QuarantineCertificateOrder', {
  fields: (t) => ({
    field: t.field({ type: QuarantineCertificateSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const MAX_PAGE_SIZE = 200;

const INSPECTION_SORT_COLUMNS = { INSPECTED_ON: 'inspectedOn', QUANTITY: 'quantity' } as const;
const CERTIFICATE_SORT_COLUMNS = { ISSUED_AT: 'issuedAt', VALID_UNTIL: 'validUntil' } as const;

function inspectionWhere(filter: typeof QuarantineInspectionFilter.$inferInput | null | undefined): Prisma.QuarantineInspectionWhereInput {
  if (!filter) return {};
  return {
    ...(filter.originDivisionCode ? { originDivisionCode: { startsWith: divisionPrefix(String(filter.originDivisionCode)) } } : {}),
    ...(filter.destinationDivisionCode
      ? { destinationDivisionCode: { startsWith: divisionPrefix(String(filter.destinationDivisionCode)) } }
      : {}),
    ...(filter.consignmentKinds ? { consignmentKind: { in: filter.consignmentKinds } } : {}),
    ...(filter.result ? { result: filter.result } : {}),
    ...(filter.pestCode ? { pestsFound: { some: { code: String(filter.pestCode) } } } : {}),
    ...(filter.inspectedFrom || filter.inspectedTo
      ? { inspectedOn: { ...(filter.inspectedFrom ? { gte: filter.inspectedFrom } : {}), ...(filter.inspectedTo ? { lte: filter.inspectedTo } : {}) } }
      : {}),
  };
}

function certificateWhere(
  filter: typeof QuarantineCertificateFilter.$inferInput | null | undefined,
  asOf: Date,
): Prisma.QuarantineCertificateWhereInput {
  if (!filter) return {};
  const { validity } = filter;
  return {
    ...(filter.originDivisionCode
      ? { inspection: { originDivisionCode: { startsWith: divisionPrefix(String(filter.originDivisionCode)) } } }
      : {}),
    ...(validity === 'UNKNOWN' ? { id: { in: [] } } : validity ? validityWhere(validity, asOf) : {}),
  };
}

builder.queryFields((t) => ({
  quarantineInspection: t.prismaField({
    type: 'QuarantineInspection',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.quarantineInspection.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  quarantineInspections: t.prismaConnection({
    type: 'QuarantineInspection',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Inspections matching a filter, latest first unless ordered otherwise, paginated by cursor.',
    args: {
      filter: t.arg({ type: QuarantineInspectionFilter }),
      orderBy: t.arg({ type: QuarantineInspectionOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.quarantineInspection.count({ where: inspectionWhere(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const order = args.orderBy ?? { field: 'INSPECTED_ON' as const, direction: 'DESC' as const };
      return context.db.quarantineInspection.findMany({
        ...query,
        where: inspectionWhere(args.filter),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [INSPECTION_SORT_COLUMNS[order.field]]: order.direction === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }],
      });
    },
  }),
  quarantineCertificate: t.prismaField({
    type: 'QuarantineCertificate',
    nullable: true,
    description: 'A certificate with all its details, for quarantine staff. The public uses `verifyQuarantineCertificate`.',
    args: { number: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) => context.db.quarantineCertificate.findUnique({ ...query, where: { number: args.number.trim() } }),
  }),
  quarantineCertificates: t.prismaConnection({
    type: 'QuarantineCertificate',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Certificates matching a filter, latest issued first unless ordered otherwise, paginated by cursor.',
    args: {
      filter: t.arg({ type: QuarantineCertificateFilter }),
      orderBy: t.arg({ type: QuarantineCertificateOrder }),
      asOf: t.arg({ type: 'DateTime', description: 'The instant the validity filter refers to; defaults to now.' }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.quarantineCertificate.count({ where: certificateWhere(args.filter, args.asOf ?? new Date()) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      const order = args.orderBy ?? { field: 'ISSUED_AT' as const, direction: 'DESC' as const };
      return context.db.quarantineCertificate.findMany({
        ...query,
        where: certificateWhere(args.filter, args.asOf ?? new Date()),
        // The id breaks ties so that cursors are stable under any sort.
        orderBy: [{ [CERTIFICATE_SORT_COLUMNS[order.field]]: order.direction === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }],
      });
    },
  }),
  verifyQuarantineCertificate: t.field({
    ...PUBLIC,
    type: QuarantineCertificateVerificationRef,
    description:
      '检疫证书查验: whether the certificate with this number is valid at `asOf` (default now). ' +
      'Answers UNKNOWN for a number never issued and reveals nothing else.',
    args: {
      number: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'DateTime' }),
    },
    resolve: async (_root, args, context) => {
      const number = args.number.trim();
      const checkedAt = args.asOf ?? new Date();
      const certificate = await context.db.quarantineCertificate.findUnique({
        where: { number },
        select: { validFrom: true, validUntil: true, revokedAt: true },
      });
      const validity: Verification['validity'] = certificate ? validityOf(certificate, checkedAt) : 'UNKNOWN';
      return { number, checkedAt, validity };
    },
  }),
}));
