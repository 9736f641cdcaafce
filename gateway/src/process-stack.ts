import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverSubgraphs, loadSubgraphDefinitions, readSchemaFile, repositoryRoot } from '@forestry/schema';
import { environmentPrefix, openDatabase, type SubgraphDefinition, type Viewer } from '@forestry/subgraph-runtime';
import { createTestDatabase } from '@forestry/subgraph-runtime/testing';
import { signDevelopmentToken, tokenRequestFor } from './identity.js';
import { subgraphsOf } from './supergraph.js';

/** A process of the stack: its output is kept (the last lines) for error messages. */
export interface StackProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The last lines it wrote. */
  output(lines?: number): string;
  exited: Promise<void>;
}

export interface StackSubgraph {
  name: string;
  definition: SubgraphDefinition;
  port: number;
  /** Its PostgreSQL database in server mode. */
  databaseUrl?: string;
  /** The running process (replaced by `startSubgraph`). */
  process: StackProcess;
}

export interface ProcessStack {
  gatewayUrl: string;
  publicUrl: string;
  gatewayPort: number;
  gateway: StackProcess;
  subgraphs: Map<string, StackSubgraph>;
  /** Starts the subgraph's process again on its port and database, and waits until it is ready. */
  startSubgraph(name: string): Promise<void>;
  /** Starts the gateway's process again on its port, and waits until it listens. */
  startGateway(): Promise<void>;
  /** `/ready` of the gateway: 200 when every subgraph answers. */
  readyStatus(): Promise<number>;
  /** A user token the gateway accepts. */
  tokenFor(viewer: Viewer): Promise<string>;
  stop(): Promise<void>;
}

function launch(name: string, script: string, env: NodeJS.ProcessEnv): StackProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`Could not start ${name}`);
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    if (chunks.length > 200) chunks.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    pid: child.pid,
    output: (lines = 20) => chunks.join('').trimEnd().split('\n').slice(-lines).join('\n'),
    exited,
  };
}

/** Sends `signal` and waits for the exit; a process that does not exit within 15 s is killed. */
export async function stopStackProcess(managed: StackProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (managed.child.exitCode !== null || managed.child.signalCode !== null) return;
  managed.child.kill(signal);
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), 15_000);
  await managed.exited;
  clearTimeout(timer);
}

/** A TCP port free on loopback right now, for a process about to listen on it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, probe: () => Promise<boolean>, managed: StackProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (managed.child.exitCode !== null) throw new Error(`${managed.name} exited before ${what}:\n${managed.output()}`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${managed.name}: not ${what} within ${timeoutMs / 1000} s:\n${managed.output()}`);
}

/**
 * Every subgraph of the checked-in supergraph and the gateway as separate processes, started
 * from their built `dist/main.js` the way `npm start` starts them, each subgraph on a fresh copy
 * of its seeded test database (embedded under a temporary DATA_DIR, or a new database on
 * `TEST_POSTGRES_URL`). For tests and runs that kill, stall and restart processes.
 */
export async function startProcessStack(options: { env?: NodeJS.ProcessEnv; subgraphTimeoutMs?: number } = {}): Promise<ProcessStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'forestry-stack-'));
  const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    ...options.env,
    DATA_DIR: dataDir,
    INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'),
  };
  delete common.POSTGRES_URL;
  const disposals: (() => Promise<void>)[] = [() => rm(dataDir, { recursive: true, force: true })];
  const names = subgraphsOf(await readSchemaFile('supergraph')).map((subgraph) => subgraph.name);
  const packages = new Map((await discoverSubgraphs()).map((subgraph) => [subgraph.name, subgraph]));
  const launchers = new Map<string, () => StackProcess>();
  const subgraphs = new Map<string, StackSubgraph>();
  const ports = new Map<string, number>();
  for (const name of names) ports.set(name, await freePort());
  // The departments deliver their audit entries to the audit subgraph wherever it listens.
  if (ports.has('audit')) common.AUDIT_URL = `http://127.0.0.1:${ports.get('audit')}/graphql`;

  const stopAll = async () => {
    const running = [gatewayProcess, ...[...subgraphs.values()].map((subgraph) => subgraph.process)];
    await Promise.all(running.filter((managed): managed is StackProcess => Boolean(managed)).map((managed) => stopStackProcess(managed)));
    for (const dispose of disposals.reverse()) await dispose().catch(() => undefined);
  };
  let gatewayProcess: StackProcess | undefined;

  try {
    for (const definition of await loadSubgraphDefinitions(names)) {
      const prefix = environmentPrefix(definition.name);
      const database = await createTestDatabase(definition);
      disposals.push(() => database.dispose());
      const port = ports.get(definition.name)!;
      const env: NodeJS.ProcessEnv = { ...common, [`${prefix}_PORT`]: String(port) };
      if (database.location.kind === 'server') {
        env[`${prefix}_DATABASE_URL`] = database.location.url;
      } else {
        // The seeded copy, written where the process looks for it: DATA_DIR/<name>.
        const copy = await openDatabase({
          location: { kind: 'embedded', dataDir: join(dataDir, definition.name), snapshot: database.location.snapshot },
          migrationsDir: definition.migrationsDir,
          createClient: definition.createClient,
        });
        await copy.close();
      }
      const script = join(packages.get(definition.name)!.directory, 'dist', 'main.js');
      launchers.set(definition.name, () => launch(definition.name, script, env));
      subgraphs.set(definition.name, {
        name: definition.name,
        definition,
        port,
        databaseUrl: database.location.kind === 'server' ? database.location.url : undefined,
        process: launchers.get(definition.name)!(),
      });
    }
    const subgraphReady = (subgraph: StackSubgraph) =>
      waitFor('ready', async () => (await fetch(`http://127.0.0.1:${subgraph.port}/ready`)).ok, subgraph.process);
    for (const subgraph of subgraphs.values()) await subgraphReady(subgraph);

    const gatewayPort = await freePort();
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...common,
      ...authEnv,
      GATEWAY_PORT: String(gatewayPort),
      ...(options.subgraphTimeoutMs ? { SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs) } : {}),
    };
    for (const subgraph of subgraphs.values()) gatewayEnv[`${environmentPrefix(subgraph.name)}_URL`] = `http://127.0.0.1:${subgraph.port}/graphql`;
    const origin = `http://127.0.0.1:${gatewayPort}`;
    const startGateway = async () => {
      gatewayProcess = launch('gateway', join(repositoryRoot, 'gateway', 'dist', 'main.js'), gatewayEnv);
      await waitFor('listening', async () => (await fetch(`${origin}/health`)).ok, gatewayProcess);
    };
    await startGateway();
    const readyStatus = async () => (await fetch(`${origin}/ready`, { signal: AbortSignal.timeout(5000) })).status;
    await waitFor('ready', async () => (await readyStatus()) === 200, gatewayProcess!);

    return {
      gatewayUrl: `${origin}/graphql`,
      publicUrl: `${origin}/public/graphql`,
      gatewayPort,
      get gateway() {
        return gatewayProcess!;
      },
      subgraphs,
      async startSubgraph(name) {
        const subgraph = subgraphs.get(name)!;
        subgraph.process = launchers.get(name)!();
        await subgraphReady(subgraph);
      },
      startGateway,
      readyStatus,
      tokenFor: (viewer) => signDevelopmentToken(tokenRequestFor(viewer), authEnv),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
