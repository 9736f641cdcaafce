/**
 * `npm run soak`: the whole stack as separate processes (every subgraph and the gateway, from
 * their built dist), a steady mixed load for several minutes, and the memory of every process
 * sampled throughout: its live JavaScript heap (measured after a full garbage collection, through
 * the inspector) and its resident set. Fails when any process's memory keeps growing after
 * warm-up, or when the load meets errors. Prints a table and writes bench/results/soak-<date>.json.
 */
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startProcessStack, type ProcessStack } from '@forestry/gateway';
import { viewers } from '@forestry/subgraph-runtime/testing';
import { positiveNumber } from './options.js';
import { defaultResultsDir, examplesRoot, operationsRoot } from './paths.js';

const USAGE = `Usage: npm run soak -- [options]

  --minutes <n>       how long the load runs (default 3, env SOAK_MINUTES)
  --concurrency <n>   requests in flight at any time (default 8)
  --sample <s>        seconds between memory samples (default 10)
  --postgres          run the subgraphs on the PostgreSQL server named by TEST_POSTGRES_URL
  --results <dir>     where the JSON report goes (default bench/results)
  --help              this text`;

const MiB = 2 ** 20;
/**
 * The memory criterion, after a warm-up of the first third of the run (caches, JIT, connection
 * pools and the embedded databases' buffers fill):
 * - live heap: the heap still in use right after a full collection is what a leak makes grow;
 *   the mean of the last third may exceed the mean of the middle third by at most 5 % or 4 MiB,
 *   whichever is larger;
 * - resident set: what garbage collection hides from it (a sawtooth that V8 and PGlite's
 *   WebAssembly memory do not give back) is judged by its peak, which may grow from the middle
 *   third to the last by at most 25 % or 64 MiB: enough for buffers filling, not for a runaway.
 */
const HEAP_GROWTH = { ratio: 0.05, floor: 4 * MiB };
const RSS_GROWTH = { ratio: 0.25, floor: 64 * MiB };
const CRITERION =
  'warm-up: the first third. Live heap after a full GC: mean of the last third minus mean of the middle third ' +
  `at most max(${HEAP_GROWTH.ratio * 100} %, ${HEAP_GROWTH.floor / MiB} MiB). Resident set: peak of the last third minus peak ` +
  `of the middle third at most max(${RSS_GROWTH.ratio * 100} %, ${RSS_GROWTH.floor / MiB} MiB)`;

/** A Chrome DevTools Protocol session with a process started with `--inspect`. */
class Inspector {
  private nextId = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
      if (message.id !== undefined) this.pending.delete(message.id);
    });
  }

  static async connect(url: string): Promise<Inspector> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`Cannot reach the inspector at ${url}`)), { once: true });
    });
    return new Inspector(socket);
  }

  async call<Result>(method: string): Promise<Result> {
    const id = ++this.nextId;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => this.pending.set(id, resolve));
    this.socket.send(JSON.stringify({ id, method }));
    const { result, error } = await answer;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as Result;
  }

  /** The JavaScript heap still in use after a full garbage collection. */
  async liveHeapBytes(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    return (await this.call<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  }

  close(): void {
    this.socket.close();
  }
}

interface Operation {
  name: string;
  surface: 'full' | 'public';
  query: string;
}

interface OperationStats {
  name: string;
  surface: string;
  requests: number;
  errors: Record<string, number>;
  milliseconds: number[];
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string' },
      concurrency: { type: 'string' },
      sample: { type: 'string' },
      postgres: { type: 'boolean', default: false },
      results: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.postgres && !process.env.TEST_POSTGRES_URL) throw new Error('--postgres needs TEST_POSTGRES_URL');
  return {
    minutes: positiveNumber('--minutes', values.minutes ?? process.env.SOAK_MINUTES, 3),
    concurrency: positiveNumber('--concurrency', values.concurrency, 8, { integer: true }),
    sampleSeconds: positiveNumber('--sample', values.sample, 10),
    postgres: values.postgres ?? false,
    resultsDir: values.results ?? defaultResultsDir,
  };
}

async function graphqlFiles(directory: string): Promise<{ name: string; query: string }[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(files.map(async (file) => ({ name: file.replace(/\.graphql$/, ''), query: await readFile(join(directory, file), 'utf8') })));
}

/** The published examples (every department, queries and mutations) and the public catalogue pages. */
async function candidateOperations(): Promise<Operation[]> {
  return [
    ...(await graphqlFiles(examplesRoot)).map((file) => ({ ...file, surface: 'full' as const })),
    ...(await graphqlFiles(join(operationsRoot, 'public-catalogue'))).map((file) => ({ ...file, name: `public/${file.name}`, surface: 'public' as const })),
  ];
}

