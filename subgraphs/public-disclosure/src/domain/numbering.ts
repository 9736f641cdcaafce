/**
 * The human-readable numbers the public quotes: a pinyin prefix, the year (China time) and a
 * sequence that restarts every year, e.g. `LYSP-2026-000123`.
 */
export const NUMBER_FORMATS = {
  /** 林业审批: receipt numbers of online applications (受理编号). */
  licenceApplication: { prefix: 'LYSP', width: 6 },
  /** 依申请公开: disclosure requests. */
  disclosureRequest: { prefix: 'YSQGK', width: 4 },
  /** 领导信箱: mailbox letters. */
  mailboxLetter: { prefix: 'LDXX', width: 5 },
  /** 主动公开: index numbers of published items (索引号). */
  disclosureItem: { prefix: 'ZDGK', width: 5 },
} as const;

export type NumberKind = keyof typeof NUMBER_FORMATS;

export function formatNumber(kind: NumberKind, year: number, sequence: number): string {
  const { prefix, width } = NUMBER_FORMATS[kind];
  return `${prefix}-${year}-${String(sequence).padStart(width, '0')}`;
}
