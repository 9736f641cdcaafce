import { createHash, randomBytes } from 'node:crypto';
import { signViewer, VIEWER_HEADER } from '@forestry/subgraph-runtime';
import { readSchemaFile } from '@forestry/schema';
import { postGraphQL, testInternalSecret, viewers, type GraphQLResponse } from '@forestry/subgraph-runtime/testing';
import { createClient } from 'graphql-ws';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTokenVerifier, signDevelopmentToken, tokenRequestFor } from '../src/identity.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import { startTestStack, type TestStack } from '../src/testing.js';
import { RATE_LIMITED_CLOSE_CODE } from '../src/subscriptions/index.js';
import { TRUSTED_DOCUMENT_REQUIRED, trustedDocumentsFrom } from '../src/trusted-documents.js';
import { subscribe, waitForSubscriptions } from './subscription-helpers.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const forestSubgraph = () => stack.subgraphs.get('forest-resources')!;
const firstId = async () => {
  const { data } = await stack.request(`{ subCompartments(first: 1, filter: { divisionCode: "230724" }) { edges { node { id version } } } }`);
  return data!.subCompartments.edges[0].node as { id: string; version: number };
};
const resurvey = `mutation($id: ID!) { updateSubCompartment(id: $id, input: { surveyYear: 2025 }) { id surveyYear } }`;

