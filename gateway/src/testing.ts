import { loadSubgraphDefinitions, readSchemaFile } from '@forestry/schema';
import { randomBytes } from 'node:crypto';
import type { Viewer } from '@forestry/subgraph-runtime';
import {
  postGraphQL,
  startTestSubgraph,
  testInternalSecret,
  viewers,
  type GraphQLResponse,
  type TestSubgraph,
} from '@forestry/subgraph-runtime/testing';
import { createTokenVerifier, signDevelopmentToken } from './identity.js';
import { startGateway, type RunningGateway } from './server.js';
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
  /** SQL statements sent so far by all subgraphs together. */
  statementCount(): number;
  stop(): Promise<void>;
}

/** Every subgraph and the gateway over HTTP on free ports, as `npm start` runs them. */
export async function startTestStack(
  options: {
    staticApps?: Record<string, string>;
    subgraphTimeoutMs?: number;
    /** A trusted-document manifest (hash → text), binding partners to it. */
    trustedDocuments?: Record<string, string>;
  } = {},
): Promise<TestStack> {
  const subgraphs = new Map<string, TestSubgraph<unknown>>();
  const supergraphSdl = await readSchemaFile('supergraph');
  const names = subgraphsOf(supergraphSdl).map((subgraph) => subgraph.name);
  // One at a time: seeding is CPU-bound and the machines have two cores.
  for (const definition of await loadSubgraphDefinitions(names)) {
    subgraphs.set(definition.name, await startTestSubgraph(definition));
  }
  const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
  const gateway = await startGateway({
    supergraphSdl,
    publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
    port: 0,
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
    tokens: await createTokenVerifier(authEnv),
    staticApps: options.staticApps,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    issueDevelopmentToken: (request) => signDevelopmentToken(request, authEnv),
    internalSecret: testInternalSecret(),
    trustedDocuments: options.trustedDocuments ? trustedDocumentsFrom(options.trustedDocuments) : undefined,
  });
  const tokenFor = (viewer: Viewer, expiresIn?: string) =>
    signDevelopmentToken(
      {
        expiresIn,
        subject: viewer.subject ?? 'test',
        role: viewer.role,
        department: viewer.department ?? undefined,
        division: viewer.divisionCode ?? undefined,
        clearance: viewer.clearance,
      },
      authEnv,
    );
  return {
    gateway,
    subgraphs,
    tokenFor,
    request: async (query, variables, viewer = viewers.admin) =>
      postGraphQL(gateway.url, query, variables, viewer ? { authorization: `Bearer ${await tokenFor(viewer)}` } : {}),
    statementCount: () => [...subgraphs.values()].reduce((sum, subgraph) => sum + subgraph.database.statementCount(), 0),
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs.values()) await subgraph.stop();
    },
  };
}
