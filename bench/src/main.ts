/**
 * `npm run bench`: our gateway against stock Apollo Gateway, Hive Gateway and the floor (the
 * subgraph requests of each query plan, sent directly), on one stack of seeded subgraphs.
 * See bench/README.md for what is measured and how.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { signDevelopmentToken, subgraphsOf, tokenRequestFor } from '@forestry/gateway';
import { schemaFiles } from '@forestry/schema';
import { VIEWER_HEADER, type Viewer } from '@forestry/subgraph-runtime';
import { normalise, firstDifference, problemWith } from './compare.js';
import { Credentials } from './credentials.js';
import type { GraphQLBody, GraphQLRequest, RecordedRequest } from './ipc.js';
import { runLoad, type LoadStats, type LoadTarget } from './load.js';
import { selectOperations, type BenchOperation } from './operations.js';
import { parseOptions, type BenchOptions } from './options.js';
import { ensurePeersInstalled, loadAutocannon, peerVersion, type Autocannon } from './peers.js';
import { alongPlan, describeTree, floorTree, Planner, shapeOf, slotsOf, type FloorTree } from './plan.js';
import { cpuSeconds, peakRss } from './processes.js';
import { formatProfile, monotonicMicros, summariseProfile } from './profile.js';
import { formatResults, ratiosOf, type FloorFetch, type OperationResult, type SystemResult } from './report.js';
import { startStack, type Stack } from './stack.js';
import { startGateway, type GatewayName, type GatewaySetup, type RunningGateway } from './systems/gateways.js';
import { repositoryRoot } from './paths.js';

/** How many of an operation's variants are checked on every system before it is measured. */
const VERIFIED_VARIANTS = 4;

/** The stock Apollo packages are the workspace's own: the versions our gateway is built on. */
function workspaceVersion(name: string): string {
  return (JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

const startedAt = performance.now();
function log(message: string): void {
  console.log(`[bench +${Math.round((performance.now() - startedAt) / 1000)}s] ${message}`);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Points the supergraph's recorded subgraph URLs at the running subgraphs. */
function withSubgraphUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

async function post(url: string, headers: Record<string, string>, request: GraphQLRequest | string): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof request === 'string' ? request : JSON.stringify(request),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphQLBody };
  } catch {
    return { status: response.status, body: { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] } };
  }
}

interface Context {
  options: BenchOptions;
  autocannon: Autocannon;
  stack: Stack;
  setup: GatewaySetup;
  credentials: Credentials;
  planners: { full: Planner; public: Planner };
  /** Checksums of the checked-in supergraphs our gateway reads, taken with the snapshot. */
  checkedIn: { full: string; public: string };
  /** Where our gateway's CPU profiles go with `--profile`. */
  profileDir: string;
}

/** Warm-up, then the measured run, with the CPU the gateway and the subgraphs spent on it. */
async function measure(context: Context, target: LoadTarget, gatewayPid: number | null) {
  const { autocannon, options, stack } = context;
  if (options.warmup > 0) await runLoad(autocannon, target, { connections: options.connections, duration: options.warmup });
  const before = { gateway: gatewayPid ? await cpuSeconds(gatewayPid) : null, stack: await cpuSeconds(stack.process.pid) };
  const from = monotonicMicros();
  const stats = await runLoad(autocannon, target, { connections: options.connections, duration: options.duration });
  const to = monotonicMicros();
  const after = { gateway: gatewayPid ? await cpuSeconds(gatewayPid) : null, stack: await cpuSeconds(stack.process.pid) };
  const perRequest = (start: number | null, end: number | null) =>
    start === null || end === null || stats.ok === 0 ? null : ((end - start) * 1000) / stats.ok;
  return {
    stats,
    window: { from, to },
    gatewayCpuMsPerRequest: perRequest(before.gateway, after.gateway),
    subgraphCpuMsPerRequest: perRequest(before.stack, after.stack),
  };
}

