import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { discoverSubgraphs, readCheckedInSupergraph, repositoryRoot } from '@forestry/schema';
import { subgraphsOf } from './supergraph.js';

/**
 * `npm start`: every subgraph and the gateway as child processes on this machine's Node,
 * embedded databases under DATA_DIR unless PostgreSQL is configured. Ctrl-C (or SIGTERM)
 * stops them all and waits until each has exited.
 */
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: process.env.DATA_DIR ?? join(repositoryRoot, '.data'),
  // A fresh gateway-to-subgraph secret per start unless the operator sets one.
  INTERNAL_TOKEN_SECRET: process.env.INTERNAL_TOKEN_SECRET ?? randomBytes(32).toString('hex'),
};
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
const children = new Map<string, ChildProcess>();
let stopping = false;

function launch(name: string, script: string): void {
  const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
      void stop(1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill('SIGTERM');
  // A child that does not drain within 15 s is killed.
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 15_000).unref();
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

// The subgraphs the checked-in supergraph was composed from: the ones the gateway will call.
const composed = new Set(subgraphsOf(await readCheckedInSupergraph()).map((subgraph) => subgraph.name));
const subgraphs = (await discoverSubgraphs()).filter((subgraph) => composed.has(subgraph.name));
for (const subgraph of subgraphs) launch(subgraph.name, join(subgraph.directory, 'dist', 'main.js'));
launch('gateway', join(repositoryRoot, 'gateway', 'dist', 'main.js'));

const readyUrl = `http://127.0.0.1:${gatewayPort}/ready`;
const deadline = Date.now() + 10 * 60_000;
while (!stopping && Date.now() < deadline) {
  const ready = await fetch(readyUrl, { signal: AbortSignal.timeout(3000) })
    .then((response) => response.ok)
    .catch(() => false);
  if (ready) {
    console.log(
      [
        '',
        'Forestry platform is up.',
        `  GraphQL gateway  http://127.0.0.1:${gatewayPort}/graphql`,
        `  Public contract  http://127.0.0.1:${gatewayPort}/public/graphql`,
        `  Health           http://127.0.0.1:${gatewayPort}/health`,
        `  Readiness        ${readyUrl}`,
        ...(['dashboard', 'sandbox'] as const)
          .filter((app) => existsSync(join(repositoryRoot, 'clients', app, 'dist')))
          .map((app) => `  ${app.padEnd(17)}http://127.0.0.1:${gatewayPort}/${app}/`),
        '  Tokens           npm run token -- --role leader   (anonymous requests are the public)',
        ...subgraphs.map((subgraph) => `  subgraph         ${subgraph.name}`),
        `  Data             ${env.POSTGRES_URL ? 'PostgreSQL (POSTGRES_URL)' : env.DATA_DIR}`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
