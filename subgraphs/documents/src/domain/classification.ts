import type { Clearance } from '@forestry/subgraph-runtime';
import type { OfficeDocumentClassification } from '../generated/prisma/enums.js';

const READABLE: Record<Clearance, readonly OfficeDocumentClassification[]> = {
  none: ['PUBLIC', 'INTERNAL'],
  secret: ['PUBLIC', 'INTERNAL', 'SECRET'],
  confidential: ['PUBLIC', 'INTERNAL', 'SECRET', 'CONFIDENTIAL'],
};

/**
 * The classifications a caller with `clearance` may see: without clearance, PUBLIC and
 * INTERNAL only; 秘密 (SECRET) and 机密 (CONFIDENTIAL) need a clearance at least that high.
 * This is the one place that decides what is visible: every query, search, lookup, count and
 * entity resolution filters documents on it.
 */
export function readableClassifications(clearance: Clearance = 'none'): OfficeDocumentClassification[] {
  return [...READABLE[clearance]];
}

/** `readableClassifications` as a Prisma condition on documents. */
export function visibleDocuments(clearance?: Clearance) {
  return { classification: { in: readableClassifications(clearance) } };
}
