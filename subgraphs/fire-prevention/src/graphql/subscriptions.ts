import { builder, enableSubscriptions } from '../builder.js';
import { concerns, FIRE_INCIDENT_CHANGE_KINDS, FireTopic, type FireAlertRaised, type FireIncidentChanged } from '../domain/events.js';
import { divisionCodeArgument, given } from './arguments.js';

enableSubscriptions();

const FireIncidentChangeKindEnum = builder.enumType('FireIncidentChangeKind', {
  values: {
    REPORTED: { description: '接报: a new incident.' },
    STATUS_CHANGED: { description: 'It moved to another status.' },
    AREA_REVISED: { description: 'Its burned or damaged forest area was revised.' },
  } satisfies Record<(typeof FIRE_INCIDENT_CHANGE_KINDS)[number], { description: string }>,
});

const FireIncidentEventRef = builder.objectRef<FireIncidentChanged>('FireIncidentEvent').implement({
  description: 'A change to a fire incident, as it happened.',
  fields: (t) => ({
    kind: t.field({ type: FireIncidentChangeKindEnum, resolve: (event) => event.kind }),
    at: t.field({ type: 'DateTime', resolve: (event) => new Date(event.at) }),
    incident: t.prismaField({
      type: 'FireIncident',
      description: 'The incident as it is now.',
      resolve: (query, event, _args, context) => context.db.fireIncident.findUniqueOrThrow({ ...query, where: { id: event.incidentId } }),
    }),
  }),
});

/** The division a subscriber asked about, checked like a query argument. */
function requestedDivision(value: string | number | null | undefined): string | null {
  return given(value) ? divisionCodeArgument(value) : null;
}

builder.subscriptionFields((t) => ({
  fireIncidentChanged: t.field({
    type: FireIncidentEventRef,
    description: 'New and changed fire incidents in the caller\'s jurisdiction, at or under a division if given.',
    args: { divisionCode: t.arg.id({ description: 'A province, prefecture or county.' }) },
    subscribe: (_root, args, context) => {
      const requested = requestedDivision(args.divisionCode);
      return context.events.subscribe<FireIncidentChanged>(FireTopic.INCIDENT_CHANGED, (event) =>
        concerns(context.viewer, event.divisionCode, requested),
      );
    },
    resolve: (event) => event,
  }),
  fireAlertRaised: t.prismaField({
    type: 'FireAlert',
    description: 'Alerts as they are raised (by hand, for new or escalated fires, for high fire danger) in the caller\'s jurisdiction, at or under a division if given.',
    args: { divisionCode: t.arg.id({ description: 'A province, prefecture or county.' }) },
    subscribe: (_root, args, context) => {
      const requested = requestedDivision(args.divisionCode);
      return context.events.subscribe<FireAlertRaised>(FireTopic.ALERT_RAISED, (event) => concerns(context.viewer, event.divisionCode, requested));
    },
    resolve: (query, event, _args, context) =>
      context.db.fireAlert.findUniqueOrThrow({ ...query, where: { id: (event as unknown as FireAlertRaised).alertId } }),
  }),
}));
