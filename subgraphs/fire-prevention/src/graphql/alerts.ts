import { checkPageSize, type Viewer } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import type { Prisma } from '../generated/prisma/client.js';
import { atOrUnder, given, MAX_PAGE_SIZE } from './arguments.js';
import { FireAlertKindEnum, FireAlertLevelEnum } from './enums.js';
import { DivisionRef } from './federation.js';
import { withinViewerJurisdiction } from './jurisdiction.js';

builder.prismaObject('FireAlert', {
  description: '预警: an alert for a division, which the duty staff acknowledge once.',
  fields: (t) => ({
    id: t.exposeID('id'),
    division: t.field({ type: DivisionRef, description: 'A county, prefecture or province.', resolve: (alert) => ({ code: alert.divisionCode }) }),
    kind: t.expose('kind', { type: FireAlertKindEnum }),
    level: t.expose('level', { type: FireAlertLevelEnum }),
    message: t.exposeString('message'),
    incident: t.relation('incident', { nullable: true, description: 'The fire it is about, if any.' }),
    rating: t.relation('rating', { nullable: true, description: 'The fire-danger rating that raised it, if any.' }),
    raisedAt: t.expose('raisedAt', { type: 'DateTime' }),
    raisedBy: t.exposeString('raisedBy', { nullable: true, description: 'Null when the platform raised it.' }),
    acknowledged: t.boolean({ resolve: (alert) => alert.acknowledgedAt !== null }),
    acknowledgedAt: t.expose('acknowledgedAt', { type: 'DateTime', nullable: true }),
    acknowledgedBy: t.exposeString('acknowledgedBy', { nullable: true }),
  }),
});

const FireAlertFilter = builder.inputType('FireAlertFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: alerts for it and everything under it match.' }),
    kinds: t.field({ type: [FireAlertKindEnum] }),
    levels: t.field({ type: [FireAlertLevelEnum] }),
    acknowledged: t.boolean(),
    raisedFrom: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    raisedTo: t.field({ type: 'DateTime', description: 'Exclusive.' }),
  }),
});

/** The filter a caller asked for, narrowed to the caller's jurisdiction. */
function whereOf(filter: typeof FireAlertFilter.$inferInput | null | undefined, viewer: Viewer): Prisma.FireAlertWhereInput {
  if (!filter) return withinViewerJurisdiction(viewer);
  return {
    AND: [
      withinViewerJurisdiction(viewer),
      atOrUnder(filter.divisionCode, 'filter.divisionCode'),
      given(filter.kinds) ? { kind: { in: filter.kinds } } : {},
      given(filter.levels) ? { level: { in: filter.levels } } : {},
      given(filter.acknowledged) ? { acknowledgedAt: filter.acknowledged ? { not: null } : null } : {},
      given(filter.raisedFrom) ? { raisedAt: { gte: filter.raisedFrom } } : {},
      given(filter.raisedTo) ? { raisedAt: { lt: filter.raisedTo } } : {},
    ],
  };
}

builder.queryFields((t) => ({
  fireAlert: t.prismaField({
    type: 'FireAlert',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.fireAlert.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  fireAlerts: t.prismaConnection({
    type: 'FireAlert',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Alerts matching a filter, newest first.',
    args: { filter: t.arg({ type: FireAlertFilter }) },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireAlert.count({ where: whereOf(args.filter, context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireAlert.findMany({ ...query, where: whereOf(args.filter, context.viewer), orderBy: [{ raisedAt: 'desc' }, { id: 'asc' }] });
    },
  }),
  unacknowledgedFireAlerts: t.prismaConnection({
    type: 'FireAlert',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: '待确认预警: alerts nobody has acknowledged yet, at or under a division if given; most severe first, then oldest.',
    args: { divisionCode: t.arg.id() },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireAlert.count({ where: whereOf({ acknowledged: false, divisionCode: args.divisionCode }, context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireAlert.findMany({
        ...query,
        where: whereOf({ acknowledged: false, divisionCode: args.divisionCode }, context.viewer),
        // Levels sort in their declared order, BLUE to RED.
        orderBy: [{ level: 'desc' }, { raisedAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));
