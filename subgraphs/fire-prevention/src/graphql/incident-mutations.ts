import { conflictError, notFoundError, parseInput, type Viewer } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { escalationAlert, newIncidentAlert } from '../domain/alert-rules.js';
import {
  changeFireIncidentStatusInput,
  recordFireResponseActionInput,
  reportFireIncidentInput,
  RESOURCE_KINDS_FOR_ACTION,
  unexplainedDecreases,
  updateFireBurnedAreaInput,
} from '../domain/incident-rules.js';
import { ACTIVE_STATUSES, allowedNextStatuses, canMove, isActive } from '../domain/incident-status.js';
import { escalates } from '../domain/severity.js';
import type { FireIncident, Prisma } from '../generated/prisma/client.js';
import { invalidField, withoutNulls } from './arguments.js';
import {
  FireDetectionEnum,
  FireIncidentCauseEnum,
  FireIncidentStatusEnum,
  FireResponseActionKindEnum,
} from './enums.js';
import { publishAlert, publishIncidentChange } from './events.js';
import { checkJurisdiction } from './jurisdiction.js';

const ReportFireIncidentInput = builder.inputType('ReportFireIncidentInput', {
  description: 'A fire as first reported (接报). The severity class is derived from the damaged forest area, not entered.',
  fields: (t) => ({
    divisionCode: t.id({ required: true, description: 'The county.' }),
    subCompartmentId: t.id({ description: 'The sub-compartment it burns in, if known.' }),
    place: t.string({ required: true, description: '起火地点, as the reporter describes it.' }),
    longitude: t.float({ required: true }),
    latitude: t.float({ required: true }),
    cause: t.field({ type: FireIncidentCauseEnum, description: 'Default: UNKNOWN, until the investigation says.' }),
    detection: t.field({ type: FireDetectionEnum, required: true }),
    towerCode: t.id({ description: 'The lookout tower that spotted it; required exactly when `detection` is LOOKOUT_TOWER.' }),
    reportedBy: t.string({ required: true }),
    reportedAt: t.field({ type: 'DateTime', description: 'Default: now. Cannot be in the future.' }),
    burnedArea: t.float({ description: 'First estimate of 过火面积, hectares. Default: 0.' }),
    affectedForestArea: t.float({ description: 'First estimate of 受害森林面积, hectares, at most the burned area. Default: 0.' }),
  }),
});

const ChangeFireIncidentStatusInput = builder.inputType('ChangeFireIncidentStatusInput', {
  fields: (t) => ({
    status: t.field({ type: FireIncidentStatusEnum, required: true }),
    changedBy: t.string({ required: true }),
    note: t.string({ description: 'Required for FALSE_ALARM: why the report was not a fire.' }),
    at: t.field({ type: 'DateTime', description: 'Default: now. Not before the previous change, not in the future.' }),
  }),
});

const RecordFireResponseActionInput = builder.inputType('RecordFireResponseActionInput', {
  fields: (t) => ({
    kind: t.field({ type: FireResponseActionKindEnum, required: true }),
    resourceCode: t.id({
      description: 'The team (DISPATCH_TEAM), equipment cache (DISPATCH_EQUIPMENT) or aviation station (AERIAL_SUPPORT) sent; none for FRONT_COMMAND.',
    }),
    personnel: t.int({ required: true, description: 'People sent; for a team, at most its strength.' }),
    orderedBy: t.string({ required: true }),
    orderedAt: t.field({ type: 'DateTime', description: 'Default: now. Not before the report, not in the future.' }),
    arrivedAt: t.field({ type: 'DateTime', description: 'When the force reached the fire, if it has.' }),
    description: t.string({ required: true }),
  }),
});

const UpdateFireBurnedAreaInput = builder.inputType('UpdateFireBurnedAreaInput', {
  description: 'New figures for a fire still being handled. Lowering either figure needs a reason.',
  fields: (t) => ({
    burnedArea: t.float({ required: true, description: '过火面积, hectares.' }),
    affectedForestArea: t.float({ required: true, description: '受害森林面积, hectares, at most the burned area.' }),
    revisedBy: t.string({ required: true }),
    reason: t.string({ description: 'Why a figure decreased, e.g. a GPS survey of the burn scar.' }),
    at: t.field({ type: 'DateTime', description: 'Default: now.' }),
  }),
});

type Transaction = Prisma.TransactionClient;

/** The incident a mutation acts on, provided it exists and lies in the viewer's jurisdiction. */
async function incidentOrThrow(tx: Transaction, id: string | number, viewer: Viewer): Promise<FireIncident> {
  const incident = await tx.fireIncident.findUnique({ where: { id: String(id) } });
  if (!incident) throw notFoundError('FireIncident', String(id));
  checkJurisdiction(viewer, incident.divisionCode);
  return incident;
}

