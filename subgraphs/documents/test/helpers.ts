import { segmentWords } from '../src/domain/search-text.js';
import { generateOfficeData } from '../src/seed/index.js';
import type { DocumentSeed } from '../src/seed/documents.js';

/** The demo data the test databases are seeded with. */
export const demo = generateOfficeData();

/** What a caller without clearance may see. */
export const unclassified = (document: DocumentSeed) =>
  document.classification === 'PUBLIC' || document.classification === 'INTERNAL';

/** The month (YYYY-MM) of an instant in Beijing time. */
export function beijingMonth(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** Whether a document contains every word of a query, as full-text search defines it. */
export function containsWords(document: DocumentSeed, query: string): boolean {
  const words = new Set([...segmentWords(document.title), ...segmentWords(`${document.issuingBody}\n${document.body}`)]);
  return segmentWords(query).every((word) => words.has(word));
}

export const first = <T>(items: readonly T[], predicate: (item: T) => boolean): T => {
  const found = items.find(predicate);
  if (!found) throw new Error('the demo data has no such item');
  return found;
};
