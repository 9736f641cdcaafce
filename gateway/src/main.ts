import { readCheckedInSupergraph } from '@forestry/schema';
import { createLogger } from '@forestry/subgraph-runtime';
import { startGateway, subgraphUrlsFromEnv } from './server.js';

const log = createLogger('gateway');
const supergraphSdl = await readCheckedInSupergraph();
const gateway = await startGateway({
  supergraphSdl,
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.GATEWAY_HOST ?? '127.0.0.1',
  subgraphUrls: subgraphUrlsFromEnv(supergraphSdl),
});
log.info({ url: gateway.url, subgraphs: gateway.subgraphs }, 'gateway ready');

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
