// What a partner platform (a provincial emergency platform, say) runs every night: fetch the
// fire incidents reported or changed and the quarantine certificates issued since the last
// successful run, page by page, into NDJSON files; then, and only then, move the high-water mark.
//
//   node examples/nightly-sync.ts --endpoint http://127.0.0.1:4000/graphql \
//     --token "$FORESTRY_TOKEN" --out ./sync --state ./sync/state.json
//
// A run that fails leaves no files and the state as it was, so the next night starts again from
// the old mark: nothing is skipped. Records carry their `id`; load them as upserts.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createForestryClient,
  FireIncidentsChangedDocument,
  QuarantineCertificatesIssuedDocument,
  type ForestryClient,
} from '@forestry/sdk';

/**
 * Where one feed stands: its mark (the latest timestamp delivered) and what was delivered close
 * to it. Each run re-reads `overlapHours` before the mark, so that a record entered late with an
 * earlier timestamp is still caught, and skips what it already delivered in that window.
 */
interface FeedState {
  mark: string | null;
  /** Timestamp delivered, by record id, for records inside the overlap window. */
  delivered: Record<string, string>;
}

export interface SyncState {
  completedAt: string;
  fireIncidents: FeedState;
  quarantineCertificates: FeedState;
}

export interface SyncOptions {
  endpoint: string;
  token: string;
  /** Folder for the NDJSON files; one pair of files per run. */
  out: string;
  /** The state file; written only after a complete run. */
  state: string;
  /** Where a first run (no state file) starts; default: the whole history. */
  since?: string;
  /** How far before the mark each run looks again for records entered late. */
  overlapHours?: number;
  fetch?: typeof fetch;
}

export interface SyncResult {
  files: { fireIncidents: string; quarantineCertificates: string };
  written: { fireIncidents: number; quarantineCertificates: number };
  state: SyncState;
}

/** The state of the last complete run; null before the first. */
async function readState(path: string): Promise<SyncState | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as SyncState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Records of one feed, newest timestamp first, as the operations order them. */
type Feed = AsyncIterable<{ id: string; timestamp: string; record: unknown }>;

async function* fireIncidents(client: ForestryClient, from: number | null): Feed {
  const variables = { first: 100, ...(from === null ? {} : { changedFrom: new Date(from).toISOString() }) };
  for await (const page of client.pages(FireIncidentsChangedDocument, variables, (data) => data.fireIncidents)) {
    for (const { node } of page.edges) yield { id: node.id, timestamp: node.updatedAt, record: node };
  }
}

async function* quarantineCertificates(client: ForestryClient): Feed {
  for await (const page of client.pages(QuarantineCertificatesIssuedDocument, { first: 100 }, (data) => data.quarantineCertificates)) {
    for (const { node } of page.edges) yield { id: node.id, timestamp: node.issuedAt, record: node };
  }
}

/**
 * Writes the feed's records from `from` on (all when null), except those already delivered,
 * to `file`, and returns the feed's next state.
 */
async function pull(
  feed: Feed,
  state: FeedState,
  from: number | null,
  overlapMs: number,
  file: string,
): Promise<{ next: FeedState; written: number }> {
  const windowStart = from ?? -Infinity;
  const output = createWriteStream(file, { flags: 'wx' });
  const delivered = { ...state.delivered };
  let mark = state.mark ? Date.parse(state.mark) : -Infinity;
  let written = 0;
  try {
    for await (const { id, timestamp, record } of feed) {
      const at = Date.parse(timestamp);
      // Newest first: everything further down is older than the window.
      if (at < windowStart) break;
      if (delivered[id] === new Date(at).toISOString()) continue;
      if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
      delivered[id] = new Date(at).toISOString();
      mark = Math.max(mark, at);
      written += 1;
    }
  } finally {
    output.end();
    await finished(output);
  }
  const nextMark = Number.isFinite(mark) ? new Date(mark).toISOString() : state.mark;
  const keepFrom = nextMark ? Date.parse(nextMark) - overlapMs : -Infinity;
  return {
    next: { mark: nextMark, delivered: Object.fromEntries(Object.entries(delivered).filter(([, at]) => Date.parse(at) >= keepFrom)) },
    written,
  };
}

export async function runNightlySync(options: SyncOptions): Promise<SyncResult> {
  const client = createForestryClient({ endpoint: options.endpoint, token: options.token, fetch: options.fetch });
  const overlapMs = (options.overlapHours ?? 48) * 3_600_000;
  const previous = await readState(options.state);
  const since = options.since ? Date.parse(options.since) : null;
  if (Number.isNaN(since)) throw new Error(`--since ${options.since} is not a date`);
  /** Where a feed's run starts: the overlap before its mark, or `since` on the first run. */
  const start = (feed: FeedState | undefined) => (feed?.mark ? Date.parse(feed.mark) - overlapMs : since);
  const firstRun: FeedState = { mark: null, delivered: {} };
  await mkdir(options.out, { recursive: true });
  const stamp = new Date().toISOString().replaceAll(':', '-');
  const files = {
    fireIncidents: join(options.out, `fire-incidents-${stamp}.ndjson`),
    quarantineCertificates: join(options.out, `quarantine-certificates-${stamp}.ndjson`),
  };
  const partial = (file: string) => `${file}.partial`;
  try {
    const incidents = await pull(
      fireIncidents(client, start(previous?.fireIncidents)),
      previous?.fireIncidents ?? firstRun,
      start(previous?.fireIncidents),
      overlapMs,
      partial(files.fireIncidents),
    );
    const certificates = await pull(
      quarantineCertificates(client),
      previous?.quarantineCertificates ?? firstRun,
      start(previous?.quarantineCertificates),
      overlapMs,
      partial(files.quarantineCertificates),
    );
    await rename(partial(files.fireIncidents), files.fireIncidents);
    await rename(partial(files.quarantineCertificates), files.quarantineCertificates);
    const state: SyncState = { completedAt: new Date().toISOString(), fireIncidents: incidents.next, quarantineCertificates: certificates.next };
    // Written aside and renamed, so that a crash never leaves half a state file.
    await writeFile(`${options.state}.next`, `${JSON.stringify(state, null, 2)}\n`);
    await rename(`${options.state}.next`, options.state);
    return { files, written: { fireIncidents: incidents.written, quarantineCertificates: certificates.written }, state };
  } catch (error) {
    await Promise.all(Object.values(files).map((file) => rm(partial(file), { force: true })));
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      endpoint: { type: 'string', default: process.env.FORESTRY_ENDPOINT ?? 'http://127.0.0.1:4000/graphql' },
      token: { type: 'string', default: process.env.FORESTRY_TOKEN },
      out: { type: 'string', default: 'sync' },
      state: { type: 'string' },
      since: { type: 'string' },
      'overlap-hours': { type: 'string', default: '48' },
    },
  });
  if (!values.token) throw new Error('Give a partner token with --token or FORESTRY_TOKEN');
  const result = await runNightlySync({
    endpoint: values.endpoint,
    token: values.token,
    out: values.out,
    state: values.state ?? join(values.out, 'state.json'),
    since: values.since,
    overlapHours: Number(values['overlap-hours']),
  });
  console.log(JSON.stringify({ written: result.written, files: result.files }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    console.error(`Sync failed${code ? ` (${code})` : ''}: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
