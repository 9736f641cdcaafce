import type { ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import type { Logger } from 'pino';
import type { SubgraphContext } from '../context.js';
import { environmentPrefix, type PrismaClientLike } from '../database.js';
import { ErrorCode } from '../errors.js';
import { verifyServiceCredential } from '../identity.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { outboxSize, sqlAuditOutbox, type RawSql } from './outbox.js';
import { auditPlugin, auditRequestScope } from './plugin.js';
import { AUDIT_DELIVERY_PATH, AUDIT_SUBGRAPH, auditDeliverySchema } from './record.js';
import { AuditRelay } from './relay.js';

export interface AuditDeliveryOptions {
  /** The audit subgraph's URL (its `/graphql`, as in the supergraph); null keeps entries in the outbox. */
  url: string | null;
  /** First and longest wait between attempts while the audit subgraph cannot be reached (default 1 s, 60 s). */
  retryDelayMs?: { first: number; max: number };
}

/** `AUDIT_URL`, else the audit subgraph on this host at `AUDIT_PORT` or its default port. */
export function auditDeliveryFromEnv(env: NodeJS.ProcessEnv = process.env): AuditDeliveryOptions {
  const prefix = environmentPrefix(AUDIT_SUBGRAPH.name);
  return { url: env[`${prefix}_URL`] ?? `http://127.0.0.1:${env[`${prefix}_PORT`] ?? AUDIT_SUBGRAPH.defaultPort}/graphql` };
}

/** What a running subgraph offers about its audit entries. */
export interface AuditControl {
  /** Delivers waiting entries now; resolves with how many are still waiting (0 once delivered). */
  deliver(): Promise<number>;
}

export interface Auditing extends AuditControl {
  plugin: ApolloServerPlugin<SubgraphContext<unknown, unknown>>;
  requestScope: express.RequestHandler;
  /** Adds the delivery endpoint when this subgraph keeps the audit log. */
  mount(app: express.Express): void;
  stop(): Promise<void>;
}

/**
 * Auditing for one subgraph: the capture of its mutation requests, and either the relay that
 * delivers its entries to the audit subgraph or, in the audit subgraph, the endpoint that
 * receives them. Nothing of it is specific to a department.
 */
export function startAuditing<Client extends PrismaClientLike>(options: {
  definition: SubgraphDefinition<Client, unknown>;
  db: Client;
  delivery: AuditDeliveryOptions | undefined;
  internalSecret: string;
  log: Logger;
}): Auditing {
  const { definition, internalSecret, log } = options;
  const db = options.db as unknown as RawSql;
  const store = definition.storeAuditEntries?.bind(definition);
  const relay =
    !store && options.delivery?.url
      ? new AuditRelay(sqlAuditOutbox(db), { url: options.delivery.url, department: definition.name, internalSecret, retryDelayMs: options.delivery.retryDelayMs }, log)
      : undefined;
  relay?.start();

  return {
    // The audit subgraph has no mutations of its own to record, and nowhere to deliver them.
    plugin: store ? {} : auditPlugin({ db, log, entryReady: () => relay?.notify() }),
    requestScope: auditRequestScope(),
    mount(app) {
      if (!store) return;
      app.post(AUDIT_DELIVERY_PATH, express.json({ limit: '50mb' }), async (request, response) => {
        const token = /^Bearer (.+)$/.exec(request.header('authorization') ?? '')?.[1] ?? '';
        const department = await verifyServiceCredential(token, internalSecret).catch(() => undefined);
        if (!department) {
          response.status(401).json({ errors: [{ message: 'Invalid or missing service credential', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
          return;
        }
        const delivery = auditDeliverySchema.safeParse(request.body);
        if (!delivery.success) {
          response.status(400).json({ errors: [{ message: `Invalid audit delivery: ${delivery.error.message}`, extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
        try {
          await store(options.db, department, delivery.data.entries);
          response.json({ stored: delivery.data.entries.length });
        } catch (error) {
          log.error({ err: error, department }, 'could not store audit entries');
          response.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
        }
      });
    },
    deliver: () => (relay ? relay.deliverNow() : outboxSize(db)),
    stop: async () => relay?.stop(),
  };
}

export {
  AUDIT_CHANGE_KINDS,
  AUDIT_DELIVERY_PATH,
  AUDIT_OUTCOMES,
  AUDIT_SUBGRAPH,
  auditEntrySchema,
  type AuditChange,
  type AuditEntryRecord,
  type AuditOutcome,
} from './record.js';
export type { AuditOutbox, OutboxRow } from './outbox.js';
export { auditErrorCodes, mutationEntryHeader } from './plugin.js';
export { AuditRelay, type AuditRelayOptions } from './relay.js';
