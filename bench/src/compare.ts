import type { GraphQLBody } from './ipc.js';

/** Drops the volatile fields and orders object keys, so that equal data compares equal. */
export function normalise(value: unknown, volatile: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item, volatile));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !volatile.has(key))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, normalise(item, volatile)]),
    );
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The first place two normalised values differ, as `path: expected … got …`; undefined when equal. */
export function firstDifference(expected: unknown, actual: unknown, path = 'data'): string | undefined {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return `${path}: ${expected.length} items expected, got ${actual.length}`;
    for (let index = 0; index < expected.length; index++) {
      const difference = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      const difference = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

/** Why a response is not a complete answer (errors, or no data); undefined when it is. */
export function problemWith(status: number, body: GraphQLBody): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${show(body)}`;
  if (body.errors?.length) return `errors: ${body.errors.map((error) => `${error.message} (${error.extensions?.code ?? 'no code'})`).join('; ')}`;
  if (body.data === null || body.data === undefined) return 'no data';
  return undefined;
}