async function send(stack: ProcessStack, operation: Operation, token: string): Promise<{ ok: boolean; problem?: string }> {
  try {
    const response = await fetch(operation.surface === 'public' ? stack.publicUrl : stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(operation.surface === 'full' ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: operation.query }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (response.status !== 200) return { ok: false, problem: `HTTP ${response.status}` };
    if (body.errors?.length) return { ok: false, problem: String(body.errors[0]!.extensions?.code ?? 'no code') };
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: (error as Error).name === 'TimeoutError' ? 'timeout' : 'connection' };
  }
}

/** Resident memory of a process, in bytes, from /proc (Linux). */
async function residentBytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status?.match(/^VmRSS:\s+(\d+) kB/m);
  return match ? Number(match[1]) * 1024 : null;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

const within = (growth: number, base: number, bound: { ratio: number; floor: number }) => growth <= Math.max(base * bound.ratio, bound.floor);

/** Judges one process's samples by the criterion above. */
function verdict(name: string, heap: number[], rss: number[]) {
  const thirds = (series: number[]) => {
    const third = Math.floor(series.length / 3);
    return { middle: series.slice(third, 2 * third), last: series.slice(2 * third) };
  };
  const heapThirds = thirds(heap);
  const rssThirds = thirds(rss);
  const heapMiddle = mean(heapThirds.middle);
  const heapGrowth = mean(heapThirds.last) - heapMiddle;
  const rssMiddle = Math.max(...rssThirds.middle);
  const rssGrowth = Math.max(...rssThirds.last) - rssMiddle;
  const heapOk = within(heapGrowth, heapMiddle, HEAP_GROWTH);
  const rssOk = within(rssGrowth, rssMiddle, RSS_GROWTH);
  return {
    process: name,
    liveHeap: { middleMean: heapMiddle, lastMean: heapMiddle + heapGrowth, growth: heapGrowth, ok: heapOk },
    rss: { middlePeak: rssMiddle, lastPeak: rssMiddle + rssGrowth, growth: rssGrowth, ok: rssOk },
    ok: heapOk && rssOk,
  };
}

