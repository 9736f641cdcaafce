import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `bench/`, whichever directory the runner was started from. */
export const benchRoot = fileURLToPath(new URL('../', import.meta.url));
export const repositoryRoot = join(benchRoot, '..');
/** The separate npm project holding the peer gateway and the load generator. */
export const peersRoot = join(benchRoot, 'peers');
export const operationsRoot = join(benchRoot, 'operations');
export const examplesRoot = join(repositoryRoot, 'clients', 'examples');
export const defaultResultsDir = join(benchRoot, 'results');
/** Our gateway's production entry point, run as its own process. */
export const gatewayEntry = join(repositoryRoot, 'gateway', 'dist', 'main.js');
export const apolloEntry = fileURLToPath(new URL('./systems/apollo-gateway.js', import.meta.url));
export const stackEntry = fileURLToPath(new URL('./stack-process.js', import.meta.url));
