import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ROLES, type Logger, type Role, type Viewer } from '@forestry/subgraph-runtime';
import type { Request, RequestHandler } from 'express';

/**
 * Trusted documents: operations published with the SDK, by the sha256 of their text. Callers
 * send the hash in Apollo's persisted-query extension instead of the text; for the roles that
 * require it (partners by default) nothing else is accepted, so a leaked partner token can only
 * run the operations the platform reviewed and published.
 */
export interface TrustedDocuments {
  /** Operation text by sha256 hex of that text. */
  byHash: ReadonlyMap<string, string>;
  /** Roles that may send only trusted documents. */
  requiredFor: ReadonlySet<Role>;
}

export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

const APQ_PREFIX = 'apq:';

/** Checks that every entry's key is the sha256 of its text, as the persisted-query protocol requires. */
export function trustedDocumentsFrom(manifest: Record<string, string>, requiredFor: Iterable<Role> = ['partner']): TrustedDocuments {
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    const actual = createHash('sha256').update(text).digest('hex');
    if (actual !== hash) throw new Error(`Trusted document ${hash} does not hash to its key (sha256 is ${actual})`);
    byHash.set(hash, text);
  }
  return { byHash, requiredFor: new Set(requiredFor) };
}

/** Merges the manifest files named by `TRUSTED_DOCUMENTS` (comma-separated paths). */
export async function loadTrustedDocuments(paths: string[], requiredFor: Iterable<Role>): Promise<TrustedDocuments> {
  const manifests = await Promise.all(paths.map(async (path) => JSON.parse(await readFile(path, 'utf8')) as Record<string, string>));
  return trustedDocumentsFrom(Object.assign({}, ...manifests), requiredFor);
}

/**
 * The gateway's trusted documents from the environment: `TRUSTED_DOCUMENTS` lists manifest files
 * (default: the SDK's build output) and `TRUSTED_DOCUMENTS_REQUIRED_FOR` the roles bound to them
 * (default `partner`; `none` makes them optional for everyone). A missing manifest leaves the
 * bound roles with nothing to run rather than silently lifting the rule.
 */
export async function trustedDocumentsFromEnv(
  defaultManifest: string,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TrustedDocuments> {
  const requiredFor = (env.TRUSTED_DOCUMENTS_REQUIRED_FOR ?? 'partner')
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role !== '' && role !== 'none');
  const unknown = requiredFor.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new Error(`TRUSTED_DOCUMENTS_REQUIRED_FOR names unknown roles: ${unknown.join(', ')}`);
  const paths = env.TRUSTED_DOCUMENTS ? env.TRUSTED_DOCUMENTS.split(',').map((path) => path.trim()) : [defaultManifest];
  const present = paths.filter((path) => existsSync(path));
  if (present.length < paths.length) {
    log.warn({ missing: paths.filter((path) => !present.includes(path)) }, 'trusted-document manifest not found');
  }
  const trusted = await loadTrustedDocuments(present, requiredFor as Role[]);
  log.info({ documents: trusted.byHash.size, requiredFor }, 'trusted documents loaded');
  return trusted;
}

/**
 * The persisted-query store of an Apollo Server: trusted documents answer first and cannot be
 * overwritten; anything else is an ordinary automatic persisted query in a bounded LRU.
 */
export function persistedQueryCache(trusted: TrustedDocuments | undefined): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>();
  const trustedText = (key: string) => (key.startsWith(APQ_PREFIX) ? trusted?.byHash.get(key.slice(APQ_PREFIX.length)) : undefined);
  return {
    get: async (key) => trustedText(key) ?? registered.get(key),
    set: async (key, value, options) => {
      if (trustedText(key) === undefined) await registered.set(key, value, options);
    },
    delete: async (key) => registered.delete(key),
  };
}

/** Why a caller bound to trusted documents is refused, as HTTP status, code and message. */
export interface TrustedDocumentRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * The rule of trusted documents, for every transport: a caller whose role is bound to them runs
 * the text of a manifest hash and nothing else: no query text (even with a matching hash, which
 * would otherwise register it), no hash that someone registered as an automatic persisted query.
 * Returns the text to run (undefined when the role is free to send its own), or the refusal.
 */
export function trustedDocumentFor(
  trusted: TrustedDocuments | undefined,
  role: Role,
  sent: { hasText: boolean; hash: unknown },
): { text: string } | { refusal: TrustedDocumentRefusal } | undefined {
  if (!trusted?.requiredFor.has(role)) return undefined;
  if (sent.hasText) {
    return {
      refusal: {
        status: 403,
        code: TRUSTED_DOCUMENT_REQUIRED,
        message: `${role} callers may run only the operations published with the SDK: send extensions.persistedQuery.sha256Hash of a trusted document, without the query text`,
      },
    };
  }
  const text = typeof sent.hash === 'string' ? trusted.byHash.get(sent.hash) : undefined;
  if (text === undefined) return { refusal: { status: 404, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'No trusted document has this hash' } };
  return { text };
}

/** The query text and persisted-query hash of a GraphQL-over-HTTP request, POST or GET. */
function operationSourceOf(request: Request): { hasText: boolean; hash: unknown } {
  const source = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | undefined;
  let extensions = source?.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      extensions = undefined;
    }
  }
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return { hasText: typeof source?.query === 'string' && source.query !== '', hash: persisted?.sha256Hash };
}

/** Applies `trustedDocumentFor` to HTTP requests, before parsing: untrusted text costs nothing. */
export function requireTrustedDocuments(trusted: TrustedDocuments | undefined, viewerOf: (request: Request) => Viewer): RequestHandler {
  return (request, response, next) => {
    const decision = trustedDocumentFor(trusted, viewerOf(request).role, operationSourceOf(request));
    if (decision && 'refusal' in decision) {
      const { status, code, message } = decision.refusal;
      return void response.status(status).json({ errors: [{ message, extensions: { code } }] });
    }
    next();
  };
}
