import { z } from 'zod';
import { ArchiveRetentionPeriod } from '../generated/prisma/enums.js';
import { id, text } from './validation.js';

/**
 * Retention periods (保管期限) with their code in the archive number and how long they keep a
 * file. 永久 and 定期30年/10年 are the current periods; 长期 (16–50 years) and 短期 (up to 15
 * years) are the earlier ones, still found on older files.
 */
const RETENTION: Record<ArchiveRetentionPeriod, { code: string; years: number | null }> = {
  PERMANENT: { code: 'Y', years: null },
  THIRTY_YEARS: { code: 'D30', years: 30 },
  TEN_YEARS: { code: 'D10', years: 10 },
  LONG_TERM: { code: 'C', years: 50 },
  SHORT_TERM: { code: 'D', years: 15 },
};

/** The last year a file is kept, or null when it is kept permanently. */
export function retainUntilYear(year: number, period: ArchiveRetentionPeriod): number | null {
  const { years } = RETENTION[period];
  return years === null ? null : year + years;
}

export interface ArchiveNumberParts {
  fondsCode: string;
  year: number;
  retentionPeriod: ArchiveRetentionPeriod;
  orgCode: string;
}

/**
 * The part of the archive number (档号) shared by one series: fonds, category 文书 (WS) and
 * year, retention period and organisation, e.g. `J105-WS·2026-Y-BGS-`.
 */
export function archiveSeriesPrefix(parts: ArchiveNumberParts): string {
  return `${parts.fondsCode}-WS·${parts.year}-${RETENTION[parts.retentionPeriod].code}-${parts.orgCode}-`;
}

/** The archive number of the `sequence`-th file of a series (件号, four digits). */
export function archiveNumber(parts: ArchiveNumberParts, sequence: number): string {
  return `${archiveSeriesPrefix(parts)}${String(sequence).padStart(4, '0')}`;
}

export const archiveFiling = z.object({
  documentId: id,
  retentionPeriod: z.enum(ArchiveRetentionPeriod),
  archivedBy: text(50),
});
