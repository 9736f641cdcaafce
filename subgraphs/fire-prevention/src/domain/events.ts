import { divisionPrefix, withinJurisdiction, type Viewer } from '@forestry/subgraph-runtime';

/** Topics of the domain events this department publishes once a change has committed. */
export const FireTopic = {
  INCIDENT_CHANGED: 'fire-incident-changed',
  ALERT_RAISED: 'fire-alert-raised',
} as const;

export const FIRE_INCIDENT_CHANGE_KINDS = ['REPORTED', 'STATUS_CHANGED', 'AREA_REVISED'] as const;
export type FireIncidentChangeKind = (typeof FIRE_INCIDENT_CHANGE_KINDS)[number];

export interface FireIncidentChanged {
  kind: FireIncidentChangeKind;
  incidentId: string;
  /** The county, so that subscribers are chosen without reading the incident. */
  divisionCode: string;
  /** ISO instant of the change. */
  at: string;
}

export interface FireAlertRaised {
  alertId: string;
  /** A county, prefecture or province. */
  divisionCode: string;
}

/**
 * Whether a subscriber hears of an event in `divisionCode`: it must lie within the viewer's
 * jurisdiction, as for queries, and under the division the subscriber asked about, if any.
 */
export function concerns(viewer: Viewer, divisionCode: string, requested: string | null): boolean {
  return withinJurisdiction(viewer, divisionCode) && (requested === null || divisionCode.startsWith(divisionPrefix(requested)));
}