function refuseUnlessActive(incident: FireIncident, what: string): void {
  if (!isActive(incident.status)) {
    throw conflictError(`Cannot ${what}: incident ${incident.id} is ${incident.status}`, { currentStatus: incident.status });
  }
}

function notBefore(field: string, instant: Date, earliest: Date, what: string): void {
  if (instant < earliest) throw invalidField(field, `cannot be before ${what} (${earliest.toISOString()})`);
}

builder.mutationFields((t) => ({
  reportFireIncident: t.prismaField({
    type: 'FireIncident',
    description: 'Records a reported fire (接报) and, in the same transaction, raises a NEW_INCIDENT alert for its county.',
    args: { input: t.arg({ type: ReportFireIncidentInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const report = parseInput(reportFireIncidentInput, withoutNulls(input));
      checkJurisdiction(context.viewer, report.divisionCode);
      const { id, alertId } = await context.db.$transaction(async (tx) => {
        if (report.towerCode) {
          const tower = await tx.fireLookoutTower.findUnique({ where: { code: report.towerCode } });
          if (!tower) throw invalidField('input.towerCode', `lookout tower ${report.towerCode} does not exist`);
          if (tower.status !== 'IN_SERVICE') throw invalidField('input.towerCode', `lookout tower ${tower.code} is ${tower.status}`);
        }
        const incident = await tx.fireIncident.create({
          data: {
            ...report,
            status: 'REPORTED',
            statusChangedAt: report.reportedAt,
            statusHistory: { create: { toStatus: 'REPORTED', changedAt: report.reportedAt, changedBy: report.reportedBy } },
          },
        });
        const alert = await tx.fireAlert.create({ data: { ...newIncidentAlert(report), incidentId: incident.id, raisedAt: new Date() } });
        return { id: incident.id, alertId: alert.id };
      });
      await publishIncidentChange(context, { kind: 'REPORTED', incidentId: id, divisionCode: report.divisionCode, at: report.reportedAt.toISOString() });
      await publishAlert(context, { alertId, divisionCode: report.divisionCode });
      // Read back after the commit: the selected relations load in parallel, which the
      // transaction's single connection could only queue.
      return context.db.fireIncident.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  changeFireIncidentStatus: t.prismaField({
    type: 'FireIncident',
    description:
      'Moves an incident one step: REPORTED > VERIFIED > RESPONDING > CONTAINED > EXTINGUISHED, or to FALSE_ALARM ' +
      'from REPORTED or VERIFIED. Any other move is refused with CONFLICT; every move is kept in the status history.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ChangeFireIncidentStatusInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const change = parseInput(changeFireIncidentStatusInput, withoutNulls(input));
      const { changed, divisionCode } = await context.db.$transaction(async (tx) => {
        const incident = await incidentOrThrow(tx, id, context.viewer);
        if (!canMove(incident.status, change.status)) {
          const allowed = allowedNextStatuses(incident.status);
          throw conflictError(
            `A ${incident.status} incident cannot become ${change.status}` +
              (allowed.length > 0 ? `; it can become ${allowed.join(' or ')}` : '; it is closed'),
            { currentStatus: incident.status, allowedStatuses: allowed },
          );
        }
        notBefore('input.at', change.at, incident.statusChangedAt, 'the previous status change');
        // The status guard makes two concurrent moves of one incident serialise, not both succeed.
        const { count } = await tx.fireIncident.updateMany({
          where: { id: incident.id, status: incident.status },
          data: { status: change.status, statusChangedAt: change.at },
        });
        if (count === 0) throw conflictError(`Incident ${incident.id} was changed concurrently; read it again`);
        await tx.fireIncidentStatusChange.create({
          data: {
            incidentId: incident.id,
            fromStatus: incident.status,
            toStatus: change.status,
            changedAt: change.at,
            changedBy: change.changedBy,
            note: change.note,
          },
        });
        return { changed: incident.id, divisionCode: incident.divisionCode };
      });
      await publishIncidentChange(context, { kind: 'STATUS_CHANGED', incidentId: changed, divisionCode, at: change.at.toISOString() });
      return context.db.fireIncident.findUniqueOrThrow({ ...query, where: { id: changed } });
    },
  }),
  recordFireResponseAction: t.prismaField({
    type: 'FireResponseAction',
    description: 'Records a dispatch, aerial support or command post for an incident still being handled.',
    args: {
      incidentId: t.arg.id({ required: true }),
      input: t.arg({ type: RecordFireResponseActionInput, required: true }),
    },
    resolve: async (query, _root, { incidentId, input }, context) => {
      const action = parseInput(recordFireResponseActionInput, withoutNulls(input));
      const recorded = await context.db.$transaction(async (tx) => {
        const incident = await incidentOrThrow(tx, incidentId, context.viewer);
        refuseUnlessActive(incident, 'record a response action');
        notBefore('input.orderedAt', action.orderedAt, incident.reportedAt, 'the report');
        if (action.resourceCode) {
          const resource = await tx.fireResource.findUnique({ where: { code: action.resourceCode } });
          if (!resource) throw invalidField('input.resourceCode', `fire resource ${action.resourceCode} does not exist`);
          const fitting = RESOURCE_KINDS_FOR_ACTION[action.kind];
          if (!fitting.includes(resource.kind)) {
            throw invalidField('input.resourceCode', `${resource.name} is a ${resource.kind}; ${action.kind} sends a ${fitting.join(' or ')}`);
          }
          if (action.kind === 'DISPATCH_TEAM' && action.personnel > resource.personnel) {
            throw invalidField('input.personnel', `${resource.name} has ${resource.personnel} people`);
          }
        }
        const created = await tx.fireResponseAction.create({ data: { ...action, incidentId: incident.id } });
        // A new action changes the incident's record: partners pulling changes must see it.
        await tx.fireIncident.update({ where: { id: incident.id }, data: { updatedAt: new Date() } });
        return created;
      });
      return context.db.fireResponseAction.findUniqueOrThrow({ ...query, where: { id: recorded.id } });
    },
  }),
  updateFireBurnedArea: t.prismaField({
    type: 'FireIncident',
    description:
      'Revises the burned and damaged forest area of an incident still being handled (CONFLICT once extinguished or ' +
      'dismissed). A lower figure needs a reason. Every revision is kept; one that raises the severity class raises ' +
      'an INCIDENT_ESCALATED alert in the same transaction.',
    args: {
      incidentId: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateFireBurnedAreaInput, required: true }),
    },
    resolve: async (query, _root, { incidentId, input }, context) => {
      const revision = parseInput(updateFireBurnedAreaInput, withoutNulls(input));
      const { revised, divisionCode, escalationAlertId } = await context.db.$transaction(async (tx) => {
        const incident = await incidentOrThrow(tx, incidentId, context.viewer);
        refuseUnlessActive(incident, 'revise the area');
        const current = { burnedArea: Number(incident.burnedArea), affectedForestArea: Number(incident.affectedForestArea) };
        const decreased = unexplainedDecreases(current, revision);
        if (decreased.length > 0) {
          throw invalidField('input.reason', `is required when ${decreased.join(' and ')} decrease${decreased.length > 1 ? '' : 's'}`);
        }
        notBefore('input.at', revision.at, incident.reportedAt, 'the report');
        // Guarded on the figures read, so that two concurrent revisions cannot both pass the check above.
        const { count } = await tx.fireIncident.updateMany({
          where: { id: incident.id, status: { in: [...ACTIVE_STATUSES] }, burnedArea: incident.burnedArea, affectedForestArea: incident.affectedForestArea },
          data: { burnedArea: revision.burnedArea, affectedForestArea: revision.affectedForestArea },
        });
        if (count === 0) throw conflictError(`Incident ${incident.id} was changed concurrently; read it again`);
        await tx.fireAreaRevision.create({
          data: {
            incidentId: incident.id,
            previousBurnedArea: incident.burnedArea,
            previousAffectedForestArea: incident.affectedForestArea,
            burnedArea: revision.burnedArea,
            affectedForestArea: revision.affectedForestArea,
            reason: revision.reason,
            revisedAt: revision.at,
            revisedBy: revision.revisedBy,
          },
        });
        const escalation = escalates(current.affectedForestArea, revision.affectedForestArea)
          ? await tx.fireAlert.create({
              data: { ...escalationAlert({ ...incident, affectedForestArea: revision.affectedForestArea }), incidentId: incident.id, raisedAt: new Date() },
            })
          : null;
        return { revised: incident.id, divisionCode: incident.divisionCode, escalationAlertId: escalation?.id };
      });
      await publishIncidentChange(context, { kind: 'AREA_REVISED', incidentId: revised, divisionCode, at: revision.at.toISOString() });
      if (escalationAlertId) await publishAlert(context, { alertId: escalationAlertId, divisionCode });
      return context.db.fireIncident.findUniqueOrThrow({ ...query, where: { id: revised } });
    },
  }),
}));
