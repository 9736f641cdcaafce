/** JSON as stored in audit entries. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Names of arguments and columns that hold personal identity data: identity card numbers,
 * phone numbers and e-mail addresses (applicants, requesters and letter writers give them).
 * The audit log keeps that such a value was given, never the value.
 */
const PERSONAL_DATA = /(idnumber|identitynumber|idcard|phone|mobile|email)$/i;
export const REDACTED = '[redacted]';

/**
 * A database row or GraphQL value as JSON: dates as ISO strings, decimals and big integers as
 * strings, bytes as base64, and personal identity data replaced by `[redacted]` at any depth.
 */
export function auditJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(auditJson);
  if (typeof value === 'object') {
    // Prisma's Decimal and similar value objects know their JSON form.
    const toJSON = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === 'function') return auditJson(toJSON.call(value));
    return auditJsonObject(value as Record<string, unknown>);
  }
  return String(value);
}

export function auditJsonObject(value: Record<string, unknown>): JsonObject {
  const result: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    result[key] = PERSONAL_DATA.test(key) && child !== null ? REDACTED : auditJson(child);
  }
  return result;
}