function describeErrors(stats: LoadStats): string {
  const { non2xx, graphql, socket, timeouts } = stats.errors;
  return stats.errors.total === 0 ? '' : ` — ${stats.errors.total} errors (non-2xx ${non2xx}, GraphQL ${graphql}, socket ${socket}, timeouts ${timeouts})`;
}

async function assertCheckedInUnchanged(context: Context): Promise<void> {
  const [full, open] = await Promise.all([readFile(schemaFiles.supergraph, 'utf8'), readFile(schemaFiles.publicSupergraph, 'utf8')]);
  if (sha256(full) !== context.checkedIn.full || sha256(open) !== context.checkedIn.public) {
    throw new Error('schema/supergraph.graphql or schema/public-supergraph.graphql changed during the run; run the benchmark again');
  }
}

/** Starts one gateway, checks its answers against ours, measures it, stops it. */
async function benchGateway(
  context: Context,
  operation: BenchOperation,
  system: GatewayName,
  reference: { bodies: GraphQLBody[] | undefined; recorded: RecordedRequest[] },
): Promise<{ result: SystemResult; answers: GraphQLBody[] }> {
  if (system === 'ours') await assertCheckedInUnchanged(context);
  const volatile = new Set(operation.volatile);
  const cpuProfile =
    system === 'ours' && context.options.profile ? { directory: context.profileDir, name: `ours-${operation.key}.cpuprofile` } : undefined;
  const gateway: RunningGateway = await startGateway[system](context.setup, { ...operation, cpuProfile });
  let window: { from: number; to: number } | undefined;
  let result: SystemResult | undefined;
  try {
    const checked = operation.variants.slice(0, VERIFIED_VARIANTS);
    const answers: GraphQLBody[] = [];
    for (const [index, request] of checked.entries()) {
      const { status, body } = await post(gateway.url, gateway.headers, request);
      const problem = problemWith(status, body);
      if (problem) throw new Error(`${system} did not answer ${operation.key} (variant ${index}) correctly: ${problem}`);
      // Ours is checked against the stack's gateway (the same code), every other system against ours.
      const expected = system === 'ours' ? reference.recorded[index]!.body.data : reference.bodies![index]!.data;
      const difference = firstDifference(normalise(expected, volatile), normalise(body.data, volatile));
      if (difference) throw new Error(`${system} answers ${operation.key} (variant ${index}) differently from our gateway: ${difference}`);
      answers.push(body);
    }
    log(`${operation.key} · ${system}: answers match (${checked.length} request${checked.length > 1 ? 's' : ''}); measuring ${context.options.duration} s`);
    const target: LoadTarget = {
      url: gateway.url,
      headers: () => gateway.headers,
      bodies: operation.variants.map((request) => JSON.stringify(request)),
      cursor: { next: 0 },
    };
    const measured = await measure(context, target, gateway.process.pid);
    const { stats } = measured;
    window = measured.window;
    log(`${operation.key} · ${system}: ${stats.throughput.toFixed(1)} req/s, p50 ${stats.latency.p50.toFixed(1)} ms${describeErrors(stats)}`);
    result = {
      system,
      throughput: stats.throughput,
      latency: stats.latency,
      errors: stats.errors,
      responses: stats.responses,
      seconds: stats.seconds,
      gatewayCpuMsPerRequest: measured.gatewayCpuMsPerRequest,
      subgraphCpuMsPerRequest: measured.subgraphCpuMsPerRequest,
      peakRssBytes: await peakRss(gateway.process.pid),
    };
    return { answers, result };
  } finally {
    // The profile is written when the process exits.
    await gateway.stop();
    if (cpuProfile && window && result) {
      result.profile = await summariseProfile(join(cpuProfile.directory, cpuProfile.name), window).catch(() => undefined);
    }
  }
}

