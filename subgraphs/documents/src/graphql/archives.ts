import { checkPageSize, conflictError, notFoundError, parseInput, type Clearance } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { archiveFiling, archiveNumber, archiveSeriesPrefix, retainUntilYear } from '../domain/archives.js';
import { beijingDay } from '../domain/calendar.js';
import { visibleDocuments } from '../domain/classification.js';
import { forestryDepartmentOf } from '../domain/departments.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ArchiveRetentionPeriodEnum } from './enums.js';
import { MAX_PAGE_SIZE } from './pagination.js';

builder.prismaObject('ArchiveRecord', {
  description: '档案: a completed document filed in the archives under its archive number (档号).',
  fields: (t) => ({
    id: t.exposeID('id'),
    archiveNumber: t.exposeString('archiveNumber', {
      description: '档号: fonds-文书(WS)·year-retention-organisation-item, e.g. J105-WS·2026-Y-BGS-0001.',
    }),
    year: t.exposeInt('year', { description: '年度: the year the document was completed.' }),
    retentionPeriod: t.expose('retentionPeriod', { type: ArchiveRetentionPeriodEnum }),
    retainUntilYear: t.int({
      nullable: true,
      description: 'The last year the file is kept; null when kept permanently.',
      resolve: (record) => retainUntilYear(record.year, record.retentionPeriod),
    }),
    archivedBy: t.exposeString('archivedBy', { description: '归档人.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime' }),
    document: t.relation('document'),
  }),
});

const ArchiveRecordFilter = builder.inputType('ArchiveRecordFilter', {
  fields: (t) => ({
    provinceCode: t.id(),
    year: t.int(),
    retentionPeriod: t.field({ type: ArchiveRetentionPeriodEnum }),
    leadUnitCode: t.id({ description: 'The unit that led the document.' }),
  }),
});

/** The filter, always limited to records of documents the caller may see. */
function archiveWhere(
  filter: typeof ArchiveRecordFilter.$inferInput | null | undefined,
  clearance: Clearance,
): Prisma.ArchiveRecordWhereInput {
  return {
    document: {
      ...visibleDocuments(clearance),
      ...(filter?.provinceCode ? { provinceCode: String(filter.provinceCode) } : {}),
      ...(filter?.leadUnitCode ? { leadUnitCode: String(filter.leadUnitCode) } : {}),
    },
    ...(filter?.year != null ? { year: filter.year } : {}),
    ...(filter?.retentionPeriod ? { retentionPeriod: filter.retentionPeriod } : {}),
  };
}

builder.queryFields((t) => ({
  archiveRecord: t.prismaField({
    type: 'ArchiveRecord',
    nullable: true,
    description: 'An archive record by its archive number (档号).',
    args: { archiveNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.archiveRecord.findFirst({ ...query, where: { archiveNumber: args.archiveNumber, document: visibleDocuments(context.viewer.clearance) } }),
  }),
  archiveRecords: t.prismaConnection({
    type: 'ArchiveRecord',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Archive records matching a filter, by archive number.',
    args: { filter: t.arg({ type: ArchiveRecordFilter }) },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.archiveRecord.count({ where: archiveWhere(args.filter, context.viewer.clearance) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.archiveRecord.findMany({
        ...query,
        where: archiveWhere(args.filter, context.viewer.clearance),
        orderBy: [{ archiveNumber: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

const ArchiveDocumentInput = builder.inputType('ArchiveDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    retentionPeriod: t.field({ type: ArchiveRetentionPeriodEnum, required: true }),
    archivedBy: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  archiveDocument: t.prismaField({
    type: 'ArchiveRecord',
    description: '归档: files a completed (issued or closed) document once, giving it the next archive number of its series.',
    args: { input: t.arg({ type: ArchiveDocumentInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const data = parseInput(archiveFiling, input);
      return context.db.$transaction(async (tx) => {
        const document = await tx.officeDocument.findFirst({
          where: { id: data.documentId, ...visibleDocuments(context.viewer.clearance) },
          include: { leadUnit: true, archive: { select: { archiveNumber: true } } },
        });
        if (!document) throw notFoundError('OfficeDocument', data.documentId);
        if (!document.completedAt) {
          throw conflictError(`Document ${document.id} is awaiting ${document.currentStep}; only completed documents are archived`);
        }
        if (document.archive) throw conflictError(`Document ${document.id} is already archived as ${document.archive.archiveNumber}`);
        const parts = {
          fondsCode: forestryDepartmentOf(document.provinceCode).fondsCode,
          year: beijingDay(document.completedAt).getUTCFullYear(),
          retentionPeriod: data.retentionPeriod,
          orgCode: document.leadUnit.orgCode,
        };
        // Archive numbers are never withdrawn, so the count of the series is its last item number.
        const filed = await tx.archiveRecord.count({ where: { archiveNumber: { startsWith: archiveSeriesPrefix(parts) } } });
        return tx.archiveRecord.create({
          ...query,
          data: {
            documentId: document.id,
            archiveNumber: archiveNumber(parts, filed + 1),
            year: parts.year,
            retentionPeriod: data.retentionPeriod,
            archivedBy: data.archivedBy,
          },
        });
      });
    },
  }),
}));
