import type { Context } from '../builder.js';
import { FireTopic, type FireAlertRaised, type FireIncidentChanged } from '../domain/events.js';

/** Tells subscribers of a committed change to an incident. */
export function publishIncidentChange(context: Context, event: FireIncidentChanged): Promise<void> {
  return context.events.publish(FireTopic.INCIDENT_CHANGED, event);
}

/** Tells subscribers of a committed alert. */
export function publishAlert(context: Context, event: FireAlertRaised): Promise<void> {
  return context.events.publish(FireTopic.ALERT_RAISED, event);
}
