import { auditDeliveryFromEnv, createLogger, internalTokenSecret, startTracing } from '@forestry/subgraph-runtime';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemaFile, repositoryRoot } from '@forestry/schema';
import { createTokenVerifier, signDevelopmentToken, usesDevelopmentKey } from './identity.js';
import { limitsFromEnv } from './limits.js';
import { trustedDocumentsFromEnv } from './trusted-documents.js';

const log = createLogger('gateway');
const host = process.env.GATEWAY_HOST ?? '127.0.0.1';

/** Metrics stay open only on a loopback-bound gateway; elsewhere they need METRICS_TOKEN. */
function metricsAccessFor(listenHost: string): 'open' | 'off' | { token: string } {
  if (process.env.METRICS_TOKEN) return { token: process.env.METRICS_TOKEN };
  if (['127.0.0.1', '::1', 'localhost'].includes(listenHost)) return 'open';
  log.warn('GATEWAY_HOST is not loopback and METRICS_TOKEN is unset: /metrics is off');
  return 'off';
}

// Before the gateway is loaded: @apollo/gateway takes its tracer when its module loads, from
// its own copy of the OpenTelemetry API, which only follows a provider registered before then.
const tracing = startTracing({ serviceName: 'forestry-gateway' });
const { startGateway, subgraphUrlsFromEnv } = await import('./server.js');
const supergraphSdl = await readSchemaFile('supergraph');
const gateway = await startGateway({
  supergraphSdl,
  publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
  introspection: process.env.INTROSPECTION !== 'false',
  publicIntrospection: process.env.PUBLIC_INTROSPECTION === 'true',
  limits: limitsFromEnv(),
  subgraphTimeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
  staticApps: Object.fromEntries(
    ['dashboard', 'sandbox']
      .map((app) => [`/${app}`, join(repositoryRoot, 'clients', app, 'dist')] as const)
      .filter(([, directory]) => existsSync(directory)),
  ),
  ...(usesDevelopmentKey() && process.env.DEV_SIGN_IN !== 'false'
    ? { issueDevelopmentToken: (request: Parameters<typeof signDevelopmentToken>[0]) => signDevelopmentToken(request) }
    : {}),
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host,
  metricsAccess: metricsAccessFor(host),
  subgraphUrls: subgraphUrlsFromEnv(supergraphSdl),
  tokens: await createTokenVerifier(),
  trustedDocuments: await trustedDocumentsFromEnv(join(repositoryRoot, 'clients', 'sdk', 'dist', 'trusted-documents.json'), log),
  internalSecret: internalTokenSecret(),
  audit: auditDeliveryFromEnv(),
});
log.info({ url: gateway.url, publicUrl: gateway.publicUrl, subgraphs: gateway.subgraphs }, 'gateway ready');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // Drains in-flight requests before the process exits.
    void gateway
      .stop()
      .then(() => tracing?.shutdown())
      .then(() => process.exit(0));
  });
}
