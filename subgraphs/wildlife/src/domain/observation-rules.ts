import { isCountyCode } from '@forestry/forest-resources/reference-data';
import type { FieldProblem } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import { WildlifeObservationMethod, type WildlifeGroup, type WildlifeProtectionClass } from '../generated/prisma/enums.js';
import { REGION_BOUNDS } from './divisions.js';
import { kingdomOf } from './species.js';

/** More individuals than this in one record is a data-entry error (the largest crane flocks reach ~2,000). */
const MAX_INDIVIDUALS_PER_OBSERVATION = 5000;
/** Monitoring records before the provincial monitoring network existed are not accepted. */
const EARLIEST_OBSERVATION = new Date('2000-01-01T00:00:00+08:00');

/** Rejected records are misidentifications: no count or list of presence includes them. */
export const COUNTED = { verificationStatus: { not: 'REJECTED' } } as const;

/** Methods whose record is a file: without it there is nothing to verify. */
const METHODS_WITH_EVIDENCE_FILE: ReadonlySet<WildlifeObservationMethod> = new Set(['INFRARED_CAMERA', 'ACOUSTIC']);
/** Methods that can only detect animals. */
const ANIMAL_ONLY_METHODS: ReadonlySet<WildlifeObservationMethod> = new Set(['INFRARED_CAMERA', 'TRACKS_AND_SIGNS', 'ACOUSTIC']);

const optionalText = (max: number) => z.string().trim().min(1, 'cannot be blank').max(max).nullable();

/** A new observation as the monitoring staff record it, checked field by field and as a whole. */
export function newObservation(now: Date) {
  return z
    .object({
      speciesCode: z.string().min(1),
      reserveCode: z.string().min(1).nullable(),
      divisionCode: z
        .string()
        .regex(/^\d{6}$/, 'must be a 6-digit county code')
        .refine(isCountyCode, 'is not a county-level division of Heilongjiang or Jilin'),
      subCompartmentId: z.uuid('must be a sub-compartment id').nullable(),
      observedAt: z.date().min(EARLIEST_OBSERVATION, 'is before 2000').max(now, 'cannot be in the future'),
      observer: z.string().trim().min(1, 'is required').max(50),
      method: z.enum(WildlifeObservationMethod),
      individualCount: z.int().min(1, 'must be at least 1').max(MAX_INDIVIDUALS_PER_OBSERVATION),
      evidenceRef: optionalText(200),
      longitude: z.number().min(REGION_BOUNDS.minLongitude).max(REGION_BOUNDS.maxLongitude),
      latitude: z.number().min(REGION_BOUNDS.minLatitude).max(REGION_BOUNDS.maxLatitude),
      note: optionalText(1000),
    })
    .superRefine((observation, issues) => {
      if (METHODS_WITH_EVIDENCE_FILE.has(observation.method) && observation.evidenceRef === null) {
        issues.addIssue({ code: 'custom', path: ['evidenceRef'], message: `is required for ${observation.method}` });
      }
    });
}

type NewObservation = z.output<ReturnType<typeof newObservation>>;

/**
 * What the species requires of a record: cameras, tracks and recordings do not detect plants,
 * and a national class-I species is only recorded with evidence a reviewer can check.
 */
export function speciesProblems(
  observation: Pick<NewObservation, 'method' | 'evidenceRef'>,
  species: { name: string; group: WildlifeGroup; protectionClass: WildlifeProtectionClass },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (kingdomOf(species.group) === 'PLANT' && ANIMAL_ONLY_METHODS.has(observation.method)) {
    problems.push({ field: 'input.method', message: `${observation.method} cannot detect a plant (${species.name})` });
  }
  if (species.protectionClass === 'NATIONAL_CLASS_I' && observation.evidenceRef === null) {
    problems.push({ field: 'input.evidenceRef', message: `is required for a national class-I species (${species.name})` });
  }
  return problems;
}

/** The reviewer's decision on an unverified observation. A rejection must say why. */
export const verificationDecision = z
  .object({
    status: z.enum(['VERIFIED', 'REJECTED']),
    verifiedBy: z.string().trim().min(1, 'is required').max(50),
    rejectionReason: optionalText(500),
  })
  .superRefine((decision, issues) => {
    if (decision.status === 'REJECTED' && decision.rejectionReason === null) {
      issues.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'is required to reject an observation' });
    }
    if (decision.status === 'VERIFIED' && decision.rejectionReason !== null) {
      issues.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'must be empty when verifying' });
    }
  });
