import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditChange, AuditEntryRecord } from './record.js';

/** What an entry says before its outcome is known. */
export type AuditEntryHeader = Omit<AuditEntryRecord, 'outcome' | 'errorCodes' | 'changes' | 'complete'>;

/** The audit state of one GraphQL request, shared by the Apollo plugin and the Prisma extension. */
export interface AuditedRequest {
  /** When the request arrived. */
  readonly at: Date;
  /** Set once the request is known to be a mutation; until then nothing is captured. */
  entry?: AuditEntryHeader;
  /** The changes of the request's committed transactions, in commit order. */
  readonly committed: AuditChange[];
}

/** The request being served, for code that runs on its behalf (resolvers, Prisma queries). */
export const auditedRequests = new AsyncLocalStorage<AuditedRequest>();

/** The entry as a committed transaction records it: accepted so far, outcome still open. */
export function provisionalEntry(entry: AuditEntryHeader, changes: AuditChange[]): AuditEntryRecord {
  return { ...entry, outcome: 'ACCEPTED', errorCodes: [], changes, complete: false };
}
