import { conflictError, divisionPrefix, notFoundError, parseInput } from '@forestry/subgraph-runtime';
import { builder } from '../builder.js';
import { acknowledgeFireAlertInput, raiseFireAlertInput } from '../domain/alert-rules.js';
import { invalidField, withoutNulls } from './arguments.js';
import { FireAlertLevelEnum } from './enums.js';
import { publishAlert } from './events.js';
import { checkJurisdiction } from './jurisdiction.js';

const RaiseFireAlertInput = builder.inputType('RaiseFireAlertInput', {
  description: 'An alert issued by hand, e.g. a gale warning for a prefecture.',
  fields: (t) => ({
    divisionCode: t.id({ required: true, description: 'A county, prefecture or province.' }),
    level: t.field({ type: FireAlertLevelEnum, required: true }),
    message: t.string({ required: true }),
    raisedBy: t.string({ required: true }),
    incidentId: t.id({ description: 'The fire it is about; it must burn in the division.' }),
  }),
});

const AcknowledgeFireAlertInput = builder.inputType('AcknowledgeFireAlertInput', {
  fields: (t) => ({
    acknowledgedBy: t.string({ required: true }),
    at: t.field({ type: 'DateTime', description: 'Default: now. Not before the alert was raised, not in the future.' }),
  }),
});

builder.mutationFields((t) => ({
  raiseFireAlert: t.prismaField({
    type: 'FireAlert',
    description: 'Issues an alert (发布预警) by hand. The platform raises its own for high danger and for new or escalated fires.',
    args: { input: t.arg({ type: RaiseFireAlertInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const alert = parseInput(raiseFireAlertInput, withoutNulls(input));
      checkJurisdiction(context.viewer, alert.divisionCode);
      const raised = await context.db.$transaction(async (tx) => {
        if (alert.incidentId) {
          const incident = await tx.fireIncident.findUnique({ where: { id: alert.incidentId } });
          if (!incident) throw invalidField('input.incidentId', `fire incident ${alert.incidentId} does not exist`);
          if (!incident.divisionCode.startsWith(divisionPrefix(alert.divisionCode))) {
            throw invalidField('input.incidentId', `the fire burns in ${incident.divisionCode}, outside ${alert.divisionCode}`);
          }
        }
        return tx.fireAlert.create({ data: { ...alert, kind: 'MANUAL', raisedAt: new Date() } });
      });
      await publishAlert(context, { alertId: raised.id, divisionCode: raised.divisionCode });
      // Read back after the commit: the selected relations load in parallel, which the
      // transaction's single connection could only queue.
      return context.db.fireAlert.findUniqueOrThrow({ ...query, where: { id: raised.id } });
    },
  }),
  acknowledgeFireAlert: t.prismaField({
    type: 'FireAlert',
    description: 'Records who acknowledged an alert (签收) and when. An alert is acknowledged once: again is a CONFLICT.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: AcknowledgeFireAlertInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const acknowledgement = parseInput(acknowledgeFireAlertInput, withoutNulls(input));
      const acknowledged = await context.db.$transaction(async (tx) => {
        const alert = await tx.fireAlert.findUnique({ where: { id: String(id) } });
        if (!alert) throw notFoundError('FireAlert', String(id));
        checkJurisdiction(context.viewer, alert.divisionCode);
        const refuseAcknowledged = (by: string | null, at: Date | null) =>
          conflictError(`Alert ${alert.id} was already acknowledged by ${by} at ${at?.toISOString()}`, { acknowledgedBy: by, acknowledgedAt: at });
        if (alert.acknowledgedAt) throw refuseAcknowledged(alert.acknowledgedBy, alert.acknowledgedAt);
        if (acknowledgement.at < alert.raisedAt) {
          throw invalidField('input.at', `cannot be before the alert was raised (${alert.raisedAt.toISOString()})`);
        }
        // Only the first of two concurrent acknowledgements finds the alert still open.
        const { count } = await tx.fireAlert.updateMany({
          where: { id: alert.id, acknowledgedAt: null },
          data: { acknowledgedAt: acknowledgement.at, acknowledgedBy: acknowledgement.acknowledgedBy },
        });
        if (count === 0) {
          const winner = await tx.fireAlert.findUniqueOrThrow({ where: { id: alert.id } });
          throw refuseAcknowledged(winner.acknowledgedBy, winner.acknowledgedAt);
        }
        return alert.id;
      });
      return context.db.fireAlert.findUniqueOrThrow({ ...query, where: { id: acknowledged } });
    },
  }),
}));
