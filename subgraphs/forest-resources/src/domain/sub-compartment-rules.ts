import { twoDecimals } from '@forestry/subgraph-runtime';
import { z } from 'zod';

/** Above this a stand volume is a data-entry error, not a forest (record stands reach ~700). */
export const MAX_STOCK_VOLUME_PER_HECTARE = 800;
/** The largest sub-compartment the inventory rules allow in the north-east state forests. */
export const MAX_SUB_COMPARTMENT_AREA = 1000;
/** The bounding box of Heilongjiang and Jilin. */
export const REGION_BOUNDS = { minLongitude: 121, maxLongitude: 135.2, minLatitude: 40.8, maxLatitude: 53.6 } as const;


/** The stand attributes a surveyor records, checked field by field and against each other. */
export const standAttributes = z
  .object({
    divisionCode: z.string().regex(/^\d{6}$/, 'must be a 6-digit county code'),
    area: z
      .number()
      .positive('must be greater than 0')
      .max(MAX_SUB_COMPARTMENT_AREA, `must be at most ${MAX_SUB_COMPARTMENT_AREA} ha`)
      .refine(twoDecimals, 'has at most 2 decimals'),
    dominantSpeciesCode: z.string().min(1),
    origin: z.enum(['NATURAL', 'PLANTED']),
    averageAge: z.int().min(1).max(500),
    stockVolume: z.number().min(0, 'cannot be negative'),
    canopyDensity: z.number().min(0).max(1).refine(twoDecimals, 'has at most 2 decimals'),
    ownership: z.enum(['STATE', 'COLLECTIVE']),
    forestCategory: z.enum(['PUBLIC_WELFARE', 'COMMERCIAL']),
    publicWelfareGrade: z.enum(['NATIONAL_KEY', 'NATIONAL_GENERAL', 'PROVINCIAL']).nullable(),
    longitude: z.number().min(REGION_BOUNDS.minLongitude).max(REGION_BOUNDS.maxLongitude),
    latitude: z.number().min(REGION_BOUNDS.minLatitude).max(REGION_BOUNDS.maxLatitude),
    surveyYear: z.int().min(1950).max(new Date().getFullYear()),
  })
  .superRefine((stand, issues) => {
    if (stand.stockVolume / stand.area > MAX_STOCK_VOLUME_PER_HECTARE) {
      issues.addIssue({
        code: 'custom',
        path: ['stockVolume'],
        message: `exceeds ${MAX_STOCK_VOLUME_PER_HECTARE} m³/ha for an area of ${stand.area} ha`,
      });
    }
    if (stand.forestCategory === 'PUBLIC_WELFARE' && stand.publicWelfareGrade === null) {
      issues.addIssue({ code: 'custom', path: ['publicWelfareGrade'], message: 'is required for public-welfare forest' });
    }
    if (stand.forestCategory === 'COMMERCIAL' && stand.publicWelfareGrade !== null) {
      issues.addIssue({ code: 'custom', path: ['publicWelfareGrade'], message: 'must be empty for commercial forest' });
    }
  });

export type StandAttributes = z.output<typeof standAttributes>;

export const newSubCompartment = z.object({
  compartmentCode: z.string().min(1),
  number: z.int().min(1).max(999).optional(),
});
