import type { FieldProblem } from '@forestry/subgraph-runtime';
import { z } from 'zod';
import type { PestQuarantineCategory, QuarantineConsignmentKind } from '../generated/prisma/enums.js';
import { daysBetween } from './dates.js';
import { isCountyCode } from '@forestry/forest-resources/reference-data';
import { name, pastDay } from './validation.js';

/** The unit a consignment's quantity is counted in. */
export const QUANTITY_UNITS: Record<QuarantineConsignmentKind, string> = {
  TIMBER: 'm³',
  SEEDLINGS: '株',
  WOOD_PACKAGING: '件',
};

const county = z.string().refine(isCountyCode, 'must be a county-level division of Heilongjiang or Jilin');

export const inspectionInput = z
  .object({
    consignmentKind: z.enum(['TIMBER', 'SEEDLINGS', 'WOOD_PACKAGING']),
    consignment: name(60),
    quantity: z.number().positive('must be greater than 0').max(1_000_000),
    consignor: name(60),
    originDivisionCode: county,
    destinationDivisionCode: county,
    inspectedOn: pastDay,
    inspector: name(40),
    result: z.enum(['PASSED', 'FAILED']),
    pestCodesFound: z.array(z.string().trim().min(1)).refine((codes) => new Set(codes).size === codes.length, 'lists a pest twice'),
  })
  .superRefine((inspection, issues) => {
    if (inspection.consignmentKind !== 'TIMBER' && !Number.isInteger(inspection.quantity)) {
      issues.addIssue({ code: 'custom', path: ['quantity'], message: `counts whole ${QUANTITY_UNITS[inspection.consignmentKind]}` });
    }
    if (inspection.originDivisionCode === inspection.destinationDivisionCode) {
      // Movements within a county are not transport quarantine (调运检疫).
      issues.addIssue({ code: 'custom', path: ['destinationDivisionCode'], message: 'must differ from the origin county' });
    }
    if (inspection.result === 'FAILED' && inspection.pestCodesFound.length === 0) {
      issues.addIssue({ code: 'custom', path: ['pestCodesFound'], message: 'must name the pests that failed the consignment' });
    }
  });

export type InspectionInput = z.output<typeof inspectionInput>;

/** A consignment that carries a quarantine pest cannot pass. */
export function inspectionResultProblems(
  result: InspectionInput['result'],
  pestsFound: readonly { code: string; quarantineCategory: PestQuarantineCategory }[],
): FieldProblem[] {
  const quarantinePests = pestsFound.filter((pest) => pest.quarantineCategory !== 'NONE').map((pest) => pest.code);
  return result === 'PASSED' && quarantinePests.length > 0
    ? [{ field: 'input.result', message: `cannot be PASSED with quarantine pests found (${quarantinePests.join(', ')})` }]
    : [];
}

/** Longest validity, first and last day included: a consignment is on the road for days, not months. */
export const MAX_CERTIFICATE_VALIDITY_DAYS = 30;
/** An inspection vouches for a consignment for this long; later, it must be inspected again. */
export const INSPECTION_VALIDITY_DAYS = 30;

export const certificateInput = z
  .object({
    issuingAuthority: name(60),
    validFrom: z.date(),
    validUntil: z.date(),
  })
  .superRefine((certificate, issues) => {
    const days = daysBetween(certificate.validFrom, certificate.validUntil);
    if (days < 0) issues.addIssue({ code: 'custom', path: ['validUntil'], message: 'is before validFrom' });
    if (days + 1 > MAX_CERTIFICATE_VALIDITY_DAYS) {
      issues.addIssue({ code: 'custom', path: ['validUntil'], message: `makes the certificate valid for more than ${MAX_CERTIFICATE_VALIDITY_DAYS} days` });
    }
  });

/** When a certificate may start to be valid, relative to the inspection it is issued for. */
export function certificateStartProblems(validFrom: Date, inspectedOn: Date): FieldProblem[] {
  const days = daysBetween(inspectedOn, validFrom);
  if (days < 0) return [{ field: 'input.validFrom', message: 'is before the inspection' }];
  if (days > INSPECTION_VALIDITY_DAYS) {
    return [{ field: 'input.validFrom', message: `is more than ${INSPECTION_VALIDITY_DAYS} days after the inspection` }];
  }
  return [];
}

const SERIAL_DIGITS = 5;

/** 植物检疫证书 number: issuing county code, year of issue and serial, e.g. 230724202600012. */
export function certificateNumber(countyCode: string, year: number, serial: number): string {
  return `${countyCode}${year}${String(serial).padStart(SERIAL_DIGITS, '0')}`;
}

export function certificateNumberPrefix(countyCode: string, year: number): string {
  return `${countyCode}${year}`;
}

export function serialOf(number: string): number {
  return Number(number.slice(-SERIAL_DIGITS));
}
