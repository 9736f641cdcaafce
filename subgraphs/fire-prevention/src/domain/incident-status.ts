import type { FireIncidentStatus } from '../generated/prisma/enums.js';

/**
 * The only moves an incident can make: forward one step at a time, or off to FALSE_ALARM before
 * any response started. Nothing leaves EXTINGUISHED or FALSE_ALARM.
 */
const NEXT_STATUSES: Record<FireIncidentStatus, readonly FireIncidentStatus[]> = {
  REPORTED: ['VERIFIED', 'FALSE_ALARM'],
  VERIFIED: ['RESPONDING', 'FALSE_ALARM'],
  RESPONDING: ['CONTAINED'],
  CONTAINED: ['EXTINGUISHED'],
  EXTINGUISHED: [],
  FALSE_ALARM: [],
};

/** An incident in one of these still needs attention (在办火情). */
export const ACTIVE_STATUSES: readonly FireIncidentStatus[] = ['REPORTED', 'VERIFIED', 'RESPONDING', 'CONTAINED'];

export function isActive(status: FireIncidentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export function allowedNextStatuses(status: FireIncidentStatus): readonly FireIncidentStatus[] {
  return NEXT_STATUSES[status];
}

export function canMove(from: FireIncidentStatus, to: FireIncidentStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}
