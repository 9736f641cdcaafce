import { z } from 'zod';
import type { LicensingSubject } from '../generated/prisma/enums.js';
import { isCountyCode } from '@forestry/forest-resources/reference-data';
import { identifierProblem, officer, personName, phoneNumber, text } from './input-fields.js';

/** Species are referenced as the wildlife department codes them: the kebab-case scientific name. */
export const SPECIES_CODE = /^[a-z]+(-[a-z]+){1,3}$/;

export const applicationSubmission = z
  .object({
    itemCode: z.string().trim().min(1),
    applicantKind: z.enum(['PERSON', 'ORGANISATION']),
    applicantName: text(2, 60),
    applicantIdNumber: z.string().trim().toUpperCase(),
    /** Defaults to the applicant for a person; an organisation names its contact. */
    contactName: personName.nullish(),
    contactPhone: phoneNumber,
    summary: text(10, 1000),
    subCompartmentId: z.uuid('must be a sub-compartment id (UUID)').nullish(),
    speciesCode: z.string().regex(SPECIES_CODE, 'must be a kebab-case scientific name, e.g. cervus-nippon').nullish(),
    divisionCode: z
      .string()
      .refine(isCountyCode, 'must be the code of a county-level division of Heilongjiang or Jilin')
      .nullish(),
  })
  .superRefine((input, issues) => {
    const problem = identifierProblem(input.applicantKind === 'PERSON', input.applicantIdNumber);
    if (problem) issues.addIssue({ code: 'custom', path: ['applicantIdNumber'], message: problem });
    if (input.applicantKind === 'ORGANISATION' && !input.contactName) {
      issues.addIssue({ code: 'custom', path: ['contactName'], message: 'is required for an organisation' });
    }
  });

export type ApplicationSubmission = z.output<typeof applicationSubmission>;

const SUBJECT_FIELDS = {
  SUB_COMPARTMENT: 'subCompartmentId',
  SPECIES: 'speciesCode',
  COUNTY: 'divisionCode',
} as const satisfies Record<Exclude<LicensingSubject, 'NONE'>, keyof ApplicationSubmission>;

/**
 * An application names exactly what its item concerns (a timber transport certificate its
 * sub-compartment, a breeding permit its species, a seed licence its county) and nothing else.
 */
export function subjectProblems(subject: LicensingSubject, input: ApplicationSubmission): { path: string; message: string }[] {
  return Object.entries(SUBJECT_FIELDS).flatMap(([kind, field]) => {
    const given = input[field] != null;
    if (kind === subject && !given) return [{ path: field, message: `is required for this item` }];
    if (kind !== subject && given) return [{ path: field, message: `does not apply to this item` }];
    return [];
  });
}

export const officerStep = z.object({ officer });

export const intakeRejection = z.object({ officer, reason: text(5, 500) });

export const supplementRequest = z.object({
  officer,
  missingMaterials: z.array(text(2, 200)).min(1, 'must list at least one missing material').max(20),
});

export const decisionInput = z
  .object({ officer, decision: z.enum(['APPROVED', 'DENIED']), reason: text(5, 1000).nullish() })
  .superRefine((input, issues) => {
    // 行政许可法 第三十八条: a refusal is written and reasoned.
    if (input.decision === 'DENIED' && !input.reason) {
      issues.addIssue({ code: 'custom', path: ['reason'], message: 'is required when the licence is denied' });
    }
  });

export const feedbackInput = z.object({ officer, channel: z.enum(['ONLINE', 'SMS', 'POST', 'IN_PERSON']) });