/** Headers of a recorded subgraph request, minus the per-request ones the replay sets itself. */
function replayHeaders(headers: Record<string, string>): Record<string, string> {
  const dropped = new Set([VIEWER_HEADER, 'x-request-id', 'content-length', 'host', 'connection']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())));
}

/**
 * The floor: each fetch of the plan replayed directly against its subgraph, on its own, with the
 * same connections and duration; sequential fetches add their latencies, parallel ones take the
 * slowest, and the throughput is what the subgraphs sustain for all of an operation's fetches.
 */
async function benchFloor(
  context: Context,
  operation: BenchOperation,
  plans: { tree: FloorTree; bySlot: RecordedRequest['fetches'] }[],
): Promise<SystemResult> {
  const volatile = new Set(operation.volatile);
  const tree = plans[0]!.tree;
  const credential = await context.credentials.tokenFor(operation.viewer);
  const fetches: FloorFetch[] = [];
  const perSlot = new Map<number, Awaited<ReturnType<typeof measure>>>();
  for (const slot of slotsOf(tree)) {
    const recorded = plans.map((plan) => plan.bySlot[slot]!);
    const first = recorded[0]!;
    const headers = replayHeaders(first.headers);
    const headersNow = () => ({ ...headers, [VIEWER_HEADER]: credential() });
    for (const [index, fetch] of recorded.slice(0, VERIFIED_VARIANTS).entries()) {
      const { status, body } = await post(fetch.url, headersNow(), fetch.body);
      const expected = JSON.parse(fetch.response) as GraphQLBody;
      const problem = problemWith(status, body);
      const difference = problem ?? firstDifference(normalise(expected.data, volatile), normalise(body.data, volatile));
      if (difference) throw new Error(`The floor's replay of ${operation.key} fetch #${slot} (${fetch.subgraph}, variant ${index}) differs: ${difference}`);
    }
    const target: LoadTarget = { url: first.url, headers: headersNow, bodies: recorded.map((fetch) => fetch.body), cursor: { next: 0 } };
    log(`${operation.key} · floor: fetch #${slot} (${first.subgraph}) answers match; measuring ${context.options.duration} s`);
    const measured = await measure(context, target, null);
    perSlot.set(slot, measured);
    fetches.push({
      slot,
      subgraph: first.subgraph,
      url: first.url,
      throughput: measured.stats.throughput,
      latency: measured.stats.latency,
      errors: measured.stats.errors,
      subgraphCpuMsPerRequest: measured.subgraphCpuMsPerRequest,
    });
  }
  const stat = (slot: number) => perSlot.get(slot)!.stats;
  const sum = (value: (slot: number) => number) => slotsOf(tree).reduce((total, slot) => total + value(slot), 0);
  const cpu = slotsOf(tree).map((slot) => perSlot.get(slot)!.subgraphCpuMsPerRequest);
  const result: SystemResult = {
    system: 'floor',
    // Every operation needs each of its fetches once: the subgraphs' time per operation is the sum of their time per fetch.
    throughput: 1 / sum((slot) => 1 / stat(slot).throughput),
    latency: {
      p50: alongPlan(tree, (slot) => stat(slot).latency.p50),
      p95: alongPlan(tree, (slot) => stat(slot).latency.p95),
      p99: alongPlan(tree, (slot) => stat(slot).latency.p99),
      mean: alongPlan(tree, (slot) => stat(slot).latency.mean),
      max: alongPlan(tree, (slot) => stat(slot).latency.max),
    },
    errors: {
      total: sum((slot) => stat(slot).errors.total),
      non2xx: sum((slot) => stat(slot).errors.non2xx),
      graphql: sum((slot) => stat(slot).errors.graphql),
      socket: sum((slot) => stat(slot).errors.socket),
      timeouts: sum((slot) => stat(slot).errors.timeouts),
    },
    responses: sum((slot) => stat(slot).responses),
    seconds: sum((slot) => stat(slot).seconds),
    gatewayCpuMsPerRequest: null,
    subgraphCpuMsPerRequest: cpu.every((value) => value !== null) ? cpu.reduce((total, value) => total! + value!, 0) : null,
    peakRssBytes: null,
    floor: { plan: describeTree(tree), fetches },
  };
  log(`${operation.key} · floor: ${result.throughput.toFixed(1)} req/s, p50 ${result.latency.p50.toFixed(1)} ms (${describeTree(tree)})`);
  return result;
}

