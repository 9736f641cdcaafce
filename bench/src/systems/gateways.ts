import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@forestry/gateway';
import { environmentPrefix, VIEWER_HEADER, type Viewer } from '@forestry/subgraph-runtime';
import type { Credentials } from '../credentials.js';
import { hiveGatewayBin } from '../peers.js';
import { apolloEntry, gatewayEntry, repositoryRoot } from '../paths.js';
import { startProcess, waitUntil, type ManagedProcess } from '../processes.js';

export type GatewayName = 'ours' | 'apollo' | 'hive';

/** A gateway under test, serving one operation's surface. */
export interface RunningGateway {
  name: GatewayName;
  /** Where the operation is posted. */
  url: string;
  /** Headers every request carries (our gateway authenticates the viewer's user token). */
  headers: Record<string, string>;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export interface GatewaySetup {
  runDir: string;
  /** Environment shared by every process: the internal secret and the development signing key. */
  env: NodeJS.ProcessEnv;
  /** Snapshots of the supergraphs taken at start, pointing at the running subgraphs. */
  supergraphFiles: { full: string; public: string };
  subgraphs: Record<string, string>;
  credentials: Credentials;
  /** A user token for our gateway, signed with the development key it verifies. */
  userToken(viewer: Viewer): Promise<string>;
}

export interface Surface {
  surface: 'full' | 'public';
  viewer: Viewer;
  /** Where our gateway writes a V8 CPU profile when it exits (only ours is profiled). */
  cpuProfile?: { directory: string; name: string };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Ready when `{ __typename }` answers 200 through the path the operation uses. */
async function answers(url: string, headers: Record<string, string>): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(2000),
  });
  await response.arrayBuffer();
  return response.ok;
}

async function started(
  name: GatewayName,
  managed: ManagedProcess,
  url: string,
  headers: Record<string, string>,
): Promise<RunningGateway> {
  try {
    await waitUntil(managed, () => answers(url, headers), { what: 'answering' });
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { name, url, headers: { ...JSON_HEADERS, ...headers }, process: managed, stop: () => managed.stop() };
}

/**
 * (a) Our gateway, as `npm start` runs it: `gateway/dist/main.js` in its own process, reading the
 * checked-in supergraphs and finding the subgraphs through `<NAME>_URL`. Rate limits are raised
 * so that nothing is rejected (the limiter still runs); every other setting is the default.
 */
export async function startOurs(setup: GatewaySetup, { surface, viewer, cpuProfile }: Surface): Promise<RunningGateway> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...setup.env,
    NODE_ENV: 'production',
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    RATE_LIMIT_PER_MINUTE: '1000000000',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000000',
    DATA_DIR: join(setup.runDir, 'gateway-data'),
  };
  for (const [name, url] of Object.entries(setup.subgraphs)) env[`${environmentPrefix(name)}_URL`] = url;
  const profiling = cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', cpuProfile.directory, '--cpu-prof-name', cpuProfile.name] : [];
  const managed = startProcess('our gateway', process.execPath, [...profiling, gatewayEntry], {
    env,
    cwd: repositoryRoot,
    logFile: join(setup.runDir, `ours-${surface}.log`),
  });
  const origin = `http://127.0.0.1:${port}`;
  if (surface === 'public') return started('ours', managed, `${origin}/public/graphql`, {});
  return started('ours', managed, `${origin}/graphql`, { authorization: `Bearer ${await setup.userToken(viewer)}` });
}

/** (b) Stock Apollo Gateway + Apollo Server, standalone, default settings. */
export async function startApollo(setup: GatewaySetup, { surface, viewer }: Surface): Promise<RunningGateway> {
  const port = await freePort();
  const managed = startProcess('Apollo Gateway', process.execPath, [apolloEntry], {
    env: {
      ...setup.env,
      NODE_ENV: 'production',
      BENCH_PORT: String(port),
      BENCH_SUPERGRAPH_FILE: setup.supergraphFiles[surface],
      BENCH_CREDENTIAL_FILE: await setup.credentials.fileFor(viewer),
      BENCH_VIEWER_HEADER: VIEWER_HEADER,
    },
    logFile: join(setup.runDir, `apollo-${surface}.log`),
  });
  return started('apollo', managed, `http://127.0.0.1:${port}/`, {});
}

/**
 * (c) Hive Gateway from bench/peers, configured with the supergraph file and one static header:
 * the viewer credential, which the runner renews in a file the configuration re-reads.
 */
export async function startHive(setup: GatewaySetup, { surface, viewer }: Surface): Promise<RunningGateway> {
  const port = await freePort();
  const credentialFile = await setup.credentials.fileFor(viewer);
  const configFile = join(setup.runDir, `hive-${surface}.config.mjs`);
  await writeFile(
    configFile,
    `import { readFile } from 'node:fs/promises';

const credentialFile = ${JSON.stringify(credentialFile)};
let credential = (await readFile(credentialFile, 'utf8')).trim();
setInterval(() => {
  readFile(credentialFile, 'utf8').then((text) => { credential = text.trim(); }, () => undefined);
}, 15_000).unref();

export const gatewayConfig = {
  supergraph: ${JSON.stringify(setup.supergraphFiles[surface])},
  propagateHeaders: {
    fromClientToSubgraphs: () => ({ ${JSON.stringify(VIEWER_HEADER)}: credential }),
  },
};
`,
  );
  const managed = startProcess(
    'Hive Gateway',
    process.execPath,
    [hiveGatewayBin(), 'supergraph', setup.supergraphFiles[surface], '--config-path', configFile, '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...setup.env, NODE_ENV: 'production' },
      cwd: setup.runDir,
      logFile: join(setup.runDir, `hive-${surface}.log`),
    },
  );
  return started('hive', managed, `http://127.0.0.1:${port}/graphql`, {});
}

export const startGateway: Record<GatewayName, (setup: GatewaySetup, surface: Surface) => Promise<RunningGateway>> = {
  ours: startOurs,
  apollo: startApollo,
  hive: startHive,
};