async function main(): Promise<void> {
  const settings = options(process.argv.slice(2));
  // The test databases follow TEST_POSTGRES_URL: embedded unless --postgres asks for the server.
  if (!settings.postgres) delete process.env.TEST_POSTGRES_URL;
  const started = new Date();
  const loadBefore = loadavg();
  console.log(`Starting the stack (${settings.postgres ? 'PostgreSQL' : 'embedded databases'}) …`);
  if (typeof WebSocket === 'undefined') throw new Error('The soak needs Node 22 or later (WebSocket, for the inspector)');
  const stack = await startProcessStack({
    env: {
      // One identity and one address send everything; the rate limits are not under test here.
      RATE_LIMIT_PER_MINUTE: '100000000',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
      // Each process opens an inspector on a free local port, through which its heap is measured.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:0`.trim(),
    },
  });
  const inspectors = new Map<string, Inspector>();
  let exitCode = 0;
  try {
    const processes = [stack.gateway, ...[...stack.subgraphs.values()].map((subgraph) => subgraph.process)];
    for (const managed of processes) {
      const url = managed.output(1000).match(/Debugger listening on (ws:\/\/\S+)/)?.[1];
      if (!url) throw new Error(`${managed.name} did not open its inspector:\n${managed.output()}`);
      inspectors.set(managed.name, await Inspector.connect(url));
    }
    const token = await stack.tokenFor(viewers.admin);
    // Operations that answer cleanly now; the others (none, normally) are listed and left out.
    const operations: Operation[] = [];
    const skipped: { name: string; problem: string }[] = [];
    for (const operation of await candidateOperations()) {
      const { ok, problem } = await send(stack, operation, token);
      if (ok) operations.push(operation);
      else skipped.push({ name: operation.name, problem: problem! });
    }
    if (skipped.length) console.log(`Left out: ${skipped.map((entry) => `${entry.name} (${entry.problem})`).join(', ')}`);
    if (operations.filter((operation) => operation.surface === 'full').length < 3) throw new Error('Fewer than three operations answer cleanly');

    const stats = new Map<string, OperationStats>(
      operations.map((operation) => [operation.name, { name: operation.name, surface: operation.surface, requests: 0, errors: {}, milliseconds: [] }]),
    );
    const samples: { seconds: number; liveHeap: Record<string, number>; rss: Record<string, number> }[] = [];
    const durationMs = settings.minutes * 60_000;
    const loadStarted = performance.now();
    const until = loadStarted + durationMs;

    console.log(`${operations.length} operations, ${settings.concurrency} in flight, for ${settings.minutes} min; memory every ${settings.sampleSeconds} s`);
    const worker = async (offset: number) => {
      for (let turn = offset; performance.now() < until; turn++) {
        const operation = operations[turn % operations.length]!;
        const entry = stats.get(operation.name)!;
        const sent = performance.now();
        const { ok, problem } = await send(stack, operation, token);
        entry.requests += 1;
        entry.milliseconds.push(performance.now() - sent);
        if (!ok) entry.errors[problem!] = (entry.errors[problem!] ?? 0) + 1;
      }
    };
    const sampler = async () => {
      while (performance.now() < until) {
        const liveHeap: Record<string, number> = {};
        const rss: Record<string, number> = {};
        for (const managed of processes) {
          liveHeap[managed.name] = await inspectors.get(managed.name)!.liveHeapBytes();
          const bytes = await residentBytes(managed.pid);
          if (bytes !== null) rss[managed.name] = bytes;
        }
        samples.push({ seconds: Math.round((performance.now() - loadStarted) / 1000), liveHeap, rss });
        if (samples.length % Math.max(1, Math.round(60 / settings.sampleSeconds)) === 0) {
          const minute = Math.round((performance.now() - loadStarted) / 60_000);
          console.log(
            `  ${minute} min: gateway live heap ${mib(liveHeap.gateway ?? 0)}, RSS ${mib(rss.gateway ?? 0)}; ` +
              `${[...stats.values()].reduce((sum, entry) => sum + entry.requests, 0)} requests so far`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, settings.sampleSeconds * 1000));
      }
    };
    await Promise.all([sampler(), ...Array.from({ length: settings.concurrency }, (_, index) => worker(index * 3))]);
    const elapsedSeconds = (performance.now() - loadStarted) / 1000;

    const verdicts = processes.map(({ name }) =>
      verdict(
        name,
        samples.map((sample) => sample.liveHeap[name]!),
        samples.map((sample) => sample.rss[name]).filter((value): value is number => value !== undefined),
      ),
    );
    const totals = [...stats.values()];
    const requests = totals.reduce((sum, entry) => sum + entry.requests, 0);
    const errors = totals.reduce((sum, entry) => sum + Object.values(entry.errors).reduce((a, b) => a + b, 0), 0);
    const memoryOk = verdicts.every((entry) => entry.ok) && samples.length >= 6;
    const ok = memoryOk && errors === 0;

    console.log('');
    console.log(
      `${'process'.padEnd(20)}${'live heap: middle'.padStart(19)}${'last'.padStart(12)}${'growth'.padStart(12)}` +
        `${'RSS peak: middle'.padStart(19)}${'last'.padStart(12)}${'growth'.padStart(12)}  verdict`,
    );
    for (const entry of verdicts) {
      console.log(
        `${entry.process.padEnd(20)}${mib(entry.liveHeap.middleMean).padStart(19)}${mib(entry.liveHeap.lastMean).padStart(12)}` +
          `${mib(entry.liveHeap.growth).padStart(12)}${mib(entry.rss.middlePeak).padStart(19)}${mib(entry.rss.lastPeak).padStart(12)}` +
          `${mib(entry.rss.growth).padStart(12)}  ${entry.ok ? 'flat' : entry.liveHeap.ok ? 'RSS GROWING' : 'HEAP GROWING'}`,
      );
    }
    console.log(`\n${requests} requests in ${elapsedSeconds.toFixed(0)} s (${(requests / elapsedSeconds).toFixed(1)}/s), ${errors} errors`);
    for (const entry of totals) {
      const problems = Object.entries(entry.errors).map(([problem, count]) => `${problem}×${count}`).join(' ');
      console.log(`  ${entry.name.padEnd(48)}${String(entry.requests).padStart(7)}  p50 ${percentile(entry.milliseconds, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(entry.milliseconds, 95).toFixed(0).padStart(5)} ms  ${problems}`);
    }
    console.log(`\nCriterion: ${CRITERION}.`);

    const stamp = `${started.toISOString().slice(0, 19).replace(/:/g, '')}Z`;
    await mkdir(settings.resultsDir, { recursive: true });
    const file = join(settings.resultsDir, `soak-${stamp}.json`);
    const processors = cpus();
    await writeFile(
      file,
      `${JSON.stringify(
        {
          date: started.toISOString(),
          ok,
          minutes: settings.minutes,
          concurrency: settings.concurrency,
          databases: settings.postgres ? 'postgresql' : 'embedded',
          machine: {
            cpu: processors[0]?.model ?? 'unknown',
            cores: processors.length,
            memoryGiB: Math.round(totalmem() / 2 ** 30),
            os: `${process.platform} ${release()}`,
            node: process.version,
            loadAverageBefore: loadBefore,
            loadAverageAfter: loadavg(),
          },
          criterion: CRITERION,
          verdicts,
          requests: { total: requests, perSecond: requests / elapsedSeconds, errors },
          operations: totals.map(({ milliseconds, ...entry }) => ({
            ...entry,
            p50Ms: percentile(milliseconds, 50),
            p95Ms: percentile(milliseconds, 95),
          })),
          skipped,
          samples,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Results: ${file}`);
    if (!memoryOk) console.error('Memory kept growing after warm-up (see the table).');
    if (errors > 0) console.error('The load met errors (see the operations above).');
    exitCode = ok ? 0 : 1;
  } finally {
    for (const inspector of inspectors.values()) inspector.close();
    await stack.stop();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
