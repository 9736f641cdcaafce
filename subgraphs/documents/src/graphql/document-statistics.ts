import { builder } from '../builder.js';
import { readableClassifications } from '../domain/classification.js';
import { Prisma } from '../generated/prisma/client.js';
import type { OfficeDocumentDirection } from '../generated/prisma/enums.js';
import { OfficeDocumentDirectionEnum } from './enums.js';
import { MonthRangeInput, monthsOf } from './month-range.js';

interface MonthlyThroughput {
  month: string;
  direction: OfficeDocumentDirection;
  registered: number;
  completed: number;
  averageCompletionDays: number | null;
}

const OfficeDocumentThroughputRef = builder.objectRef<MonthlyThroughput>('OfficeDocumentThroughput').implement({
  description: '公文办理量: documents of one direction registered and completed in one month (Beijing time).',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    direction: t.field({ type: OfficeDocumentDirectionEnum, resolve: (row) => row.direction }),
    registered: t.exposeInt('registered', { description: 'Documents registered (收文) or drafted (发文) in the month.' }),
    completed: t.exposeInt('completed', { description: 'Documents closed (办结) or issued (印发) in the month.' }),
    averageCompletionDays: t.exposeFloat('averageCompletionDays', {
      nullable: true,
      description: 'Average days from registration to completion of the documents completed in the month.',
    }),
  }),
});

const DIRECTIONS: readonly OfficeDocumentDirection[] = ['INCOMING', 'OUTGOING'];

builder.queryFields((t) => ({
  officeDocumentThroughput: t.field({
    type: [OfficeDocumentThroughputRef],
    description:
      '公文办理统计: for leaders, documents registered and completed per month and direction; ' +
      'months without documents count zero. Only documents the caller may see are counted.',
    args: {
      range: t.arg({ type: MonthRangeInput, required: true }),
      provinceCode: t.arg.id({ description: '230000 (黑龙江) or 220000 (吉林); both when omitted.' }),
    },
    resolve: async (_root, args, context) => {
      const months = monthsOf(args.range);
      const scope = Prisma.join(
        [
          Prisma.sql`"classification"::text IN (${Prisma.join(readableClassifications(context.viewer.clearance))})`,
          ...(args.provinceCode ? [Prisma.sql`"provinceCode" = ${String(args.provinceCode)}`] : []),
        ],
        ' AND ',
      );
      // Timestamps are stored in UTC; eight hours later is the Beijing wall clock the months follow.
      const rows = await context.db.$queryRaw<MonthlyThroughput[]>`
        SELECT "month", "direction"::text AS "direction",
          count(*) FILTER (WHERE "event" = 'registered')::int AS "registered",
          count(*) FILTER (WHERE "event" = 'completed')::int AS "completed",
          round(avg("days")::numeric, 1)::float8 AS "averageCompletionDays"
        FROM (
          SELECT to_char("registeredAt" + interval '8 hours', 'YYYY-MM') AS "month", "direction",
            'registered' AS "event", NULL::float8 AS "days"
          FROM "OfficeDocument" WHERE ${scope}
          UNION ALL
          SELECT to_char("completedAt" + interval '8 hours', 'YYYY-MM'), "direction",
            'completed', extract(epoch FROM "completedAt" - "registeredAt") / 86400
          FROM "OfficeDocument" WHERE ${scope} AND "completedAt" IS NOT NULL
        ) AS "events"
        WHERE "month" BETWEEN ${months[0]!} AND ${months.at(-1)!}
        GROUP BY "month", "direction"`;
      const byKey = new Map(rows.map((row) => [`${row.month}|${row.direction}`, row]));
      return months.flatMap((month) =>
        DIRECTIONS.map(
          (direction) =>
            byKey.get(`${month}|${direction}`) ?? { month, direction, registered: 0, completed: 0, averageCompletionDays: null },
        ),
      );
    },
  }),
}));
