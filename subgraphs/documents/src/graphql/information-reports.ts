import { checkPageSize, conflictError, parseInput, userInputError } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { monthOf, monthStart } from '../domain/calendar.js';
import {
  informationReportFiling,
  REPORTING_DEADLINE_DAY,
  reportingClosesAt,
  reportingWindow,
  ZERO_REPORT_TEXT,
  zeroInformationReportFiling,
} from '../domain/information-reports.js';
import { yearMonth } from '../domain/validation.js';
import type { Prisma } from '../generated/prisma/client.js';
import { MonthRangeInput, monthsOf } from './month-range.js';
import { OfficeUnitRef } from './office-units.js';
import { MAX_PAGE_SIZE } from './pagination.js';

type Transaction = Prisma.TransactionClient;

const REPORTING_RULE =
  `Every department and directly affiliated unit reports each month: items, or a zero report (${ZERO_REPORT_TEXT}), ` +
  `never both. Reporting on a month opens on its first day and closes at the end of day ${REPORTING_DEADLINE_DAY} ` +
  `of the following month (Beijing time).`;

builder.prismaObject('InformationReportItem', {
  description: '信息: one item of information reported.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    content: t.exposeString('content'),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('InformationReport', {
  description: `信息报送: a unit’s report for one month. ${REPORTING_RULE}`,
  fields: (t) => ({
    id: t.exposeID('id'),
    unit: t.relation('unit'),
    month: t.string({ description: 'YYYY-MM.', resolve: (report) => monthOf(report.month) }),
    isZeroReport: t.exposeBoolean('isZeroReport', { description: `零报送: “${ZERO_REPORT_TEXT}”.` }),
    reporter: t.exposeString('reporter', { description: '信息员.' }),
    filedAt: t.expose('filedAt', { type: 'DateTime', description: 'When the report was first filed.' }),
    itemCount: t.relationCount('items'),
    items: t.relation('items', { query: { orderBy: [{ filedAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

const InformationReportFilter = builder.inputType('InformationReportFilter', {
  fields: (t) => ({
    month: t.string({ description: 'YYYY-MM.' }),
    provinceCode: t.id(),
    unitCode: t.id(),
    isZeroReport: t.boolean(),
  }),
});

function reportWhere(filter: typeof InformationReportFilter.$inferInput | null | undefined): Prisma.InformationReportWhereInput {
  if (!filter) return {};
  return {
    ...(filter.month ? { month: monthStart(parseInput(yearMonth, filter.month, 'filter.month')) } : {}),
    ...(filter.provinceCode ? { unit: { provinceCode: String(filter.provinceCode) } } : {}),
    ...(filter.unitCode ? { unitCode: String(filter.unitCode) } : {}),
    ...(filter.isZeroReport != null ? { isZeroReport: filter.isZeroReport } : {}),
  };
}

interface MonthlyCompliance {
  month: string;
  expectedUnitCodes: string[];
  reports: { unitCode: string; isZeroReport: boolean; itemCount: number }[];
}

const InformationReportComplianceRef = builder.objectRef<MonthlyCompliance>('InformationReportCompliance').implement({
  description: '信息报送情况: how many units reported on one month, for the office’s monthly review and for leaders.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    closesAt: t.field({
      type: 'DateTime',
      description: 'When reporting on the month closes.',
      resolve: (row) => reportingClosesAt(row.month),
    }),
    expectedUnitCount: t.int({ resolve: (row) => row.expectedUnitCodes.length }),
    reportedUnitCount: t.int({ description: 'Units that filed items or a zero report.', resolve: (row) => row.reports.length }),
    zeroReportCount: t.int({ resolve: (row) => row.reports.filter((report) => report.isZeroReport).length }),
    itemCount: t.int({
      description: 'Items of information reported.',
      resolve: (row) => row.reports.reduce((sum, report) => sum + report.itemCount, 0),
    }),
    missingUnitCount: t.int({ resolve: (row) => row.expectedUnitCodes.length - row.reports.length }),
    complianceRate: t.float({
      description: 'Reported units over expected units, 0 to 1.',
      resolve: (row) => (row.expectedUnitCodes.length === 0 ? 1 : row.reports.length / row.expectedUnitCodes.length),
    }),
    missingUnits: t.field({
      type: [OfficeUnitRef],
      description: 'Units that have not reported, by code.',
      resolve: async (row, _args, context) => {
        const reported = new Set(row.reports.map((report) => report.unitCode));
        const missing = row.expectedUnitCodes.filter((code) => !reported.has(code));
        const units = await Promise.all(missing.map((code) => context.loaders.officeUnit.load(code)));
        return units.filter((unit) => unit !== null);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  informationReports: t.prismaConnection({
    type: 'InformationReport',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Monthly information reports, latest month first, then by unit.',
    args: { filter: t.arg({ type: InformationReportFilter }) },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.informationReport.count({ where: reportWhere(args.filter) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.informationReport.findMany({
        ...query,
        where: reportWhere(args.filter),
        orderBy: [{ month: 'desc' }, { unitCode: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  missingInformationReports: t.prismaField({
    type: ['OfficeUnit'],
    description: `未报送: the units that have filed neither items nor a zero report for \`month\` (YYYY-MM). ${REPORTING_RULE}`,
    args: {
      month: t.arg.string({ required: true }),
      provinceCode: t.arg.id({ description: '230000 (黑龙江) or 220000 (吉林); both when omitted.' }),
    },
    resolve: (query, _root, args, context) => {
      const month = monthStart(parseInput(yearMonth, args.month, 'month'));
      return context.db.officeUnit.findMany({
        ...query,
        where: {
          informationReports: { none: { month } },
          ...(args.provinceCode ? { provinceCode: String(args.provinceCode) } : {}),
        },
        orderBy: { code: 'asc' },
      });
    },
  }),
  informationReportCompliance: t.field({
    type: [InformationReportComplianceRef],
    description: `信息报送情况 month by month, oldest first. ${REPORTING_RULE}`,
    args: {
      range: t.arg({ type: MonthRangeInput, required: true }),
      provinceCode: t.arg.id({ description: '230000 (黑龙江) or 220000 (吉林); both when omitted.' }),
    },
    resolve: async (_root, args, context) => {
      const months = monthsOf(args.range);
      const unitWhere = args.provinceCode ? { provinceCode: String(args.provinceCode) } : {};
      const [units, reports] = await Promise.all([
        context.db.officeUnit.findMany({ where: unitWhere, select: { code: true }, orderBy: { code: 'asc' } }),
        context.db.informationReport.findMany({
          where: { month: { gte: monthStart(months[0]!), lte: monthStart(months.at(-1)!) }, unit: unitWhere },
          select: { unitCode: true, month: true, isZeroReport: true, _count: { select: { items: true } } },
        }),
      ]);
      const expectedUnitCodes = units.map((unit) => unit.code);
      return months.map((month) => ({
        month,
        expectedUnitCodes,
        reports: reports
          .filter((report) => monthOf(report.month) === month)
          .map((report) => ({ unitCode: report.unitCode, isZeroReport: report.isZeroReport, itemCount: report._count.items })),
      }));
    },
  }),
}));

const InformationItemInput = builder.inputType('InformationItemInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    content: t.string({ required: true }),
  }),
});

const FileInformationReportInput = builder.inputType('FileInformationReportInput', {
  fields: (t) => ({
    unitCode: t.id({ required: true }),
    month: t.string({ required: true, description: 'YYYY-MM.' }),
    reporter: t.string({ required: true, description: '信息员.' }),
    items: t.field({ type: [InformationItemInput], required: true }),
  }),
});

const FileZeroInformationReportInput = builder.inputType('FileZeroInformationReportInput', {
  fields: (t) => ({
    unitCode: t.id({ required: true }),
    month: t.string({ required: true, description: 'YYYY-MM.' }),
    reporter: t.string({ required: true, description: '信息员.' }),
  }),
});

/** Refuses a month that has not started (bad input) or whose reporting has closed (too late). */
function checkReportingOpen(month: string) {
  const window = reportingWindow(month, new Date());
  if (window === 'NOT_OPEN') {
    throw userInputError(`Reporting on ${month} has not opened yet`, [{ field: 'input.month', message: 'has not started yet' }]);
  }
  if (window === 'CLOSED') {
    throw conflictError(`Reporting on ${month} closed at ${reportingClosesAt(month).toISOString()}`, { field: 'input.month' });
  }
}

/** The unit's report on the month, if any, after checking that the unit exists. */
async function existingReport(tx: Transaction, unitCode: string, month: Date) {
  const unit = await tx.officeUnit.findUnique({ where: { code: unitCode }, select: { code: true } });
  if (!unit) throw userInputError(`Unknown unit ${unitCode}`, [{ field: 'input.unitCode', message: 'unknown unit' }]);
  return tx.informationReport.findUnique({ where: { unitCode_month: { unitCode, month } } });
}

builder.mutationFields((t) => ({
  fileInformationReport: t.prismaField({
    type: 'InformationReport',
    description: `报送信息: files items of information for a month, adding to the unit’s report if it has one. ${REPORTING_RULE}`,
    args: { input: t.arg({ type: FileInformationReportInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { unitCode, month, reporter, items } = parseInput(informationReportFiling, input);
      checkReportingOpen(month);
      return context.db.$transaction(async (tx) => {
        const monthDate = monthStart(month);
        const report = await existingReport(tx, unitCode, monthDate);
        if (report?.isZeroReport) {
          throw conflictError(`${unitCode} filed a zero report (${ZERO_REPORT_TEXT}) for ${month}; it cannot also report items`);
        }
        const { id } = report
          ? await tx.informationReport.update({ where: { id: report.id }, data: { items: { create: items } }, select: { id: true } })
          : await tx.informationReport.create({
              data: { unitCode, month: monthDate, isZeroReport: false, reporter, items: { create: items } },
              select: { id: true },
            });
        return tx.informationReport.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  fileZeroInformationReport: t.prismaField({
    type: 'InformationReport',
    description: `零报送: files “${ZERO_REPORT_TEXT}” for a month in which the unit has nothing to report. ${REPORTING_RULE}`,
    args: { input: t.arg({ type: FileZeroInformationReportInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { unitCode, month, reporter } = parseInput(zeroInformationReportFiling, input);
      checkReportingOpen(month);
      return context.db.$transaction(async (tx) => {
        const monthDate = monthStart(month);
        const report = await existingReport(tx, unitCode, monthDate);
        if (report) {
          throw conflictError(
            report.isZeroReport
              ? `${unitCode} already filed a zero report for ${month}`
              : `${unitCode} already reported items for ${month}; it cannot also file a zero report`,
          );
        }
        return tx.informationReport.create({ ...query, data: { unitCode, month: monthDate, isZeroReport: true, reporter } });
      });
    },
  }),
}));
