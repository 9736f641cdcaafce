import { addDays, chinaInstant, fromDateValue } from '@forestry/subgraph-runtime/calendar';

/**
 * An inclusive range of China-time dates (GraphQL `Date` arguments) as a filter on an instant
 * column; undefined when neither end is given.
 */
export function chinaDateRange(from: Date | null | undefined, to: Date | null | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: chinaInstant(fromDateValue(from)) } : {}),
    ...(to ? { lt: chinaInstant(addDays(fromDateValue(to), 1)) } : {}),
  };
}
