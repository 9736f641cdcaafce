import { checkPageSize, type Viewer } from '@forestry/subgraph-runtime';
import { builder, SortDirection } from '../builder.js';
import { ACTIVE_STATUSES, allowedNextStatuses, isActive } from '../domain/incident-status.js';
import { severityAreaRange, severityOf } from '../domain/severity.js';
import type { Prisma } from '../generated/prisma/client.js';
import { atOrUnder, given, MAX_PAGE_SIZE } from './arguments.js';
import {
  FireDetectionEnum,
  FireIncidentCauseEnum,
  FireIncidentStatusEnum,
  FireResponseActionKindEnum,
  FireSeverityEnum,
} from './enums.js';
import { DivisionRef, SubCompartmentRef } from './federation.js';
import { withinViewerJurisdiction } from './jurisdiction.js';

export const FireIncidentRef = builder.prismaObject('FireIncident', {
  description: '森林火灾: a forest fire, or a report of one, from the first call to the end of the response.',
  fields: (t) => ({
    id: t.exposeID('id'),
    reportedAt: t.expose('reportedAt', { type: 'DateTime' }),
    reportedBy: t.exposeString('reportedBy'),
    detection: t.expose('detection', { type: FireDetectionEnum }),
    tower: t.relation('tower', { nullable: true, description: 'The lookout tower that spotted it.' }),
    place: t.exposeString('place', { description: '起火地点, as the reporter describes it.' }),
    longitude: t.expose('longitude', { type: 'Longitude' }),
    latitude: t.expose('latitude', { type: 'Latitude' }),
    division: t.field({ type: DivisionRef, description: 'The county.', resolve: (incident) => ({ code: incident.divisionCode }) }),
    subCompartment: t.field({
      type: SubCompartmentRef,
      nullable: true,
      description: 'The sub-compartment it burns in; null on land outside the forest inventory.',
      resolve: (incident) => (incident.subCompartmentId ? { id: incident.subCompartmentId } : null),
    }),
    cause: t.expose('cause', { type: FireIncidentCauseEnum }),
    burnedArea: t.float({ description: '过火面积, hectares.', resolve: (incident) => Number(incident.burnedArea) }),
    affectedForestArea: t.float({ description: '受害森林面积, hectares.', resolve: (incident) => Number(incident.affectedForestArea) }),
    severity: t.field({
      type: FireSeverityEnum,
      description: 'Derived from the damaged forest area, never entered.',
      resolve: (incident) => severityOf(Number(incident.affectedForestArea)),
    }),
    status: t.expose('status', { type: FireIncidentStatusEnum }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'Last change of the incident or its record: status, areas, response actions.',
    }),
    active: t.boolean({ description: 'Still being handled: neither extinguished nor a false alarm.', resolve: (incident) => isActive(incident.status) }),
    allowedNextStatuses: t.field({
      type: [FireIncidentStatusEnum],
      description: 'The statuses it can move to next.',
      resolve: (incident) => [...allowedNextStatuses(incident.status)],
    }),
    statusHistory: t.relation('statusHistory', { description: 'Every status change, oldest first.', query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] } }),
    responseActions: t.relation('responseActions', { description: 'Oldest first.', query: { orderBy: [{ orderedAt: 'asc' }, { id: 'asc' }] } }),
    areaRevisions: t.relation('areaRevisions', { description: 'Oldest first.', query: { orderBy: [{ revisedAt: 'asc' }, { id: 'asc' }] } }),
    alerts: t.relation('alerts', { query: { orderBy: [{ raisedAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('FireIncidentStatusChange', {
  description: 'One step of an incident\'s status history: who moved it, when and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.expose('fromStatus', { type: FireIncidentStatusEnum, nullable: true, description: 'Null for the report that opened the incident.' }),
    toStatus: t.expose('toStatus', { type: FireIncidentStatusEnum }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
    changedBy: t.exposeString('changedBy'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

builder.prismaObject('FireResponseAction', {
  description: '扑救行动: a dispatch of a team, equipment or aircraft, or a forward command post.',
  fields: (t) => ({
    id: t.exposeID('id'),
    incident: t.relation('incident'),
    kind: t.expose('kind', { type: FireResponseActionKindEnum }),
    resource: t.relation('resource', { nullable: true, description: 'Null for a command post.' }),
    personnel: t.exposeInt('personnel', { description: 'People sent.' }),
    orderedAt: t.expose('orderedAt', { type: 'DateTime' }),
    orderedBy: t.exposeString('orderedBy'),
    arrivedAt: t.expose('arrivedAt', { type: 'DateTime', nullable: true, description: 'Null until the force reaches the fire.' }),
    description: t.exposeString('description'),
  }),
});

builder.prismaObject('FireAreaRevision', {
  description: 'A revision of the burned and damaged forest area, with the values it replaced.',
  fields: (t) => ({
    id: t.exposeID('id'),
    previousBurnedArea: t.float({ resolve: (revision) => Number(revision.previousBurnedArea) }),
    previousAffectedForestArea: t.float({ resolve: (revision) => Number(revision.previousAffectedForestArea) }),
    burnedArea: t.float({ description: 'Hectares.', resolve: (revision) => Number(revision.burnedArea) }),
    affectedForestArea: t.float({ description: 'Hectares.', resolve: (revision) => Number(revision.affectedForestArea) }),
    reason: t.exposeString('reason', { nullable: true, description: 'Given whenever an area decreased.' }),
    revisedAt: t.expose('revisedAt', { type: 'DateTime' }),
    revisedBy: t.exposeString('revisedBy'),
  }),
});

const FireIncidentFilter = builder.inputType('FireIncidentFilter', {
  fields: (t) => ({
    divisionCode: t.id({ description: 'A province, prefecture or county: everything under it matches.' }),
    statuses: t.field({ type: [FireIncidentStatusEnum] }),
    active: t.boolean({ description: 'true: still being handled; false: extinguished or false alarms.' }),
    causes: t.field({ type: [FireIncidentCauseEnum] }),
    severity: t.field({ type: FireSeverityEnum }),
    reportedFrom: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    reportedTo: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    changedFrom: t.field({
      type: 'DateTime',
      description: 'Changed at or after this moment (inclusive): what a partner pulls since its last run.',
    }),
    subCompartmentId: t.id(),
  }),
});

const FireIncidentSortField = builder.enumType('FireIncidentSortField', {
  values: ['REPORTED_AT', 'STATUS_CHANGED_AT', 'UPDATED_AT', 'BURNED_AREA', 'AFFECTED_FOREST_AREA'] as const,
});

const FireIncidentOrder = builder.inputType('FireIncidentOrder', {
  fields: (t) => ({
    field: t.field({ type: FireIncidentSortField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

const SORT_COLUMNS = {
  REPORTED_AT: 'reportedAt',
  STATUS_CHANGED_AT: 'statusChangedAt',
  UPDATED_AT: 'updatedAt',
  BURNED_AREA: 'burnedArea',
  AFFECTED_FOREST_AREA: 'affectedForestArea',
} as const;

type Filter = typeof FireIncidentFilter.$inferInput;

/** The filter a caller asked for, narrowed to the caller's jurisdiction. */
function whereOf(filter: Filter | null | undefined, viewer: Viewer): Prisma.FireIncidentWhereInput {
  if (!filter) return withinViewerJurisdiction(viewer);
  const conditions: Prisma.FireIncidentWhereInput[] = [
    withinViewerJurisdiction(viewer),
    atOrUnder(filter.divisionCode, 'filter.divisionCode'),
    given(filter.statuses) ? { status: { in: filter.statuses } } : {},
    given(filter.active) ? { status: filter.active ? { in: [...ACTIVE_STATUSES] } : { notIn: [...ACTIVE_STATUSES] } } : {},
    given(filter.causes) ? { cause: { in: filter.causes } } : {},
    given(filter.severity) ? { affectedForestArea: severityAreaRange(filter.severity) } : {},
    given(filter.reportedFrom) ? { reportedAt: { gte: filter.reportedFrom } } : {},
    given(filter.reportedTo) ? { reportedAt: { lt: filter.reportedTo } } : {},
    given(filter.changedFrom) ? { updatedAt: { gte: filter.changedFrom } } : {},
    given(filter.subCompartmentId) ? { subCompartmentId: String(filter.subCompartmentId) } : {},
  ];
  return { AND: conditions };
}

function orderOf(order: typeof FireIncidentOrder.$inferInput | null | undefined): Prisma.FireIncidentOrderByWithRelationInput[] {
  const { field, direction } = order ?? { field: 'REPORTED_AT' as const, direction: 'DESC' as const };
  // The id breaks ties so that cursors are stable under any sort.
  return [{ [SORT_COLUMNS[field]]: direction === 'DESC' ? 'desc' : 'asc' }, { id: 'asc' }];
}

builder.queryFields((t) => ({
  fireIncident: t.prismaField({
    type: 'FireIncident',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => context.db.fireIncident.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  fireIncidents: t.prismaConnection({
    type: 'FireIncident',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: 'Fire incidents matching a filter; newest report first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: FireIncidentFilter }),
      orderBy: t.arg({ type: FireIncidentOrder }),
    },
    totalCount: (_root, args, context) => {
      // Checked here too: a request that selects only the count never reaches `resolve`.
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireIncident.count({ where: whereOf(args.filter, context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireIncident.findMany({ ...query, where: whereOf(args.filter, context.viewer), orderBy: orderOf(args.orderBy) });
    },
  }),
  activeFireIncidents: t.prismaConnection({
    type: 'FireIncident',
    cursor: 'id',
    defaultSize: 20,
    maxSize: MAX_PAGE_SIZE,
    description: '在办火情: incidents not yet extinguished nor dismissed as false alarms, at or under a division if given, newest first.',
    args: { divisionCode: t.arg.id() },
    totalCount: (_root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireIncident.count({ where: whereOf({ active: true, divisionCode: args.divisionCode }, context.viewer) });
    },
    resolve: (query, _root, args, context) => {
      checkPageSize(args, MAX_PAGE_SIZE);
      return context.db.fireIncident.findMany({
        ...query,
        where: whereOf({ active: true, divisionCode: args.divisionCode }, context.viewer),
        orderBy: orderOf(null),
      });
    },
  }),
}));
