/**
 * The day the demo data is "current" at: surveys, treatments and inspections happen before it
 * and the latest certificates are valid on it. A fixed day keeps the data deterministic.
 */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
