import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ANONYMOUS,
  auditEntrySchema,
  auditErrorCodes,
  AuditRelay,
  mutationEntryHeader,
  REQUEST_ID_HEADER,
  type AuditControl,
  type AuditDeliveryOptions,
  type AuditEntryRecord,
  type AuditOutbox,
  type Logger,
  type OutboxRow,
  type Viewer,
} from '@forestry/subgraph-runtime';
import type { Request, RequestHandler, Response } from 'express';
import { getOperationAST, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Metrics } from './metrics.js';

/** The service the gateway delivers its entries as: `auditLog(filter: { department: "gateway" })`. */
const GATEWAY_AUDIT_DEPARTMENT = 'gateway';

/** Entries waiting in memory at most; beyond that the oldest give way. */
const OUTBOX_CAPACITY = 10_000;

/**
 * The gateway's outbox, in memory: the gateway has no database. Its entries are refusals, which
 * changed no data, so losing the few still waiting when the process ends (or the oldest, when
 * the audit subgraph is away long enough for the outbox to fill) is acceptable: best effort
 * across a restart, where a department's outbox commits with its change.
 */
export class MemoryAuditOutbox implements AuditOutbox {
  readonly #entries = new Map<string, AuditEntryRecord>();
  readonly #capacity: number;
  readonly #dropped: () => void;
  readonly #log: Logger;
  #full = false;

  constructor(options: { capacity: number; log: Logger; dropped: () => void }) {
    this.#capacity = options.capacity;
    this.#dropped = options.dropped;
    this.#log = options.log;
  }

