import { divisionDisplayName } from '@forestry/forest-resources/reference-data';
import { z } from 'zod';
import { FireAlertLevel } from '../generated/prisma/enums.js';
import { chineseDateLabel } from './calendar.js';
import { pastInstant, personName } from './common.js';
import { anyDivisionCode } from './divisions.js';
import { FIRE_DANGER_LABELS, type FireDangerLevel } from './fire-danger.js';
import { ALERT_LEVEL_BY_SEVERITY, severityLabel, severityOf } from './severity.js';

export const raiseFireAlertInput = z.object({
  divisionCode: anyDivisionCode,
  level: z.enum(FireAlertLevel),
  message: z.string().trim().min(4).max(500),
  raisedBy: personName,
  incidentId: z.uuid().optional(),
});

export const acknowledgeFireAlertInput = z.object({
  acknowledgedBy: personName,
  at: pastInstant.default(() => new Date()),
});

/** What the platform raises by itself; the caller adds the time and the record it is about. */
export interface AutomaticAlert {
  divisionCode: string;
  kind: 'HIGH_FIRE_DANGER' | 'NEW_INCIDENT' | 'INCIDENT_ESCALATED';
  level: FireAlertLevel;
  message: string;
}

export function highFireDangerAlert(rating: { divisionCode: string; date: Date; level: FireDangerLevel }): AutomaticAlert {
  return {
    divisionCode: rating.divisionCode,
    kind: 'HIGH_FIRE_DANGER',
    level: rating.level === 5 ? 'RED' : 'ORANGE',
    message: `${divisionDisplayName(rating.divisionCode)}${chineseDateLabel(rating.date)}森林火险等级${FIRE_DANGER_LABELS[rating.level]}，请加强巡护瞭望、严管野外火源。`,
  };
}

interface IncidentFacts {
  divisionCode: string;
  place: string;
  affectedForestArea: number;
}

export function newIncidentAlert(incident: IncidentFacts): AutomaticAlert {
  const severity = severityOf(incident.affectedForestArea);
  return {
    divisionCode: incident.divisionCode,
    kind: 'NEW_INCIDENT',
    level: ALERT_LEVEL_BY_SEVERITY[severity],
    message: `${divisionDisplayName(incident.divisionCode)}（${incident.place}）发生火情，请立即核实并组织扑救。`,
  };
}

export function escalationAlert(incident: IncidentFacts): AutomaticAlert {
  const severity = severityOf(incident.affectedForestArea);
  return {
    divisionCode: incident.divisionCode,
    kind: 'INCIDENT_ESCALATED',
    level: ALERT_LEVEL_BY_SEVERITY[severity],
    message: `${divisionDisplayName(incident.divisionCode)}（${incident.place}）火灾受害森林面积${incident.affectedForestArea}公顷，已升级为${severityLabel(severity)}。`,
  };
}