async function benchOperation(context: Context, selected: BenchOperation): Promise<OperationResult> {
  // The stack's gateway (our code) answers every variant once, and shows which subgraph requests it makes.
  const recorded = await context.stack.record({ surface: selected.surface, viewer: selected.viewer, requests: selected.variants });
  const planner = context.planners[selected.surface];
  const problems = recorded.map((answer) => problemWith(answer.status, answer.body));
  if (problems[0] || (!selected.rotated && problems.some(Boolean))) {
    const index = problems.findIndex(Boolean);
    throw new Error(`Our gateway does not answer ${selected.key} (variant ${index}) cleanly: ${problems[index]}`);
  }
  const planned = recorded.map((answer, index) =>
    problems[index] ? undefined : floorTree(planner.plan(selected.variants[index]!), answer.fetches),
  );
  const shape = shapeOf(planned[0]!.tree);
  // Rotated variants the gateway refuses, or whose plan skips a fetch, would measure something else.
  const kept = planned.flatMap((plan, index) => (plan && shapeOf(plan.tree) === shape ? [index] : []));
  if (kept.length < planned.length && !selected.rotated) {
    throw new Error(`The variants of ${selected.key} have different query plans`);
  }
  const operation: BenchOperation = { ...selected, variants: kept.map((index) => selected.variants[index]!) };
  const plans = kept.map((index) => planned[index]!);
  const answers = kept.map((index) => recorded[index]!);
  log(
    `${operation.key}: ${operation.title} from ${operation.sources.join(', ')}; subgraphs ${operation.subgraphs.join(', ')}; ` +
      `${operation.variants.length} distinct request(s)${kept.length < planned.length ? ` (${planned.length - kept.length} dropped)` : ''}; plan ${describeTree(plans[0]!.tree)}`,
  );

  const systems: SystemResult[] = [];
  let ours: GraphQLBody[] | undefined;
  for (const system of ['ours', 'apollo', 'hive'] as const) {
    if (!context.options.systems.includes(system)) continue;
    const measured = await benchGateway(context, operation, system, { bodies: ours, recorded: answers });
    if (system === 'ours') ours = measured.answers;
    systems.push(measured.result);
  }
  if (context.options.systems.includes('floor')) systems.push(await benchFloor(context, operation, plans));
  return {
    key: operation.key,
    title: operation.title,
    sources: operation.sources,
    surface: operation.surface,
    viewer: operation.viewer.role,
    subgraphs: operation.subgraphs,
    variants: operation.variants.length,
    systems,
    ratios: ratiosOf(systems),
  };
}

