import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { loadSubgraphDefinitions, readSchemaFile } from '@forestry/schema';
import { postGraphQL, startTestSubgraph, testInternalSecret } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../src/identity.js';
import { startGateway } from '../src/server.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { startHoldingProxy } from './holding-proxy.js';

const TIMEOUT_MS = 1500;
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ subgraphTimeoutMs: TIMEOUT_MS });
});
afterAll(() => stack?.stop());

// Fields from forest resources and pest control, lists among them: either department can fail alone.
const query = `{
  forestStatistics(divisionCode: "230000") { area }
  pestInfestation(divisionCode: "230000") { area }
  pestOccurrences(first: 2) { totalCount }
  pests { code }
}`;

async function replaceWith(name: string, start: (port: number) => Promise<{ stop(): Promise<void> }>) {
  const current = stack.subgraphs.get(name)!;
  const port = current.port;
  await current.stop();
  stack.subgraphs.delete(name);
  return start(port);
}

describe('when a subgraph fails', () => {
  it('returns the data of the others and names what is missing when one is down', async () => {
    await replaceWith('pest-control', async () => ({ stop: async () => {} }));
    const { data, errors } = await stack.request(query);
    expect(data?.forestStatistics.area).toBeGreaterThan(0);
    // Lists too: query fields are nullable, so the missing department nulls only its own fields.
    expect({ pestInfestation: data?.pestInfestation, pestOccurrences: data?.pestOccurrences, pests: data?.pests }).toEqual({
      pestInfestation: null,
      pestOccurrences: null,
      pests: null,
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'pest-control', reason: 'unreachable' });
    const ready = await fetch(stack.gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
  });

  it('recovers by itself when the subgraph comes back', async () => {
    const [definition] = await loadSubgraphDefinitions(['pest-control']);
    const port = new URL(stack.gateway.subgraphs.find((subgraph) => subgraph.name === 'pest-control')!.url).port;
    stack.subgraphs.set('pest-control', await startTestSubgraph(definition!, { port: Number(port) }));
    const { data, errors } = await stack.request(query);
    expect(errors).toBeUndefined();
    expect(data!.pestInfestation.area).toBeGreaterThan(0);
    expect(data!.pestOccurrences.totalCount).toBeGreaterThan(0);
    expect(data!.pests.length).toBeGreaterThan(0);
    expect((await fetch(stack.gateway.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('gives up on a stalled subgraph after its deadline, still answering with the rest', async () => {
    let stalled: Server | undefined;
    await replaceWith('pest-control', async (port) => {
      stalled = createServer(() => {
        // Accepts the request and never answers.
      });
      await new Promise<void>((resolve) => stalled!.listen(port, '127.0.0.1', resolve));
      return { stop: async () => {} };
    });
    try {
      const started = performance.now();
      const { data, errors } = await stack.request(query);
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 4);
      expect(data?.forestStatistics.area).toBeGreaterThan(0);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'pest-control', reason: 'timeout' });
    } finally {
      stalled?.closeAllConnections();
      await new Promise((resolve) => stalled?.close(resolve));
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const forest = stack.gateway.subgraphs.find((subgraph) => subgraph.name === 'forest-resources')!;
    const proxy = await startHoldingProxy(forest.url);
    const draining = await startGateway({
      supergraphSdl: await readSchemaFile('supergraph'),
      publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
      port: 0,
      subgraphUrls: { ...Object.fromEntries(stack.gateway.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])), 'forest-resources': proxy.url },
      tokens: await createTokenVerifier({ AUTH_DEV_SECRET: randomBytes(32).toString('hex') }),
      internalSecret: testInternalSecret(),
    });
    try {
      const inFlight = postGraphQL<{ forestStatistics: { area: number } }>(draining.publicUrl, '{ forestStatistics(divisionCode: "230000") { area } }');
      await proxy.firstArrival;
      const stopped = draining.stop();
      // The listener closes at once: a new caller is turned away while the old one is served.
      await expect(fetch(draining.publicUrl, { method: 'POST' })).rejects.toThrow();
      proxy.release();
      const { data, errors } = await inFlight;
      expect(errors).toBeUndefined();
      expect(data!.forestStatistics.area).toBeGreaterThan(0);
      await stopped;
    } finally {
      await proxy.stop();
    }
  });
});
