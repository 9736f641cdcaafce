import { readSchemaFile } from '@forestry/schema';
import { createLogger, internalTokenSecret } from '@forestry/subgraph-runtime';
import { createTokenVerifier } from './identity.js';
import { limitsFromEnv } from './limits.js';
import { startGateway, subgraphUrlsFromEnv } from './server.js';

const log = createLogger('gateway');
const supergraphSdl = await readSchemaFile('supergraph');
const gateway = await startGateway({
  supergraphSdl,
  publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
  introspection: process.env.INTROSPECTION !== 'false',
  publicIntrospection: process.env.PUBLIC_INTROSPECTION === 'true',
  limits: limitsFromEnv(),
  subgraphTimeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.GATEWAY_HOST ?? '127.0.0.1',
  subgraphUrls: subgraphUrlsFromEnv(supergraphSdl),
  tokens: await createTokenVerifier(),
  internalSecret: internalTokenSecret(),
});
log.info({ url: gateway.url, publicUrl: gateway.publicUrl, subgraphs: gateway.subgraphs }, 'gateway ready');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Drains in-flight requests before the process exits.
    void gateway.stop().then(() => process.exit(0));
  });
}
