import { readCheckedInSupergraph, loadSubgraphDefinitions } from '@forestry/schema';
import { postGraphQL, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@forestry/subgraph-runtime/testing';
import { startGateway, type RunningGateway } from './server.js';

export interface TestStack {
  gateway: RunningGateway;
  /** Running subgraphs by name, each with its own fresh database. */
  subgraphs: Map<string, TestSubgraph<unknown>>;
  request<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Data>>;
  /** SQL statements sent so far by all subgraphs together. */
  statementCount(): number;
  stop(): Promise<void>;
}

/** Every subgraph and the gateway over HTTP on free ports, as `npm start` runs them. */
export async function startTestStack(): Promise<TestStack> {
  const subgraphs = new Map<string, TestSubgraph<unknown>>();
  // One at a time: seeding is CPU-bound and the machines have two cores.
  for (const definition of await loadSubgraphDefinitions()) {
    subgraphs.set(definition.name, await startTestSubgraph(definition));
  }
  const gateway = await startGateway({
    supergraphSdl: await readCheckedInSupergraph(),
    port: 0,
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
  });
  return {
    gateway,
    subgraphs,
    request: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    statementCount: () => [...subgraphs.values()].reduce((sum, subgraph) => sum + subgraph.database.statementCount(), 0),
    async stop() {
      await gateway.stop();
      for (const subgraph of subgraphs.values()) await subgraph.stop();
    },
  };
}
