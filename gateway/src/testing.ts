import { loadSubgraphDefinitions, readSchemaFile } from '@forestry/schema';
import { randomBytes } from 'node:crypto';
import type { AuditDeliveryOptions, Viewer } from '@forestry/subgraph-runtime';
import {
  postGraphQL,
  removeEventStream,
  startTestSubgraph,
  testInternalSecret,
  viewers,
  type GraphQLResponse,
  type TestSubgraph,
} from '@forestry/subgraph-runtime/testing';
import { createTokenVerifier, signDevelopmentToken, tokenRequestFor } from './identity.js';
import type { RequestLimits } from './limits.js';
import { startGateway, type GatewayOptions, type RunningGateway } from './server.js';
import { subgraphsOf } from './supergraph.js';
import { trustedDocumentsFrom } from './trusted-documents.js';

export interface TestStack {
  gateway: RunningGateway;
  /** Running subgraphs by name, each with its own fresh database. */
  subgraphs: Map<string, TestSubgraph<unknown>>;
  /** Sends an operation with the token of `viewer` (anonymous when null; an administrator by default). */
  request<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<GraphQLResponse<Data>>;
  /** A user token for a viewer, signed like `npm run token` signs it. */
  tokenFor(viewer: Viewer, expiresIn?: string): Promise<string>;
  /** SQL statements sent so far by the departments together (the audit subgraph stores in the background). */
  statementCount(): number;
  /** Delivers every department's and the gateway's waiting audit entries to the audit subgraph now. */
  deliverAuditEntries(): Promise<void>;
  /**
   * A second gateway over the same subgraphs, with its own settings (limits, say) and the same
   * token key, so that `tokenFor` works with it; the caller stops it.
   */
  startAnotherGateway(settings: Partial<GatewayOptions>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/** Every subgraph and the gateway over HTTP on free ports, as `npm start` runs them. */
export async function startTestStack(
  options: {
    staticApps?: Record<string, string>;
    subgraphTimeoutMs?: number;
    /** A trusted-document manifest (hash → text), binding partners to it. */
    trustedDocuments?: Record<string, string>;
    limits?: RequestLimits;
  } = {},
): Promise<TestStack> {
  const subgraphs = new Map<string, TestSubgraph<unknown>>();
  const supergraphSdl = await readSchemaFile('supergraph');
  const names = subgraphsOf(supergraphSdl).map((subgraph) => subgraph.name);
  // The audit subgraph first, so that the departments deliver their audit entries to it. It keeps
  // its database on disk, so that a test can restart it. Retries are brisk: tests stop it on purpose.
  const definitions = (await loadSubgraphDefinitions(names)).sort(
    (a, b) => Number(!a.storeAuditEntries) - Number(!b.storeAuditEntries),
  );
  let audit: (AuditDeliveryOptions & { subgraph: string }) | undefined;
  // Server mode runs events through the machine's NATS JetStream, as production does, on a
  // stream of this stack's own; embedded mode keeps them in process.
  const nats = process.env.TEST_POSTGRES_URL
    ? { url: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222', prefix: `forestry-test-${randomBytes(4).toString('hex')}` }
    : undefined;
  // One at a time: seeding is CPU-bound and the machines have two cores.
  for (const definition of definitions) {
    const subgraph = definition.storeAuditEntries
      ? await startTestSubgraph(definition, { onDisk: true, nats })
      : await startTestSubgraph(definition, { audit, nats });
    if (definition.storeAuditEntries) audit = { subgraph: definition.name, url: subgraph.url, retryDelayMs: { first: 100, max: 2_000 } };
    subgraphs.set(definition.name, subgraph);
  }
  const departments = () => [...subgraphs.values()].filter((subgraph) => subgraph.name !== audit?.subgraph);
  const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
  const common: GatewayOptions = {
    supergraphSdl,
    publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
    port: 0,
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
    tokens: await createTokenVerifier(authEnv),
    internalSecret: testInternalSecret(),
    audit,
  };
  const gateway = await startGateway({
    ...common,
    staticApps: options.staticApps,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    limits: options.limits,
    issueDevelopmentToken: (request) => signDevelopmentToken(request, authEnv),
    trustedDocuments: options.trustedDocuments ? trustedDocumentsFrom(options.trustedDocuments) : undefined,
  });
  const tokenFor = (viewer: Viewer, expiresIn?: string) =>
    signDevelopmentToken(tokenRequestFor(viewer, expiresIn), authEnv);
  return {
    gateway,
    subgraphs,
    tokenFor,
    request: async (query, variables, viewer = viewers.admin) =>
      postGraphQL(gateway.url, query, variables, viewer ? { authorization: `Bearer ${await tokenFor(viewer)}` } : {}),
    statementCount: () => departments().reduce((sum, subgraph) => sum + subgraph.database.statementCount(), 0),
    async deliverAuditEntries() {
      for (const subgraph of departments()) {
        const waiting = await subgraph.audit.deliver();
        if (waiting > 0) throw new Error(`${subgraph.name} could not deliver ${waiting} audit entries`);
      }
      const waiting = await gateway.audit.deliver();
      if (waiting > 0) throw new Error(`the gateway could not deliver ${waiting} audit entries`);
    },
    startAnotherGateway: (settings) => startGateway({ ...common, ...settings }),
    async stop() {
      await gateway.stop();
      // The audit subgraph last, so that the departments are not left retrying deliveries.
      for (const subgraph of [...subgraphs.values()].reverse()) await subgraph.stop();
      if (nats) await removeEventStream(nats);
    },
  };
}
