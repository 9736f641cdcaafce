import type { Logger } from 'pino';
import { signServiceCredential } from '../identity.js';
import type { AuditOutbox, OutboxRow } from './outbox.js';
import { AUDIT_DELIVERY_PATH } from './record.js';

export interface AuditRelayOptions {
  /** The audit subgraph's URL (its `/graphql`, as in the supergraph). */
  url: string;
  /** The department delivering (or `gateway`): it signs its deliveries as this service. */
  department: string;
  internalSecret: string;
  /** First and longest wait between attempts while the audit subgraph cannot be reached. */
  retryDelayMs?: { first: number; max: number };
}

const BATCH_SIZE = 100;
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * An entry still incomplete after this long belongs to a request that will not finish it (its
 * process stopped between commit and response): it is delivered as its transaction left it.
 */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Ships an outbox to the audit subgraph: oldest first, in batches, removing entries
 * only once the audit subgraph has stored them, and retrying with exponential backoff while it
 * is unreachable. Delivery is at least once; the audit subgraph stores each entry id once.
 * It works when told that entries are waiting and otherwise sleeps: no polling, no idle reads.
 */
export class AuditRelay {
  readonly #outbox: AuditOutbox;
  readonly #options: AuditRelayOptions;
  readonly #log: Logger;
  readonly #endpoint: URL;
  readonly #stopping = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #timerDue = 0;
  #running: Promise<void> | undefined;
  #runAgain = false;
  /** The current wait between failed attempts; 0 while deliveries succeed. */
  #retryDelay = 0;

  constructor(outbox: AuditOutbox, options: AuditRelayOptions, log: Logger) {
    this.#outbox = outbox;
    this.#options = options;
    this.#log = log;
    this.#endpoint = new URL(AUDIT_DELIVERY_PATH, options.url);
  }

  /** Delivers what earlier runs left in the outbox. */
  start(): void {
    this.#schedule(0);
  }

  /** An entry is ready: deliver it now, unless the relay is waiting to retry anyway. */
  notify(): void {
    if (this.#retryDelay === 0) this.#schedule(0);
  }

  /** Delivers now, whatever the backoff; resolves with the number of entries still waiting. */
  async deliverNow(): Promise<number> {
    this.#cancelTimer();
    await this.#running;
    await this.#run();
    return this.#outbox.size();
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    this.#cancelTimer();
    await this.#running;
  }

  /** Runs after `delayMs`, unless a run is already planned sooner. */
  #schedule(delayMs: number): void {
    if (this.#stopping.signal.aborted) return;
    const due = Date.now() + delayMs;
    if (this.#timer && this.#timerDue <= due) return;
    this.#cancelTimer();
    this.#timerDue = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, delayMs);
    // Waiting to deliver never keeps a process alive.
    this.#timer.unref();
  }

  #cancelTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** One drain at a time; a request to run during a drain runs it once more afterwards. */
  #run(): Promise<void> {
    if (this.#running) {
      this.#runAgain = true;
      return this.#running;
    }
    this.#running = this.#drain()
      .catch((error: unknown) => this.#failed(error))
      .finally(() => {
        this.#running = undefined;
        if (this.#runAgain && this.#retryDelay === 0) {
          this.#runAgain = false;
          this.#schedule(0);
        }
      });
    return this.#running;
  }

  async #drain(): Promise<void> {
    this.#runAgain = false;
    while (!this.#stopping.signal.aborted) {
      const rows = await this.#outbox.read(BATCH_SIZE, ABANDONED_AFTER_MS);
      // Incomplete entries of requests still running are completed and announced by them.
      const ready = rows.filter((row) => row.complete || row.abandoned);
      if (rows.some((row) => !row.complete && !row.abandoned)) this.#schedule(ABANDONED_AFTER_MS);
      if (ready.length === 0) return;
      await this.#deliver(ready).catch((error: unknown) => {
        throw new AuditLogUnreachable(error);
      });
      await this.#outbox.remove(ready);
      if (this.#retryDelay > 0) this.#log.info({ delivered: ready.length }, 'audit log reachable again; delivering waiting entries');
      this.#retryDelay = 0;
      if (rows.length < BATCH_SIZE) return;
    }
  }

  async #deliver(rows: readonly OutboxRow[]): Promise<void> {
    const response = await fetch(this.#endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await signServiceCredential(this.#options.department, this.#options.internalSecret)}`,
      },
      body: JSON.stringify({ entries: rows.map((row) => row.entry) }),
      signal: AbortSignal.any([this.#stopping.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    });
    if (!response.ok) throw new Error(`the audit subgraph answered ${response.status}: ${await response.text()}`);
  }

  #failed(error: unknown): void {
    if (this.#stopping.signal.aborted) return;
    const { first, max } = this.#options.retryDelayMs ?? { first: 1_000, max: 60_000 };
    const firstFailure = this.#retryDelay === 0;
    this.#retryDelay = firstFailure ? first : Math.min(this.#retryDelay * 2, max);
    // One warning per outage; the retries themselves are debug noise.
    // The audit subgraph may be away, or the outbox itself (this subgraph's database) may be.
    const unreachable = error instanceof AuditLogUnreachable;
    const details = { err: unreachable ? error.cause : error, url: this.#endpoint.href, retryInMs: this.#retryDelay };
    if (firstFailure) this.#log.warn(details, unreachable ? 'audit log unreachable; entries wait in the outbox' : 'could not read or clear the audit outbox; retrying');
    else this.#log.debug(details, 'audit delivery failed again');
    this.#schedule(this.#retryDelay);
  }
}

/** A delivery the audit subgraph did not take, told apart from a failure of the outbox itself. */
class AuditLogUnreachable extends Error {
  constructor(cause: unknown) {
    super('audit log unreachable', { cause });
  }
}
