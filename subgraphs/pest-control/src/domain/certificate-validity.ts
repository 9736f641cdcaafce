import type { Prisma } from '../generated/prisma/client.js';
import { chinaDay } from './dates.js';

export type CertificateValidity = 'VALID' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED';

export interface CertificateTerms {
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
}

/**
 * A certificate's standing at an instant: revocation wins from the moment it was recorded;
 * otherwise the China calendar day decides, both validity dates included.
 */
export function validityOf(certificate: CertificateTerms, asOf: Date): CertificateValidity {
  if (certificate.revokedAt && certificate.revokedAt <= asOf) return 'REVOKED';
  const day = chinaDay(asOf);
  if (day < certificate.validFrom) return 'NOT_YET_VALID';
  if (day > certificate.validUntil) return 'EXPIRED';
  return 'VALID';
}

/** The same rule as `validityOf`, as a database filter. */
export function validityWhere(validity: CertificateValidity, asOf: Date): Prisma.QuarantineCertificateWhereInput {
  if (validity === 'REVOKED') return { revokedAt: { lte: asOf } };
  const day = chinaDay(asOf);
  const notRevoked: Prisma.QuarantineCertificateWhereInput = { OR: [{ revokedAt: null }, { revokedAt: { gt: asOf } }] };
  const byDay: Record<Exclude<CertificateValidity, 'REVOKED'>, Prisma.QuarantineCertificateWhereInput> = {
    VALID: { validFrom: { lte: day }, validUntil: { gte: day } },
    NOT_YET_VALID: { validFrom: { gt: day } },
    EXPIRED: { validUntil: { lt: day } },
  };
  return { AND: [notRevoked, byDay[validity]] };
}
