import type { FieldProblem } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import type { PestTreatmentResult } from '../generated/prisma/enums.js';
import { isoDay } from './dates.js';
import { hectares, name, pastDay, twoDecimals } from './validation.js';

/** Efficacy (防治效果, %) from which a treatment has brought the pest under control. */
export const CONTROLLED_EFFICACY = 85;
/** Efficacy below which a treatment counts as ineffective. */
export const EFFECTIVE_EFFICACY = 60;
/** An aerial spraying covers many sub-compartments, but one record is one county's operation. */
export const MAX_OCCURRENCES_PER_TREATMENT = 50;

/** The result is derived from the measured efficacy, so that the two can never disagree. */
export function treatmentResultOf(efficacy: number): PestTreatmentResult {
  if (efficacy >= CONTROLLED_EFFICACY) return 'CONTROLLED';
  if (efficacy >= EFFECTIVE_EFFICACY) return 'EFFECTIVE';
  return 'INEFFECTIVE';
}

export const treatmentInput = z.object({
  occurrenceIds: z
    .array(z.string().trim().min(1))
    .min(1, 'must name at least one occurrence')
    .max(MAX_OCCURRENCES_PER_TREATMENT, `must name at most ${MAX_OCCURRENCES_PER_TREATMENT} occurrences`)
    .refine((ids) => new Set(ids).size === ids.length, 'names an occurrence twice'),
  method: z.enum(['CHEMICAL', 'BIOLOGICAL', 'PHYSICAL', 'SILVICULTURAL']),
  measure: name(60),
  treatedOn: pastDay,
  area: hectares,
  cost: z.number().min(0, 'cannot be negative').refine(twoDecimals, 'has at most 2 decimals'),
  efficacy: z.number().min(0).max(100).refine(twoDecimals, 'has at most 2 decimals'),
  operator: name(60),
});

export type TreatmentInput = z.output<typeof treatmentInput>;

/** What a treatment is checked against for each occurrence it covers. */
export interface TreatedOccurrence {
  pestCode: string;
  divisionCode: string;
  subCompartmentId: string;
  surveyedOn: Date;
  /** Hectares of the sub-compartment, from the inventory snapshot. */
  subCompartmentArea: number;
}

/**
 * The rules between a treatment and the occurrences it covers: one pest, one county, not
 * before any of them was surveyed, and no more area than their sub-compartments have.
 */
export function treatmentProblems(input: TreatmentInput, occurrences: readonly TreatedOccurrence[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (new Set(occurrences.map((occurrence) => occurrence.pestCode)).size > 1) {
    problems.push({ field: 'input.occurrenceIds', message: 'covers occurrences of different pests' });
  }
  if (new Set(occurrences.map((occurrence) => occurrence.divisionCode)).size > 1) {
    problems.push({ field: 'input.occurrenceIds', message: 'covers occurrences in different counties' });
  }
  const lastSurvey = Math.max(...occurrences.map((occurrence) => occurrence.surveyedOn.getTime()));
  if (input.treatedOn.getTime() < lastSurvey) {
    problems.push({ field: 'input.treatedOn', message: `is before the survey of ${isoDay(new Date(lastSurvey))}` });
  }
  const areas = new Map(occurrences.map((occurrence) => [occurrence.subCompartmentId, occurrence.subCompartmentArea]));
  const treatable = [...areas.values()].reduce((sum, area) => sum + area, 0);
  if (input.area > treatable + 1e-9) {
    problems.push({ field: 'input.area', message: `exceeds the ${treatable.toFixed(2)} ha of the sub-compartments treated` });
  }
  return problems;
}
