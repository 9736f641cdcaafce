import { divisionPrefix, userInputError } from '@forestry/subgraph-runtime';

export const MAX_PAGE_SIZE = 200;

/**
 * A division code from a query argument. Checked so that a stray value cannot widen a
 * prefix match (a code of "2" would otherwise match all of Jilin and Heilongjiang).
 */
export function divisionCodeArgument(value: string | number, field = 'divisionCode'): string {
  const code = String(value);
  if (!/^\d{6}$/.test(code)) {
    throw userInputError(`${field} must be a 6-digit GB/T 2260 code`, [{ field, message: 'must be a 6-digit GB/T 2260 code' }]);
  }
  return code;
}

/** Null and undefined alike mean "not given" in GraphQL arguments. */
export function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** Rows of the division named by an argument and of everything under it; all rows when none is named. */
export function atOrUnder(value: string | number | null | undefined, field = 'divisionCode'): { divisionCode?: { startsWith: string } } {
  return given(value) ? { divisionCode: { startsWith: divisionPrefix(divisionCodeArgument(value, field)) } } : {};
}

/**
 * GraphQL passes an omitted optional field as undefined and an explicit null as null; the
 * mutation rules treat both as "not given".
 */
export function withoutNulls<Input extends object>(input: Input): { [Key in keyof Input]: Exclude<Input[Key], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as { [Key in keyof Input]: Exclude<Input[Key], null> };
}

/** A BAD_USER_INPUT error about one field, for what only the database can check. */
export function invalidField(field: string, message: string) {
  return userInputError(`Invalid input: ${field}: ${message}`, [{ field, message }]);
}
