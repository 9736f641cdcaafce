import { isCountyCode } from '@forestry/forest-resources/reference-data';
import type { FieldProblem } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import {
  WildlifeApprovalAuthority,
  WildlifePermitKind,
  type WildlifeGroup,
  type WildlifePermitStatus,
  type WildlifeProtectionClass,
} from '../generated/prisma/enums.js';
import { kingdomOf, mayApprove, requiredApprovalAuthority } from './species.js';
import { DAY_MS, inBeijing } from './time.js';

/** The longest validity each kind of permit may be granted for. */
export const MAX_VALIDITY_DAYS: Record<WildlifePermitKind, number> = {
  TRANSPORT: 90,
  UTILISATION: 365,
  DOMESTICATION_BREEDING: 5 * 365,
};

const requiredText = (min: number, max: number) => z.string().trim().min(min, 'is required').max(max);

/** A permit application, checked field by field and as a whole, as of `now`. */
export function permitApplication(now: Date) {
  return z
    .object({
      kind: z.enum(WildlifePermitKind),
      holderName: requiredText(2, 100),
      holderCreditCode: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'must be an 18-character unified social credit code'),
      holderDivisionCode: z
        .string()
        .regex(/^\d{6}$/, 'must be a 6-digit county code')
        .refine(isCountyCode, 'is not a county-level division of Heilongjiang or Jilin'),
      speciesCode: z.string().min(1),
      quantity: z.int().min(1, 'must be at least 1').max(1_000_000),
      unit: requiredText(1, 10),
      purpose: requiredText(2, 500),
      validFrom: z.date(),
      validUntil: z.date().min(now, 'is already over'),
    })
    .superRefine((application, issues) => {
      const days = (application.validUntil.getTime() - application.validFrom.getTime()) / DAY_MS;
      if (days <= 0) {
        issues.addIssue({ code: 'custom', path: ['validUntil'], message: 'must be after validFrom' });
      } else if (days > MAX_VALIDITY_DAYS[application.kind]) {
        issues.addIssue({
          code: 'custom',
          path: ['validUntil'],
          message: `a ${application.kind} permit is valid for at most ${MAX_VALIDITY_DAYS[application.kind]} days`,
        });
      }
    });
}

/** What the species allows: only protected species need a permit, only animals are bred in captivity. */
export function speciesProblems(
  kind: WildlifePermitKind,
  species: { name: string; group: WildlifeGroup; protectionClass: WildlifeProtectionClass },
): FieldProblem[] {
  if (requiredApprovalAuthority(species.protectionClass) === null) {
    return [{ field: 'input.speciesCode', message: `${species.name} is not a protected species and needs no permit` }];
  }
  if (kind === 'DOMESTICATION_BREEDING' && kingdomOf(species.group) === 'PLANT') {
    return [{ field: 'input.kind', message: `${species.name} is a plant: domestication and breeding permits are for animals` }];
  }
  return [];
}

export const permitDecision = z
  .object({
    decision: z.enum(['APPROVE', 'REJECT']),
    authority: z.enum(WildlifeApprovalAuthority),
    decidedBy: requiredText(1, 50),
    note: z.string().trim().min(1, 'cannot be blank').max(1000).nullable(),
  })
  .superRefine((decision, issues) => {
    if (decision.decision === 'REJECT' && decision.note === null) {
      issues.addIssue({ code: 'custom', path: ['note'], message: 'must give the reason for a rejection' });
    }
  });

/** A problem with the authority approving the permit, if any (class-I species are national). */
export function authorityProblem(authority: WildlifeApprovalAuthority, required: WildlifeApprovalAuthority): string | undefined {
  return mayApprove(authority, required) ? undefined : `the permit must be approved by ${required}`;
}

export const permitUse = (now: Date) =>
  z.object({
    quantity: z.int().min(1, 'must be at least 1'),
    usedAt: z.date().max(now, 'cannot be in the future'),
    recordedBy: requiredText(1, 50),
    note: z.string().trim().min(1, 'cannot be blank').max(500).nullable(),
  });

/** The status a permit has at an instant: expiry is derived from the validity, never stored. */
export type EffectivePermitStatus = WildlifePermitStatus | 'EXPIRED';

/** Every status a permit can have, in lifecycle order. */
export const EFFECTIVE_PERMIT_STATUSES: readonly EffectivePermitStatus[] = [
  'APPLIED',
  'APPROVED',
  'REJECTED',
  'ISSUED',
  'SUSPENDED',
  'EXPIRED',
  'REVOKED',
];

/** Statuses that end with the validity: an approved, issued or suspended permit expires. */
const EXPIRING: ReadonlySet<WildlifePermitStatus> = new Set(['APPROVED', 'ISSUED', 'SUSPENDED']);

interface PermitState {
  status: WildlifePermitStatus;
  validUntil: Date;
}

export function effectiveStatus(permit: PermitState, asOf: Date): EffectivePermitStatus {
  return EXPIRING.has(permit.status) && permit.validUntil <= asOf ? 'EXPIRED' : permit.status;
}

