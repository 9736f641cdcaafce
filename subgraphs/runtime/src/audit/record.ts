import { z } from 'zod';

/** The subgraph that keeps the platform's audit log; the others deliver their entries to it. */
export const AUDIT_SUBGRAPH = { name: 'audit', defaultPort: 4107 } as const;

/** Where the audit subgraph accepts deliveries, next to its `/graphql`. */
export const AUDIT_DELIVERY_PATH = '/internal/audit';

export const AUDIT_OUTCOMES = [
  /** The mutation ran without errors; its changes are committed. */
  'ACCEPTED',
  /** Refused for a reason the caller can act on (invalid input, forbidden, not found, conflict…). */
  'REJECTED',
  /** Failed unexpectedly (INTERNAL_SERVER_ERROR). */
  'FAILED',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_CHANGE_KINDS = ['CREATE', 'UPDATE', 'DELETE'] as const;

const jsonObject = z.record(z.string(), z.json());

const auditChangeSchema = z.object({
  /** The Prisma model, e.g. `FireIncident`. */
  model: z.string(),
  kind: z.enum(AUDIT_CHANGE_KINDS),
  /** The primary key's value(s), joined with `/` when composite. */
  recordId: z.string().nullable(),
  before: jsonObject.nullable(),
  after: jsonObject.nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

const auditActorSchema = z.object({
  subject: z.string().nullable(),
  role: z.string(),
  department: z.string().nullable(),
  divisionCode: z.string().nullable(),
});

/** One mutation request to one subgraph, as the subgraph records it and delivers it. */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  requestId: z.string(),
  at: z.iso.datetime({ offset: true }),
  actor: auditActorSchema,
  /** The client's operation name (the gateway's per-subgraph suffix removed). */
  operationName: z.string().nullable(),
  /** The mutation fields the operation selected. */
  fields: z.array(z.string()),
  variables: jsonObject,
  /** Each mutation field's arguments with variables substituted, by response key. */
  arguments: jsonObject,
  outcome: z.enum(AUDIT_OUTCOMES),
  errorCodes: z.array(z.string()),
  /** The rows the committed transactions wrote, with their state before and after. */
  changes: z.array(auditChangeSchema),
  /**
   * False while the request is still running: the entry was written by a committed transaction
   * and may yet gain an outcome. Delivered that way only when the request never finished.
   */
  complete: z.boolean(),
});
export type AuditEntryRecord = z.infer<typeof auditEntrySchema>;

export const auditDeliverySchema = z.object({ entries: z.array(auditEntrySchema).min(1).max(500) });
export type AuditDelivery = z.infer<typeof auditDeliverySchema>;
