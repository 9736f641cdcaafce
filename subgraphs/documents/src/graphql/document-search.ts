import { checkPageSize, userInputError } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { readableClassifications } from '../domain/classification.js';
import { searchTokens } from '../domain/search-text.js';
import { Prisma, type OfficeDocument } from '../generated/prisma/client.js';
import { OfficeDocumentRef } from './documents.js';
import { OfficeDocumentDirectionEnum } from './enums.js';
import { MAX_PAGE_SIZE } from './pagination.js';

const OfficeDocumentSearchFilter = builder.inputType('OfficeDocumentSearchFilter', {
  fields: (t) => ({
    provinceCode: t.id({ description: '230000 (黑龙江) or 220000 (吉林).' }),
    direction: t.field({ type: OfficeDocumentDirectionEnum }),
  }),
});

// Results are ordered by relevance, which no column holds, so cursors are positions in the ranking.
const CURSOR_PREFIX = 'rank:';

function cursorAt(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');
}

function positionAfter(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(position) || position < 0) {
    throw userInputError('`after` is not a cursor of this search', [{ field: 'after', message: 'is not a cursor of this search' }]);
  }
  return position + 1;
}

builder.queryFields((t) => ({
  searchOfficeDocuments: t.connection(
    {
      type: OfficeDocumentRef,
      description:
        '公文信息查询 (full text): documents whose title, issuing body or body contain every word of `query`, ' +
        'most relevant first (title matches rank above body matches). Chinese is matched by word: ' +
        '森林防火 finds 森林防火工作 and 保护森林……加强防火, but not 森林资源 alone. Pages forward only.',
      args: {
        query: t.arg.string({ required: true }),
        filter: t.arg({ type: OfficeDocumentSearchFilter }),
      },
      resolve: async (_root, args, context) => {
        checkPageSize(args, MAX_PAGE_SIZE);
        if (args.last != null || args.before != null) {
          throw userInputError('Search results page forward only: use `first` and `after`', [
            { field: args.last != null ? 'last' : 'before', message: 'is not supported by search' },
          ]);
        }
        const tokens = searchTokens(args.query);
        if (!tokens) throw userInputError('The search query has no words', [{ field: 'query', message: 'has no words to search for' }]);
        const offset = positionAfter(args.after);
        const limit = args.first ?? 20;

        const where = Prisma.join(
          [
            Prisma.sql`"searchVector" @@ plainto_tsquery('simple', ${tokens})`,
            Prisma.sql`"classification"::text IN (${Prisma.join(readableClassifications(context.viewer.clearance))})`,
            ...(args.filter?.provinceCode ? [Prisma.sql`"provinceCode" = ${String(args.filter.provinceCode)}`] : []),
            ...(args.filter?.direction ? [Prisma.sql`"direction"::text = ${args.filter.direction}`] : []),
          ],
          ' AND ',
        );
        const hits = await context.db.$queryRaw<{ id: string; rank: number }[]>`
          SELECT "id", ts_rank("searchVector", plainto_tsquery('simple', ${tokens}))::float8 AS "rank"
          FROM "OfficeDocument"
          WHERE ${where}
          ORDER BY "rank" DESC, "registeredAt" DESC, "id"
          LIMIT ${limit + 1} OFFSET ${offset}`;
        const page = hits.slice(0, limit);
        const documents = await context.db.officeDocument.findMany({ where: { id: { in: page.map((hit) => hit.id) } } });
        const byId = new Map(documents.map((document) => [document.id, document]));

        return {
          totalCount: async () => {
            const [row] = await context.db.$queryRaw<{ total: number }[]>`
              SELECT count(*)::int AS "total" FROM "OfficeDocument" WHERE ${where}`;
            return row!.total;
          },
          pageInfo: {
            hasNextPage: hits.length > limit,
            hasPreviousPage: offset > 0,
            startCursor: page.length > 0 ? cursorAt(offset) : null,
            endCursor: page.length > 0 ? cursorAt(offset + page.length - 1) : null,
          },
          edges: page.map((hit, index) => ({
            cursor: cursorAt(offset + index),
            rank: hit.rank,
            node: byId.get(hit.id) as OfficeDocument,
          })),
        };
      },
    },
    {
      name: 'OfficeDocumentSearchConnection',
      fields: (t) => ({
        totalCount: t.int({ resolve: (connection) => connection.totalCount() }),
      }),
    },
    {
      name: 'OfficeDocumentSearchEdge',
      fields: (t) => ({
        rank: t.float({ description: 'Relevance (ts_rank); higher is more relevant.', resolve: (edge) => edge.rank }),
      }),
    },
  ),
}));