/** The stored rows that have one of the given effective statuses at `asOf`. */
export function whereEffectiveStatus(statuses: readonly EffectivePermitStatus[], asOf: Date): Prisma.WildlifePermitWhereInput {
  const expiring = statuses.filter((status): status is WildlifePermitStatus => status !== 'EXPIRED' && EXPIRING.has(status));
  const final = statuses.filter((status): status is WildlifePermitStatus => status !== 'EXPIRED' && !EXPIRING.has(status));
  return {
    OR: [
      ...(final.length > 0 ? [{ status: { in: final } }] : []),
      ...(expiring.length > 0 ? [{ status: { in: expiring }, validUntil: { gt: asOf } }] : []),
      ...(statuses.includes('EXPIRED') ? [{ status: { in: [...EXPIRING] }, validUntil: { lte: asOf } }] : []),
    ],
  };
}

/** Whole days from `asOf` until an issued permit expires; null when it is not in force. */
export function daysUntilExpiry(permit: PermitState, asOf: Date): number | null {
  return effectiveStatus(permit, asOf) === 'ISSUED' ? Math.floor((permit.validUntil.getTime() - asOf.getTime()) / DAY_MS) : null;
}

/** The permits in force at `asOf` whose validity ends within `days`: the renewal worklist. */
export function whereExpiringWithin(days: number, asOf: Date): Prisma.WildlifePermitWhereInput {
  return { status: 'ISSUED', validUntil: { gt: asOf, lte: new Date(asOf.getTime() + days * DAY_MS) } };
}

export type PermitAction = 'APPROVE' | 'REJECT' | 'ISSUE' | 'SUSPEND' | 'REINSTATE' | 'REVOKE';

/**
 * The permit lifecycle: APPLIED → APPROVED → ISSUED ⇄ SUSPENDED, then EXPIRED (derived) or
 * REVOKED; APPLIED → REJECTED. REJECTED, EXPIRED and REVOKED are final.
 */
const TRANSITIONS: Record<PermitAction, { from: readonly EffectivePermitStatus[]; to: WildlifePermitStatus }> = {
  APPROVE: { from: ['APPLIED'], to: 'APPROVED' },
  REJECT: { from: ['APPLIED'], to: 'REJECTED' },
  ISSUE: { from: ['APPROVED'], to: 'ISSUED' },
  SUSPEND: { from: ['ISSUED'], to: 'SUSPENDED' },
  REINSTATE: { from: ['SUSPENDED'], to: 'ISSUED' },
  REVOKE: { from: ['ISSUED', 'SUSPENDED'], to: 'REVOKED' },
};

export function transition(action: PermitAction, permit: PermitState, now: Date): { to: WildlifePermitStatus } | { refusal: string } {
  const current = effectiveStatus(permit, now);
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(current)) {
    return { refusal: `Cannot ${action.toLowerCase()} a permit that is ${current}; only from ${from.join(' or ')}` };
  }
  // An application still pending when its requested validity ends cannot become a live permit.
  if (action === 'APPROVE' && permit.validUntil <= now) {
    return { refusal: 'Cannot approve: the requested validity is already over' };
  }
  return { to };
}

/** Suspensions and revocations take rights away: they must state their grounds. */
const REASON_REQUIRED: ReadonlySet<PermitAction> = new Set(['SUSPEND', 'REVOKE']);

/** Who issues, suspends, reinstates or revokes a permit, and why. */
export function permitActionInput(action: PermitAction) {
  return z.object({
    actor: requiredText(1, 50),
    reason: REASON_REQUIRED.has(action)
      ? requiredText(2, 1000)
      : z.string().trim().min(1, 'cannot be blank').max(1000).nullable(),
  });
}

/** Why a use of `quantity` cannot be recorded on the permit at `usedAt`, if it cannot. */
export function useRefusal(
  permit: PermitState & { validFrom: Date; remainingQuantity: number },
  quantity: number,
  usedAt: Date,
  now: Date,
): string | undefined {
  const current = effectiveStatus(permit, now);
  if (current !== 'ISSUED') return `The permit is ${current}: only an issued permit can be used`;
  if (usedAt < permit.validFrom) return 'The permit was not yet valid at usedAt';
  if (quantity > permit.remainingQuantity) {
    return `Quantity ${quantity} exceeds the remaining ${permit.remainingQuantity}`;
  }
  return undefined;
}

/**
 * Permit numbers follow the issuing authority's register: `林护许准` for the national
 * administration, `黑林野许` / `吉林野许` for the two provinces, then the year and a sequence,
 * e.g. `黑林野许〔2026〕0042号`.
 */
export function permitNumberPrefix(authority: WildlifeApprovalAuthority, holderDivisionCode: string, issuedAt: Date): string {
  const register =
    authority === 'NATIONAL_FORESTRY_AND_GRASSLAND_ADMINISTRATION' ? '林护许准' : holderDivisionCode.startsWith('23') ? '黑林野许' : '吉林野许';
  const year = inBeijing(issuedAt).getUTCFullYear();
  return `${register}〔${year}〕`;
}

export function permitNumber(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(4, '0')}号`;
}