function machine() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  const loadBefore = loadavg();
  await ensurePeersInstalled();
  const autocannon = loadAutocannon();

  const runDir = await mkdtemp(join(tmpdir(), 'forestry-bench-'));
  const secrets = { INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'), AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
  const env: NodeJS.ProcessEnv = { ...process.env, ...secrets };
  const sdl = {
    full: await readFile(schemaFiles.supergraph, 'utf8'),
    public: await readFile(schemaFiles.publicSupergraph, 'utf8'),
  };
  const checkedIn = { full: sha256(sdl.full), public: sha256(sdl.public) };
  const names = subgraphsOf(sdl.full).map((subgraph) => subgraph.name);
  const mode = options.postgresUrl ? 'postgres' : 'embedded';
  const stamp = `${started.toISOString().slice(0, 19).replace(/:/g, '')}Z`;
  log(`supergraph names ${names.length} subgraph(s): ${names.join(', ')}; ${mode} databases; logs in ${runDir}`);

  let stack: Stack | undefined;
  const credentials = new Credentials(runDir, secrets.INTERNAL_TOKEN_SECRET);
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted; stopping');
    void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let failed = false;
  try {
    log('starting the subgraphs (seeding their databases on first use)…');
    stack = await startStack({ runDir, postgresUrl: options.postgresUrl, env });
    const missing = names.filter((name) => !stack!.info.subgraphs[name]);
    if (missing.length > 0) throw new Error(`The supergraph changed while the stack started (no subgraph ${missing.join(', ')}); run again`);
    log(`subgraphs ready: ${Object.entries(stack.info.subgraphs).map(([name, url]) => `${name} ${url}`).join(', ')}`);

    const supergraphFiles = { full: join(runDir, 'supergraph.graphql'), public: join(runDir, 'public-supergraph.graphql') };
    await writeFile(supergraphFiles.full, withSubgraphUrls(sdl.full, stack.info.subgraphs));
    await writeFile(supergraphFiles.public, withSubgraphUrls(sdl.public, stack.info.subgraphs));
    const planners = { full: new Planner(sdl.full), public: new Planner(sdl.public) };
    const setup: GatewaySetup = {
      runDir,
      env,
      supergraphFiles,
      subgraphs: stack.info.subgraphs,
      credentials,
      userToken: (viewer: Viewer) => signDevelopmentToken(tokenRequestFor(viewer), { AUTH_DEV_SECRET: secrets.AUTH_DEV_SECRET }),
    };
    const context: Context = { options, autocannon, stack, setup, credentials, planners, checkedIn, profileDir: join(options.resultsDir, 'profiles', `${stamp}-${mode}`) };
    const activeStack = stack;
    const operations = await selectOperations(options.operations, planners, options.connections, (params) => activeStack.record(params));

    const results: OperationResult[] = [];
    for (const operation of operations) results.push(await benchOperation(context, operation));

    const finished = new Date();
    const report = {
      date: started.toISOString(),
      durationSeconds: Math.round((finished.getTime() - started.getTime()) / 1000),
      mode,
      settings: { duration: options.duration, warmup: options.warmup, connections: options.connections },
      machine: { ...machine(), loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
      versions: {
        '@apollo/gateway': workspaceVersion('@apollo/gateway'),
        '@apollo/server': workspaceVersion('@apollo/server'),
        '@graphql-hive/gateway': peerVersion('@graphql-hive/gateway'),
        autocannon: peerVersion('autocannon'),
      },
      subgraphs: names,
      stackPeakRssBytes: await peakRss(stack.process.pid),
      operations: results,
    };
    await mkdir(options.resultsDir, { recursive: true });
    const file = join(options.resultsDir, `${stamp}-${mode}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${formatResults(results)}\n`);
    for (const result of results) {
      const profile = result.systems.find((system) => system.profile)?.profile;
      if (profile) console.log(`${formatProfile(result.key, profile)}\n`);
    }
    console.log(
      `${options.duration} s per operation and system after ${options.warmup} s of warm-up, ${options.connections} connections, ` +
        `${mode} databases; load average ${loadBefore.map((value) => value.toFixed(1)).join(' ')} at start. ` +
        `JSON: ${relative(process.cwd(), file)} (${report.durationSeconds} s in all)`,
    );
    const errors = results.flatMap((result) => result.systems.filter((system) => system.errors.total > 0).map((system) => `${result.key}/${system.system}`));
    if (errors.length > 0) {
      console.log(`Errors under load in: ${errors.join(', ')}; the logs are in ${runDir}`);
      failed = true;
    }
  } catch (error) {
    failed = true;
    console.error(`\nBenchmark failed: ${(error as Error).message}\nLogs: ${runDir}`);
  } finally {
    credentials.stop();
    await stack?.stop();
    if (!failed) await rm(runDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

await main();