  add(entry: AuditEntryRecord): void {
    while (this.#entries.size >= this.#capacity) {
      // A Map iterates in insertion order: the first key is the oldest entry.
      const [oldest] = this.#entries.keys();
      this.#entries.delete(oldest!);
      this.#dropped();
      // One warning each time the outbox fills; the metric counts every entry lost.
      if (!this.#full) this.#log.warn({ capacity: this.#capacity }, 'gateway audit outbox full; dropping the oldest entries');
      this.#full = true;
    }
    this.#entries.set(entry.id, entry);
  }

  async read(limit: number): Promise<OutboxRow[]> {
    const rows: OutboxRow[] = [];
    for (const entry of this.#entries.values()) {
      if (rows.length === limit) break;
      rows.push({ id: entry.id, entry, complete: true, abandoned: false });
    }
    return rows;
  }

  async remove(delivered: readonly OutboxRow[]): Promise<void> {
    for (const row of delivered) this.#entries.delete(row.id);
    if (this.#entries.size < this.#capacity) this.#full = false;
  }

  async size(): Promise<number> {
    return this.#entries.size;
  }
}

/** One GraphQL request on its way through the gateway's Express routes. */
interface RequestScope {
  arrivedAt: Date;
  /** Apollo Server's request pipeline took the request: its plugin decides about the entry. */
  inPipeline: boolean;
}

/** A mutation attempt the gateway refused, as far as the refusal let the gateway read it. */
interface RefusedAttempt {
  requestId: string;
  at: Date;
  viewer: Viewer;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: unknown;
  /** The codes the caller got. */
  errorCodes: string[];
}

export interface RefusedMutations extends AuditControl {
  /**
   * For every Apollo Server of the gateway: records a mutation whose request ended with errors
   * before execution started (invalid against the schema or its variables, over a limit, a
   * persisted-query refusal of known text). Once execution starts, the departments record it.
   */
  plugin: ApolloServerPlugin<{ requestId: string; viewer: Viewer }>;
  /** Apollo Server took the request (call from its context function): the plugin decides about it. */
  enteredPipeline(request: Request): void;
  /**
   * First in each GraphQL route: records mutations refused before Apollo Server's pipeline (token,
   * trusted documents, CSRF prevention), by the error codes of the response. Requests over the
   * rate limit are counted in the metrics instead: reading them would cost what the limit saves.
   */
  beforePipeline(settings: {
    /** The verified viewer; none when the token did not verify (recorded as the public). */
    viewerOf: (request: Request) => Viewer | undefined;
    /** The route's body parser, to read the text of a request refused before its body was read. */
    parseBody: RequestHandler;
  }): RequestHandler;
  /** Delivers what is waiting, then stops; call after the HTTP server has drained. */
  stop(): Promise<void>;
}

/**
 * Mutation attempts the gateway refuses itself never reach a department, so no department
 * records them: the gateway does, as service `gateway`, through the relay the departments use.
 * An attempt is a mutation only if its text parses within the token limit and the operation it
 * names (or its only one) is a mutation; a document over the token limit is not parsed here either.
 */
export function recordRefusedMutations(options: {
  /** The audit subgraph; without a URL, entries wait in memory. */
  delivery: AuditDeliveryOptions | undefined;
  internalSecret: string;
  maxTokens: number;
  metrics: Metrics;
  log: Logger;
}): RefusedMutations {
  const { log, maxTokens } = options;
  const outbox = new MemoryAuditOutbox({ capacity: OUTBOX_CAPACITY, log, dropped: () => options.metrics.auditEntriesDropped.inc() });
  const relay = options.delivery?.url
    ? new AuditRelay(
        outbox,
        {
          url: options.delivery.url,
          department: GATEWAY_AUDIT_DEPARTMENT,
          internalSecret: options.internalSecret,
          retryDelayMs: options.delivery.retryDelayMs,
        },
        log,
      )
    : undefined;

  const parseText = (text: unknown): DocumentNode | undefined => {
    if (typeof text !== 'string' || text === '') return undefined;
    try {
      return parse(text, { maxTokens });
    } catch {
      return undefined;
    }
  };

  const record = (attempt: RefusedAttempt): void => {
    const operation = getOperationAST(attempt.document, attempt.operationName);
    if (operation?.operation !== 'mutation') return;
    const variables = isObject(attempt.variables) ? attempt.variables : {};
    const entry = auditEntrySchema.safeParse({
      ...mutationEntryHeader(attempt, attempt.document, operation, variables),
      outcome: 'REJECTED',
      errorCodes: attempt.errorCodes,
      changes: [],
      complete: true,
    });
    // An entry the audit subgraph would refuse would hold up every delivery behind it.
    if (!entry.success) {
      log.error({ err: entry.error, requestId: attempt.requestId }, 'could not record a refused mutation');
      return;
    }
    outbox.add(entry.data);
    relay?.notify();
  };

  const scopes = new WeakMap<Request, RequestScope>();

  return {
    enteredPipeline(request) {
      const scope = scopes.get(request);
      if (scope) scope.inPipeline = true;
    },
    plugin: {
      async requestDidStart({ contextValue }) {
        const at = new Date();
        let executing = false;
        return {
          async executionDidStart() {
            executing = true;
          },
          async willSendResponse({ request, source, document, response }) {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            if (executing || errors.length === 0) return;
            // Without a source, the refusal came before the text was taken (persisted-query checks);
            // with one but no document, the text did not parse.
            const refused = document ?? (source === undefined ? parseText(request.query) : undefined);
            if (!refused) return;
            record({
              requestId: contextValue.requestId,
              at,
              viewer: contextValue.viewer,
              document: refused,
              operationName: request.operationName,
              variables: request.variables,
              errorCodes: auditErrorCodes(errors),
            });
          },
        };
      },
    },

    beforePipeline({ viewerOf, parseBody }) {
      const recordRefusal = async (request: Request, response: Response, scope: RequestScope, body: unknown): Promise<void> => {
        if (!('body' in request)) {
          // Refused before its body was read. A bad token is worth reading on; a caller over the
          // rate limit is not, or a flood would cost the gateway what the limit saves it (the
          // metrics count those refusals).
          if (response.statusCode !== 401) return;
          await new Promise<void>((resolve) => parseBody(request, response, () => resolve()));
        }
        const sent = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | undefined;
        const document = parseText(sent?.query);
        if (!document) return;
        record({
          requestId: request.header(REQUEST_ID_HEADER) ?? randomUUID(),
          at: scope.arrivedAt,
          viewer: viewerOf(request) ?? ANONYMOUS,
          document,
          operationName: typeof sent?.operationName === 'string' ? sent.operationName : undefined,
          variables: typeof sent?.variables === 'string' ? parseJson(sent.variables) : sent?.variables,
          errorCodes: errorCodesIn(body),
        });
      };

      return (request, response, next) => {
        const scope: RequestScope = { arrivedAt: new Date(), inPipeline: false };
        scopes.set(request, scope);
        const send = response.send.bind(response);
        let held = false;
        // Every refusal here ends in `send` (`json` calls it). A refusal is held until its entry is
        // in the outbox, as a department completes its entry before the response leaves.
        response.send = (body?: unknown) => {
          if (held || scope.inPipeline || response.statusCode < 400) return send(body);
          held = true;
          void recordRefusal(request, response, scope, body)
            .catch((error: unknown) => log.error({ err: error }, 'could not record a refused mutation'))
            .finally(() => send(body));
          return response;
        };
        next();
      };
    },

    deliver: () => (relay ? relay.deliverNow() : outbox.size()),

    async stop() {
      if (!relay) return;
      // What is still waiting lives only in this process: one last attempt before it ends.
      const waiting = await relay.deliverNow();
      if (waiting > 0) log.warn({ waiting }, 'refused mutation attempts not delivered to the audit log before stopping');
      await relay.stop();
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The codes of a GraphQL error response as sent: a JSON string, a buffer or an object. */
function errorCodesIn(body: unknown): string[] {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? parseJson(String(body)) : body;
  const errors = isObject(payload) ? payload.errors : undefined;
  return Array.isArray(errors) ? auditErrorCodes(errors as GraphQLFormattedError[]) : [];
}
