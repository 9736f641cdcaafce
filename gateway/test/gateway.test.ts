import { randomBytes } from 'node:crypto';
import { readSchemaFile } from '@forestry/schema';
import { postGraphQL, testInternalSecret } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, signDevelopmentToken } from '../src/identity.js';
import { startGateway } from '../src/server.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { startHoldingProxy } from './holding-proxy.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const base = () => stack.gateway.url.replace(/\/graphql$/, '');

describe('gateway', () => {
  it('answers /health while the process is up', async () => {
    const response = await fetch(`${base()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports /ready with the state of every subgraph', async () => {
    const response = await fetch(`${base()}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { subgraphs: { name: string; ready: boolean }[] };
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual([...stack.subgraphs.keys()].sort());
    expect(body.subgraphs.every((subgraph) => subgraph.ready)).toBe(true);
  });

  it('plans a query across entity boundaries with a constant number of SQL statements', async () => {
    const query = `query($first: Int!) {
      subCompartments(first: $first, filter: { divisionCode: "222400" }) {
        edges { node { id division { name parent { name forestStatistics { area } } } dominantSpecies { name } } }
      }
    }`;
    const count = async (first: number) => {
      const before = stack.statementCount();
      const { errors } = await stack.request(query, { first });
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      return stack.statementCount() - before;
    };
    expect(await count(150)).toBe(await count(3));
  });

  it('returns errors with machine-readable codes', async () => {
    const invalid = await stack.request(`{ division(code: "230700") { noSuchField } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const rejected = await stack.request(
      `mutation { updateSubCompartment(id: "no-such-id", input: { averageAge: 3 }) { id } }`,
    );
    expect(rejected.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('exposes Prometheus metrics per operation and per subgraph at /metrics', async () => {
    await stack.request('query SpeciesForMetrics { treeSpecies { code } }');
    const metrics = await (await fetch(`${base()}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{surface="full",operation="SpeciesForMetrics",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/graphql_request_duration_seconds_count\{surface="full",operation="SpeciesForMetrics"\} [1-9]/);
    expect(metrics).toMatch(/subgraph_fetch_duration_seconds_count\{subgraph="forest-resources",outcome="ok"\} [1-9]/);
  });
});

describe('across subgraphs', () => {
  it('resolves a list that spans four departments with a constant number of SQL statements', async () => {
    const query = `query($first: Int!) {
      fireIncidents(first: $first) {
        edges { node { id
          subCompartment { code dominantSpecies { name } pestOccurrences { id } wildlifeObservations { id } }
          division { name parent { name } pestInfestation { area } protectedSpecies { observationCount } }
        } }
      }
    }`;
    const count = async (first: number) => {
      const before = stack.statementCount();
      const { data, errors } = await stack.request(query, { first });
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      expect(data!.fireIncidents.edges).toHaveLength(first);
      return stack.statementCount() - before;
    };
    // Both pages are large enough that every kind of reference occurs in them.
    expect(await count(120)).toBe(await count(30));
  });
});

describe('identical concurrent queries', () => {
  it('share one subgraph fetch per viewer, while mutations and other viewers get their own', async () => {
    const forest = stack.gateway.subgraphs.find((subgraph) => subgraph.name === 'forest-resources')!;
    const proxy = await startHoldingProxy(forest.url);
    const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
    const gateway = await startGateway({
      supergraphSdl: await readSchemaFile('supergraph'),
      publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
      port: 0,
      subgraphUrls: { ...Object.fromEntries(stack.gateway.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])), 'forest-resources': proxy.url },
      tokens: await createTokenVerifier(authEnv),
      internalSecret: testInternalSecret(),
    });
    const until = async (condition: () => Promise<boolean> | boolean) => {
      for (let attempt = 0; !(await condition()); attempt += 1) {
        if (attempt > 200) throw new Error('condition not reached');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const deduplicated = async () => {
      const metrics = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/subgraph_fetches_deduplicated_total\{subgraph="forest-resources"\} (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    const bearer = async (subject: string, role: 'leader' | 'admin') => ({
      authorization: `Bearer ${await signDevelopmentToken({ subject, role }, authEnv)}`,
    });
    try {
      const query = '{ forestStatistics(divisionCode: "230000") { area } }';
      const publicCalls = Array.from({ length: 5 }, () => postGraphQL(gateway.publicUrl, query));
      await until(async () => (await deduplicated()) === 4);
      const leaderCall = postGraphQL(gateway.url, query, undefined, await bearer('leader-a', 'leader'));
      const mutation = 'mutation { updateSubCompartment(id: "no-such-id", input: { averageAge: 3 }) { id } }';
      const admin = await bearer('admin-a', 'admin');
      const mutations = [postGraphQL(gateway.url, mutation, undefined, admin), postGraphQL(gateway.url, mutation, undefined, admin)];
      await until(() => proxy.bodies.length === 4);
      proxy.release();

      const answers = await Promise.all([...publicCalls, leaderCall]);
      for (const { data, errors } of answers) {
        expect(errors).toBeUndefined();
        expect(data!.forestStatistics.area).toBe(answers[0]!.data!.forestStatistics.area);
      }
      expect(answers[0]!.data!.forestStatistics.area).toBeGreaterThan(0);
      for (const { errors } of await Promise.all(mutations)) expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(proxy.bodies.filter((body) => body.includes('mutation'))).toHaveLength(2);
      expect(proxy.bodies).toHaveLength(4);
      expect(await deduplicated()).toBe(4);
    } finally {
      await gateway.stop();
      await proxy.stop();
    }
  });
});
