import type { FieldProblem } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import type { PestOccurrenceStatus, PestTreatmentResult } from '../generated/prisma/enums.js';
import { severityOf } from './severity.js';
import { hectares, name, pastDay } from './validation.js';

/**
 * How far the sub-compartment area a surveyor submits may differ from this subgraph's
 * inventory snapshot: one hundredth of a hectare, the inventory's own precision. A larger
 * difference means the sub-compartment was re-surveyed since the snapshot was taken, and the
 * affected area cannot be checked against it.
 */
export const SNAPSHOT_AREA_TOLERANCE = 0.01;

export function matchesSnapshotArea(submitted: number, snapshot: number): boolean {
  return Math.round(Math.abs(submitted - snapshot) * 100) <= SNAPSHOT_AREA_TOLERANCE * 100;
}

/** What a surveyor records for one sub-compartment; the severity and county are derived. */
export const occurrenceInput = z.object({
  pestCode: z.string().trim().min(1),
  subCompartmentId: z.string().trim().min(1),
  subCompartmentArea: z.number().positive('must be greater than 0'),
  surveyedOn: pastDay,
  surveyor: name(40),
  indicatorValue: z.number().min(0, 'cannot be negative'),
  affectedArea: hectares,
  notes: z.string().trim().max(500).nullable(),
});

/**
 * The rules between a finding, its pest and the surveyed stand: the stand's dominant species
 * hosts the pest (unless the pest has no host restriction), the indicator reaches the pest's
 * lowest occurrence threshold, and no more than the stand's area is affected.
 */
export function occurrenceProblems(
  finding: { indicatorValue: number; affectedArea: number },
  pest: { name: string; hostSpeciesCodes: readonly string[]; severityThresholds: readonly number[] },
  stand: { dominantSpeciesCode: string; area: number },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (pest.hostSpeciesCodes.length > 0 && !pest.hostSpeciesCodes.includes(stand.dominantSpeciesCode)) {
    problems.push({ field: 'input.pestCode', message: `${pest.name} does not attack the dominant species ${stand.dominantSpeciesCode}` });
  }
  if (!severityOf(finding.indicatorValue, pest.severityThresholds)) {
    problems.push({ field: 'input.indicatorValue', message: `is below ${pest.severityThresholds[0]}, the lowest value of an occurrence` });
  }
  if (finding.affectedArea > stand.area) {
    problems.push({ field: 'input.affectedArea', message: `exceeds the sub-compartment's ${stand.area} ha` });
  }
  return problems;
}

/** Occurrences that still need control work. */
export const OPEN_STATUSES = ['ACTIVE', 'UNDER_TREATMENT'] as const satisfies readonly PestOccurrenceStatus[];

function isOpen(status: PestOccurrenceStatus): boolean {
  return status !== 'CONTROLLED';
}

/**
 * The occurrence life cycle: a survey opens it ACTIVE; a treatment moves it to
 * UNDER_TREATMENT, or closes it as CONTROLLED when the treatment's result is CONTROLLED.
 * A controlled occurrence takes no more treatments (undefined): a new outbreak is a new survey.
 */
export function statusAfterTreatment(current: PestOccurrenceStatus, result: PestTreatmentResult): PestOccurrenceStatus | undefined {
  if (!isOpen(current)) return undefined;
  return result === 'CONTROLLED' ? 'CONTROLLED' : 'UNDER_TREATMENT';
}
