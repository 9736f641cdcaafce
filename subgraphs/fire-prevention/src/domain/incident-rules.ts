import { z } from 'zod';
import {
  FireDetection,
  FireIncidentCause,
  FireIncidentStatus,
  FireResponseActionKind,
  type FireResourceKind,
} from '../generated/prisma/enums.js';
import { hectares, pastInstant, personName, REGION_BOUNDS } from './common.js';
import { countyCode } from './divisions.js';

function damagedWithinBurned(area: { burnedArea: number; affectedForestArea: number }, issues: z.RefinementCtx): void {
  if (area.affectedForestArea > area.burnedArea) {
    issues.addIssue({ code: 'custom', path: ['affectedForestArea'], message: 'cannot exceed the burned area' });
  }
}

export const reportFireIncidentInput = z
  .object({
    divisionCode: countyCode,
    subCompartmentId: z.uuid().optional(),
    place: z.string().trim().min(2).max(200),
    longitude: z.number().min(REGION_BOUNDS.minLongitude).max(REGION_BOUNDS.maxLongitude),
    latitude: z.number().min(REGION_BOUNDS.minLatitude).max(REGION_BOUNDS.maxLatitude),
    cause: z.enum(FireIncidentCause).default('UNKNOWN'),
    detection: z.enum(FireDetection),
    towerCode: z.string().min(1).optional(),
    reportedBy: personName,
    reportedAt: pastInstant.default(() => new Date()),
    burnedArea: hectares.default(0),
    affectedForestArea: hectares.default(0),
  })
  .superRefine((report, issues) => {
    damagedWithinBurned(report, issues);
    if (report.detection === 'LOOKOUT_TOWER' && report.towerCode === undefined) {
      issues.addIssue({ code: 'custom', path: ['towerCode'], message: 'is required when a lookout tower spotted the fire' });
    }
    if (report.detection !== 'LOOKOUT_TOWER' && report.towerCode !== undefined) {
      issues.addIssue({ code: 'custom', path: ['towerCode'], message: 'is only given when a lookout tower spotted the fire' });
    }
  });

export const changeFireIncidentStatusInput = z
  .object({
    status: z.enum(FireIncidentStatus),
    changedBy: personName,
    note: z.string().trim().min(1).max(500).optional(),
    at: pastInstant.default(() => new Date()),
  })
  .superRefine((change, issues) => {
    if (change.status === 'FALSE_ALARM' && change.note === undefined) {
      issues.addIssue({ code: 'custom', path: ['note'], message: 'must say why the report was a false alarm' });
    }
  });

/** The resources each kind of action sends; a command post sends none. */
export const RESOURCE_KINDS_FOR_ACTION: Record<FireResponseActionKind, readonly FireResourceKind[]> = {
  DISPATCH_TEAM: ['PROFESSIONAL_TEAM', 'SEMI_PROFESSIONAL_TEAM'],
  DISPATCH_EQUIPMENT: ['EQUIPMENT_CACHE'],
  AERIAL_SUPPORT: ['AVIATION_STATION'],
  FRONT_COMMAND: [],
};

export const recordFireResponseActionInput = z
  .object({
    kind: z.enum(FireResponseActionKind),
    resourceCode: z.string().min(1).optional(),
    personnel: z.int().min(0).max(10_000),
    orderedBy: personName,
    orderedAt: pastInstant.default(() => new Date()),
    arrivedAt: pastInstant.optional(),
    description: z.string().trim().min(2).max(500),
  })
  .superRefine((action, issues) => {
    const sendsResource = RESOURCE_KINDS_FOR_ACTION[action.kind].length > 0;
    if (sendsResource && action.resourceCode === undefined) {
      issues.addIssue({ code: 'custom', path: ['resourceCode'], message: `is required for ${action.kind}` });
    }
    if (!sendsResource && action.resourceCode !== undefined) {
      issues.addIssue({ code: 'custom', path: ['resourceCode'], message: `must be empty for ${action.kind}` });
    }
    if (action.arrivedAt && action.arrivedAt < action.orderedAt) {
      issues.addIssue({ code: 'custom', path: ['arrivedAt'], message: 'cannot be before the order' });
    }
  });

export const updateFireBurnedAreaInput = z
  .object({
    burnedArea: hectares,
    affectedForestArea: hectares,
    revisedBy: personName,
    reason: z.string().trim().min(2).max(500).optional(),
    at: pastInstant.default(() => new Date()),
  })
  .superRefine(damagedWithinBurned);

/**
 * Areas grow as a fire spreads; a smaller figure is a correction (e.g. after a GPS survey of the
 * burn scar) and must say so, or a typo could quietly shrink a fire's severity class.
 */
export function unexplainedDecreases(
  current: { burnedArea: number; affectedForestArea: number },
  next: { burnedArea: number; affectedForestArea: number; reason?: string | undefined },
): string[] {
  if (next.reason !== undefined) return [];
  return (['burnedArea', 'affectedForestArea'] as const).filter((field) => next[field] < current[field]);
}