describe('identity', () => {
  it('treats a request without a token as the public: published statistics yes, inventory no', async () => {
    const published = await stack.request(`{ forestStatistics(divisionCode: "230000") { area } }`, undefined, null);
    expect(published.errors).toBeUndefined();
    expect(published.data!.forestStatistics.area).toBeGreaterThan(0);
    const inventory = await stack.request(`{ subCompartments(first: 1) { totalCount } }`, undefined, null);
    expect(inventory.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a token signed with another key', async () => {
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer('forestry-platform-dev')
      .setAudience('forestry-platform')
      .setExpirationTime('1h')
      .sign(randomBytes(32));
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: '{ treeSpecies { code } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuses an expired token with a clear message', async () => {
    const expired = await stack.tokenFor(viewers.leader, '-1m');
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${expired}` },
      body: JSON.stringify({ query: '{ treeSpecies { code } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

describe('authorization, enforced in the subgraphs', () => {
  it('lets partners read the inventory but not change it', async () => {
    const { id } = await firstId();
    const read = await stack.request(`{ subCompartments(first: 1) { totalCount } }`, undefined, viewers.partner);
    expect(read.errors).toBeUndefined();
    const write = await stack.request(resurvey, { id }, viewers.partner);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets leaders read everything and write nothing', async () => {
    const { id } = await firstId();
    const write = await stack.request(resurvey, { id }, viewers.leader);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("lets staff write only their own department's data", async () => {
    const { id } = await firstId();
    const otherDepartment = await stack.request(resurvey, { id }, viewers.staff('pest-control'));
    expect(otherDepartment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ownDepartment = await stack.request(resurvey, { id }, viewers.staff('forest-resources'));
    expect(ownDepartment.errors).toBeUndefined();
    expect(ownDepartment.data!.updateSubCompartment.surveyYear).toBe(2025);
  });

  it('keeps county staff inside their county, for reads and writes', async () => {
    const countyStaff = viewers.staff('forest-resources', '230724');
    const { data } = await stack.request(
      `{ subCompartments(first: 200) { totalCount edges { node { division { code } } } } }`,
      undefined,
      countyStaff,
    );
    expect(data!.subCompartments.totalCount).toBeGreaterThan(0);
    expect(data!.subCompartments.edges.every((edge: { node: { division: { code: string } } }) => edge.node.division.code === '230724')).toBe(true);
    const { data: elsewhere } = await stack.request(`{ subCompartments(first: 1, filter: { divisionCode: "222400" }) { edges { node { id } } } }`);
    const outside = await stack.request(resurvey, { id: elsewhere!.subCompartments.edges[0].node.id }, countyStaff);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses requests that bypass the gateway', async () => {
    const direct = await postGraphQL(forestSubgraph().url, '{ treeSpecies { code } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forgedCredential = await signViewer(viewers.admin, randomBytes(32).toString('hex'));
    const forged = await postGraphQL(forestSubgraph().url, '{ treeSpecies { code } }', undefined, { [VIEWER_HEADER]: forgedCredential });
    expect(forged.status).toBe(401);
  });
});

describe('public contract', () => {
  it('serves only public fields at /public/graphql, whatever the caller sends', async () => {
    const published = await postGraphQL(stack.gateway.publicUrl, '{ division(code: "230700") { name forestStatistics { area } } }');
    expect(published.errors).toBeUndefined();
    const hidden = await postGraphQL(stack.gateway.publicUrl, '{ division(code: "230700") { forestryUnits { name } } }', undefined, {
      authorization: `Bearer ${await stack.tokenFor(viewers.admin)}`,
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const mutation = await postGraphQL(stack.gateway.publicUrl, 'mutation { updateSubCompartment(id: "x", input: {}) { id } }');
    expect(mutation.data ?? null).toBeNull();
    expect(['GRAPHQL_VALIDATION_FAILED', 'INVALID_GRAPHQL']).toContain(mutation.errors?.[0]?.extensions?.code);
  });

  it('does not answer introspection or suggest field names on the public path', async () => {
    const introspection = await postGraphQL(stack.gateway.publicUrl, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await postGraphQL(stack.gateway.publicUrl, '{ divisio(code: "230700") { name } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('abuse limits', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ division(code: "230700") { ${'children { '.repeat(14)}code${' }'.repeat(14)} } }`;
    const { errors } = await stack.request(deep);
    expect(errors?.[0]?.message).toMatch(/depth/i);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts the depth of fields, not of the fragments that spell them', async () => {
    // Eight levels of fields written through eight nested fragments: within the limit of 12.
    const fragments = Array.from({ length: 8 }, (_, level) =>
      level < 7 ? `fragment L${level} on Division { code parent { ...L${level + 1} } }` : `fragment L${level} on Division { code }`,
    ).join('\n');
    const { data, errors } = await stack.request(`{ division(code: "230724") { ...L0 } }\n${fragments}`);
    expect(errors?.map((error) => error.message)).toBeUndefined();
    expect(data?.division.parent.parent.code).toBe('230000');
    const tooDeep = `{ division(code: "230700") { ...Deep } } fragment Deep on Division { ${'children { '.repeat(14)}code${' }'.repeat(14)} }`;
    expect((await stack.request(tooDeep)).errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: treeSpecies { code }`).join(' ');
    const { errors } = await stack.request(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses directive floods', async () => {
    const { errors } = await stack.request(`{ treeSpecies { code ${'@include(if: true) '.repeat(40)} } }`);
    expect(errors?.[0]?.message).toMatch(/directive/i);
  });

  it('refuses operations whose cost, scaled by page sizes, is too high', async () => {
    const costly = `{ subCompartments(first: 200) { edges { node { division { children { children { forestryUnits { code name } } } } } } } }`;
    const { errors } = await stack.request(costly);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    const cheap = await stack.request(`{ subCompartments(first: 5) { edges { node { division { name } } } } }`);
    expect(cheap.errors).toBeUndefined();
  });

  it('refuses batched operations', async () => {
    const response = await post(JSON.stringify([{ query: '{ treeSpecies { code } }' }, { query: '{ treeSpecies { code } }' }]), {
      authorization: `Bearer ${await stack.tokenFor(viewers.admin)}`,
    });
    expect(response.status).toBe(400);
  });

  it('refuses malformed JSON and oversized bodies with a JSON error', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const huge = await post(JSON.stringify({ query: `{ treeSpecies { code } } # ${'x'.repeat(400 * 1024)}` }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ treeSpecies { code } }')}`);
    expect(response.status).toBe(400);
  });

  it('answers an unknown persisted-query hash with PERSISTED_QUERY_NOT_FOUND, then accepts it once registered', async () => {
    const query = '{ treeSpecies { code } }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await post(JSON.stringify({ extensions }));
    expect(await miss.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    await post(JSON.stringify({ query, extensions }));
    const hit = await post(JSON.stringify({ extensions }));
    expect(((await hit.json()) as { data: { treeSpecies: unknown[] } }).data.treeSpecies.length).toBeGreaterThan(0);
  });
});

describe('rate limits', () => {
  it('limits each identity per minute, with 429, a code and Retry-After', async () => {
    const limited = await stack.startAnotherGateway({ limits: { ...DEFAULT_LIMITS, publicRequestsPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await fetch(limited.publicUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ treeSpecies { code } }' }),
        });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.stop();
    }
  });

  it('counts requests with a token that does not verify against their address, like anonymous ones', async () => {
    const limited = await stack.startAnotherGateway({ limits: { ...DEFAULT_LIMITS, publicRequestsPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const response = await fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer guessed.or.replayed' },
          body: JSON.stringify({ query: '{ treeSpecies { code } }' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.stop();
    }
  });

  it('counts WebSocket connections, subscriptions and event streams against the same budget', async () => {
    const limited = await stack.startAnotherGateway({ limits: { ...DEFAULT_LIMITS, publicRequestsPerMinute: 3 } });
    const follow = 'subscription { licenceApplicationStatusChanged(receiptNumber: "LYSP-2026-999999") { status } }';
    const closeCodes: number[] = [];
    const connect = () =>
      createClient({
        url: limited.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        // The refused connection's close is what the test waits for, not an error to print.
        onNonLazyError: () => undefined,
        on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
      });
    const first = connect();
    try {
      // The connection and its first subscription take two of the three requests a minute.
      const following = subscribe(first, follow);
      await waitForSubscriptions([stack.subgraphs.get('public-disclosure')!], 1);
      const query = await fetch(limited.publicUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ treeSpecies { code } }' }),
      });
      expect(query.status).toBe(200);
      await expect(subscribe(first, follow).next()).rejects.toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);
      const second = connect();
      await expect.poll(() => closeCodes).toContain(RATE_LIMITED_CLOSE_CODE);
      second.dispose();
      const stream = await fetch(`${limited.url}/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: follow }),
      });
      expect(stream.status).toBe(429);
      expect(await stream.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      following.close();
    } finally {
      first.dispose();
      await limited.stop();
    }
  });
});

describe('trusted documents', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const published = 'query PartnerSpecies { treeSpecies { code } }';
  const publicCatalogue = '{ forestStatistics(divisionCode: "230000") { area } }';
  const unpublished = '{ treeSpecies { code name } }';
  const persisted = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

  let gateway: RunningGateway;
  let tokens: Awaited<ReturnType<typeof createTokenVerifier>>;
  const authEnv = { AUTH_DEV_SECRET: randomBytes(32).toString('hex') };
  beforeAll(async () => {
    tokens = await createTokenVerifier(authEnv);
    gateway = await startGateway({
      supergraphSdl: await readSchemaFile('supergraph'),
      publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
      port: 0,
      subgraphUrls: Object.fromEntries(stack.gateway.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      tokens,
      internalSecret: testInternalSecret(),
      trustedDocuments: trustedDocumentsFrom({ [sha256(published)]: published, [sha256(publicCatalogue)]: publicCatalogue }),
    });
  });
  afterAll(() => gateway?.stop());

  const send = async (body: unknown, role: 'partner' | 'staff' | null, url = gateway.url) => {
    const viewer = role === 'partner' ? viewers.partner : viewers.staff('forest-resources', '230724');
    const token = role && (await signDevelopmentToken(tokenRequestFor(viewer), authEnv));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };

  it('runs a published operation for a partner by its hash alone', async () => {
    const { status, body } = await send(persisted(published), 'partner');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.treeSpecies.length).toBeGreaterThan(0);
  });

  it('refuses query text from a partner, even with its matching hash, with TRUSTED_DOCUMENT_REQUIRED', async () => {
    for (const body of [{ query: published }, { query: unpublished }, { query: unpublished, ...persisted(unpublished) }]) {
      const { status, body: answer } = await send(body, 'partner');
      expect(status).toBe(403);
      expect(answer.errors?.[0]?.extensions?.code).toBe(TRUSTED_DOCUMENT_REQUIRED);
    }
  });

  it('does not let a partner run a hash that someone else registered as an automatic persisted query', async () => {
    const registered = await send({ query: unpublished, ...persisted(unpublished) }, 'staff');
    expect(registered.body.errors).toBeUndefined();
    expect((await send(persisted(unpublished), 'staff')).body.data!.treeSpecies.length).toBeGreaterThan(0);
    const { status, body } = await send(persisted(unpublished), 'partner');
    expect(status).toBe(404);
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('checks GET requests the same way', async () => {
    const token = await signDevelopmentToken({ subject: 'get-partner', role: 'partner' }, authEnv);
    const url = (params: Record<string, string>) => `${gateway.url}?${new URLSearchParams(params)}`;
    const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
    const asText = await fetch(url({ query: published }), { headers });
    expect(asText.status).toBe(403);
    const byHash = await fetch(url({ extensions: JSON.stringify(persisted(published).extensions) }), { headers });
    expect(((await byHash.json()) as GraphQLResponse).data!.treeSpecies.length).toBeGreaterThan(0);
  });

  it('leaves other roles free to send text, and serves published public operations by hash anonymously', async () => {
    expect((await send({ query: unpublished }, 'staff')).body.data!.treeSpecies.length).toBeGreaterThan(0);
    const { body } = await send(persisted(publicCatalogue), null, gateway.publicUrl);
    expect(body.data!.forestStatistics.area).toBeGreaterThan(0);
  });

  it('refuses a manifest whose keys are not the hashes of their texts', () => {
    expect(() => trustedDocumentsFrom({ [sha256(published)]: unpublished })).toThrow(/does not hash to its key/);
  });
});

describe('metrics access', () => {
  const gatewayWith = async (metricsAccess: 'off' | { token: string }) =>
    startGateway({
      supergraphSdl: await readSchemaFile('supergraph'),
      publicSupergraphSdl: await readSchemaFile('publicSupergraph'),
      port: 0,
      subgraphUrls: Object.fromEntries(stack.gateway.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      tokens: await createTokenVerifier({ AUTH_DEV_SECRET: randomBytes(32).toString('hex') }),
      internalSecret: testInternalSecret(),
      metricsAccess,
    });

  it('asks for the metrics token when one is set', async () => {
    const gateway = await gatewayWith({ token: 'scrape-secret-0123456789' });
    try {
      const metricsUrl = gateway.url.replace(/\/graphql$/, '/metrics');
      const anonymous = await fetch(metricsUrl);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const scraper = await fetch(metricsUrl, { headers: { authorization: 'Bearer scrape-secret-0123456789' } });
      expect(scraper.status).toBe(200);
      expect(await scraper.text()).toContain('graphql_requests_total');
    } finally {
      await gateway.stop();
    }
  });

  it('does not serve metrics at all when they are off', async () => {
    const gateway = await gatewayWith('off');
    try {
      expect((await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });
});
