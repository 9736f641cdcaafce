import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { peersRoot } from './paths.js';

/**
 * `bench/peers` is an npm project of its own, outside the workspaces: Hive Gateway needs an
 * override the workspace install must not carry, and the load generator is only needed here.
 */
const requireFromPeers = createRequire(join(peersRoot, 'package.json'));

function installed(): boolean {
  const manifest = JSON.parse(readFileSync(join(peersRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return Object.keys(manifest.dependencies).every((name) => existsSync(join(peersRoot, 'node_modules', name, 'package.json')));
}

/** Installs bench/peers on first use (`npm install --prefix bench/peers`). */
export async function ensurePeersInstalled(): Promise<void> {
  if (installed()) return;
  console.log('Installing the peer gateway and load generator into bench/peers (first run only)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(npm, ['install', '--prefix', peersRoot, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !installed()) throw new Error(`npm install --prefix ${peersRoot} failed (exit code ${code})`);
}

export function peerVersion(name: string): string {
  return (JSON.parse(readFileSync(requireFromPeers.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** The `hive-gateway` command's script, run with the runner's Node. */
export function hiveGatewayBin(): string {
  const manifestPath = requireFromPeers.resolve('@graphql-hive/gateway/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['hive-gateway']!);
}

// --- autocannon, typed as far as the runner uses it. ---

export interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeout?: number;
  requests?: AutocannonRequest[];
  verifyBody?: (body: string) => boolean;
}

export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  '2xx': number;
  requests: { total: number };
  statusCodeStats?: Record<string, { count: number }>;
}

export interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  on(event: 'done', listener: (result: AutocannonResult) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  stop(): void;
}

export type Autocannon = (options: AutocannonOptions, callback: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

export function loadAutocannon(): Autocannon {
  return requireFromPeers('autocannon') as Autocannon;
}
