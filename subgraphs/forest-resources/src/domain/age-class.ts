import type { AgeClass, ForestOrigin } from '../generated/prisma/enums.js';

const AGE_CLASSES: readonly AgeClass[] = ['YOUNG', 'MIDDLE_AGED', 'NEAR_MATURE', 'MATURE', 'OVER_MATURE'];

export interface AgeLimits {
  naturalAgeLimits: readonly number[];
  plantedAgeLimits: readonly number[];
}

/**
 * The age class (龄组) of a stand, from its average age and the species' upper limits of the
 * young, middle-aged, near-mature and mature classes (planted stands have their own limits).
 * It is derived, never entered, so that statistics by age class cannot contradict the ages.
 */
export function ageClassOf(averageAge: number, origin: ForestOrigin, species: AgeLimits): AgeClass {
  const limits = origin === 'PLANTED' ? species.plantedAgeLimits : species.naturalAgeLimits;
  const index = limits.findIndex((upper) => averageAge <= upper);
  return AGE_CLASSES[index === -1 ? AGE_CLASSES.length - 1 : index]!;
}
