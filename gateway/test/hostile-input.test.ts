import { apiSchemaOf, readSchemaFile } from '@forestry/schema';
import type { PrismaClientLike, Viewer } from '@forestry/subgraph-runtime';
import { viewers, type GraphQLResponse } from '@forestry/subgraph-runtime/testing';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../src/testing.js';
import { stringProbes, type KnownValues, type StringProbe } from './schema-probes.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(body: string | null, headers: Record<string, string>, viewer: Viewer | null = viewers.admin) {
  const authorization: Record<string, string> = viewer ? { authorization: `Bearer ${await stack.tokenFor(viewer)}` } : {};
  const response = await fetch(stack.gateway.url, { method: 'POST', headers: { ...authorization, ...headers }, body });
  const text = await response.text();
  let json: Body | undefined;
  try {
    json = JSON.parse(text) as Body;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

const postJson = (payload: unknown, viewer?: Viewer | null) => post(JSON.stringify(payload), { 'content-type': 'application/json' }, viewer);
const codesOf = (body: Body | undefined) => (body?.errors ?? []).map((error) => error.extensions?.code);

describe('request bodies that are not a GraphQL request', () => {
  const query = JSON.stringify({ query: '{ treeSpecies { code } }' });
  // `apollo-require-preflight` gets past CSRF prevention, so that the body check itself is tested.
  const preflight = { 'apollo-require-preflight': 'true' };
  it.each([
    ['text/plain', query, { 'content-type': 'text/plain' }],
    ['text/plain past CSRF prevention', query, { 'content-type': 'text/plain', ...preflight }],
    ['form-encoded', 'query=%7B+treeSpecies+%7B+code+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['form-encoded past CSRF prevention', 'query=%7B+treeSpecies+%7B+code+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded', ...preflight }],
    ['multipart', '--x\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ treeSpecies { code } }\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x', ...preflight }],
    ['XML', '<query>{ treeSpecies { code } }</query>', { 'content-type': 'application/xml', ...preflight }],
    ['no content type', query, {}],
    ['no content type past CSRF prevention', query, preflight],
    ['JSON in a charset it is not', query, { 'content-type': 'application/json; charset=utf-16' }],
    ['JSON that is a string', '"{ treeSpecies { code } }"', { 'content-type': 'application/json' }],
    ['JSON null', 'null', { 'content-type': 'application/json' }],
    ['an empty body', '', { 'content-type': 'application/json' }],
    ['a query that is a number', '{"query": 5}', { 'content-type': 'application/json' }],
    ['variables that are a string', '{"query": "{ treeSpecies { code } }", "variables": "{}"}', { 'content-type': 'application/json' }],
    ['extensions that are a string', '{"query": "{ treeSpecies { code } }", "extensions": "{}"}', { 'content-type': 'application/json' }],
  ])('refuses %s with a JSON error that has a code', async (_case, body, headers) => {
    const { status, json, text } = await post(body, headers);
    expect(status, text).toBeGreaterThanOrEqual(400);
    expect(status, text).toBeLessThan(500);
    expect(json, text).toBeDefined();
    expect(json!.data ?? null).toBeNull();
    expect(codesOf(json)).toEqual([expect.stringMatching(/^(BAD_REQUEST|PAYLOAD_TOO_LARGE)$/)]);
  });

  it('refuses persisted queries of another version or whose hash does not match, with BAD_REQUEST', async () => {
    for (const extensions of [
      { persistedQuery: { version: 2, sha256Hash: 'abc' } },
      { persistedQuery: 'x' },
    ]) {
      const { status, json } = await postJson({ extensions });
      expect(status).toBe(400);
      expect(codesOf(json)).toEqual(['BAD_REQUEST']);
    }
    const mismatched = await postJson({ query: '{ treeSpecies { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(mismatched.status).toBe(400);
    expect(codesOf(mismatched.json)).toEqual(['BAD_REQUEST']);
    const injected = await postJson({ extensions: { persistedQuery: { version: 1, sha256Hash: "' OR 1=1 --" } } });
    expect(codesOf(injected.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses malformed credentials with UNAUTHENTICATED, never as the public', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'intruder', role: 'admin', iss: 'forestry-platform-dev', aud: 'forestry-platform', exp: 4102444800 })}.`;
    for (const authorization of [`Bearer ${unsigned}`, 'Bearer not-a-token', 'Bearer a.b.c', 'Basic YWRtaW46YWRtaW4=', 'Bearer']) {
      const { status, json } = await post(query, { 'content-type': 'application/json', authorization }, null);
      expect(status, authorization).toBe(401);
      expect(codesOf(json)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a flood of batched operations as a whole', async () => {
    const flood = Array.from({ length: 1000 }, () => ({ query: 'mutation { raiseFireAlert(input: {}) { id } }' }));
    const { status, json } = await postJson(flood);
    expect(status).toBe(400);
    expect(codesOf(json)).toEqual(['BAD_REQUEST']);
  });
});

describe('operations refused before anything runs', () => {
  /** `F<n>` spreads `F<n-1>` `fanOut` times: the document is small, its expansion is fanOut^depth. */
  const fragmentBomb = (depth: number, fanOut: number, type = 'Query', leaf = 'treeSpecies { code }', root = `{ ...F${depth} }`) =>
    [
      root,
      `fragment F0 on ${type} { ${leaf} }`,
      ...Array.from({ length: depth }, (_, level) => `fragment F${level + 1} on ${type} { ${`...F${level} `.repeat(fanOut)}}`),
    ].join('\n');

  /** Each level selects the one below on a division and again on its children. */
  const nestedBomb = (depth: number) =>
    [
      `{ division(code: "230000") { ...D${depth} } }`,
      'fragment D0 on Division { code name }',
      ...Array.from({ length: depth }, (_, level) => `fragment D${level + 1} on Division { ...D${level} children { ...D${level} } }`),
    ].join('\n');

  /** Refused with one of `codes`, HTTP 400, and no `data` at all: execution never started. */
  async function expectRefused(query: string, codes: string[], message?: RegExp) {
    const { status, json, text } = await postJson({ query });
    expect(status, text).toBe(400);
    expect(json).not.toHaveProperty('data');
    expect(codes, text).toContain(codesOf(json)[0]);
    if (message) expect(json!.errors![0]!.message).toMatch(message);
  }

  it.each([
    ['doubling 30 times', fragmentBomb(30, 2)],
    ['fanning out 100 ways, 4 deep', fragmentBomb(4, 100)],
    ['fanning out 600 ways, 2 deep', fragmentBomb(2, 600)],
    ['fanning out 10 ways, 4 deep', fragmentBomb(4, 10)],
    ['doubling through nested children', nestedBomb(12)],
  ])('refuses a fragment bomb %s', async (_case, query) => {
    await expectRefused(query, ['GRAPHQL_VALIDATION_FAILED', 'COST_LIMIT_EXCEEDED']);
  });

  it('refuses circular fragments, direct, through others and through nested fields', async () => {
    for (const query of [
      '{ ...A } fragment A on Query { treeSpecies { code } ...A }',
      '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }',
      '{ division(code: "230000") { ...A } } fragment A on Division { children { ...B } } fragment B on Division { parent { ...A } }',
    ]) {
      await expectRefused(query, ['GRAPHQL_VALIDATION_FAILED'], /within itself/);
    }
  });

  it('refuses wide queries: thousands of fields, of operations, or of repeated selections', async () => {
    await expectRefused(`{ treeSpecies { ${'code '.repeat(5000)}} }`, ['GRAPHQL_PARSE_FAILED'], /tokens/);
    await expectRefused(`{ ${'__typename '.repeat(4000)}}`, ['GRAPHQL_PARSE_FAILED'], /tokens/);
    await expectRefused(Array.from({ length: 1000 }, (_, index) => `query Q${index} { __typename }`).join('\n'), ['GRAPHQL_PARSE_FAILED']);
    // Under the token limit, but merging 1,500 identical selections is more work than validation allows.
    await expectRefused(`{ treeSpecies { ${'code '.repeat(1500)}} }`, ['GRAPHQL_VALIDATION_FAILED']);
  });

  it('still answers ordinary requests afterwards', async () => {
    const { data, errors } = await stack.request('{ treeSpecies { code } }');
    expect(errors).toBeUndefined();
    expect(data!.treeSpecies.length).toBeGreaterThan(0);
  });
});

describe('invalid variables and scalars', () => {
  const countyStaff = viewers.staff('fire-prevention', '230700');
  const report = `mutation($input: ReportFireIncidentInput!) { reportFireIncident(input: $input) { id place } }`;
  let validReport: Record<string, unknown>;

  const fireCounts = async () => {
    const { data, errors } = await stack.request('{ fireIncidents { totalCount } fireAlerts { totalCount } }');
    expect(errors).toBeUndefined();
    return data;
  };

  beforeAll(async () => {
    const { data } = await stack.request(`{
      fireLookoutTowers(divisionCode: "230724", status: IN_SERVICE, first: 1) { edges { node { code } } }
      subCompartments(first: 1, filter: { divisionCode: "230724" }) { edges { node { id longitude latitude } } }
    }`);
    const subCompartment = data!.subCompartments.edges[0].node;
    validReport = {
      divisionCode: '230724',
      subCompartmentId: subCompartment.id,
      place: '丰林县五营东坡',
      longitude: subCompartment.longitude,
      latitude: subCompartment.latitude,
      cause: 'SMOKING',
      detection: 'LOOKOUT_TOWER',
      towerCode: data!.fireLookoutTowers.edges[0].node.code,
      reportedBy: '王建华',
      reportedAt: new Date(Date.now() - 3_600_000).toISOString(),
      burnedArea: 0.6,
      affectedForestArea: 0.4,
    };
  });

  const without = (name: string) => Object.fromEntries(Object.entries(validReport).filter(([key]) => key !== name));
  it.each<[string, (valid: Record<string, unknown>) => Record<string, unknown>]>([
    ['text where a Float goes', (valid) => ({ ...valid, longitude: 'east' })],
    ['a number sent as text', (valid) => ({ ...valid, burnedArea: '1' })],
    ['NaN', (valid) => ({ ...valid, burnedArea: 'NaN' })],
    ['an object where text goes', (valid) => ({ ...valid, place: { $ne: null } })],
    ['a list where text goes', (valid) => ({ ...valid, place: ['东坡'] })],
    ['a latitude beyond the pole', (valid) => ({ ...valid, latitude: 91 })],
    ['a longitude beyond the date line', (valid) => ({ ...valid, longitude: 181 })],
    ['an absurd area', (valid) => ({ ...valid, burnedArea: 1e308 })],
    ['an impossible DateTime', (valid) => ({ ...valid, reportedAt: '2026-13-45T25:61:00Z' })],
    ['a DateTime without a time zone', (valid) => ({ ...valid, reportedAt: '2026-11-20 02:10' })],
    ['a DateTime in year 99999', (valid) => ({ ...valid, reportedAt: '99999-01-01T00:00:00Z' })],
    ['a DateTime as a number', (valid) => ({ ...valid, reportedAt: 1_700_000_000 })],
    ['an enum value with a typo', (valid) => ({ ...valid, cause: 'SMOKIN' })],
    ['an enum value in lower case', (valid) => ({ ...valid, detection: 'lookout_tower' })],
    ['null for a required field', (valid) => ({ ...valid, place: null })],
    ['a required field left out', () => without('place')],
    ['a field the input does not have', (valid) => ({ ...valid, verified: true })],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, change) => {
    const before = await fireCounts();
    const { data, errors, status } = await stack.request(report, { input: change(validReport) }, countyStaff);
    expect(status).toBeLessThan(500);
    expect(data?.reportFireIncident ?? null).toBeNull();
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await fireCounts()).toEqual(before);
  });

  it('refuses a required variable that is not sent, and invalid Int and Date variables, with BAD_USER_INPUT', async () => {
    const missing = await stack.request(report, {}, countyStaff);
    expect(missing.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const page = 'query($first: Int) { subCompartments(first: $first) { totalCount } }';
    for (const first of [2 ** 31, 1.5, '10', 500]) {
      const { errors } = await stack.request(page, { first });
      expect(errors?.map((error) => error.extensions?.code), String(first)).toEqual(['BAD_USER_INPUT']);
    }
    const ratings = 'query($from: Date) { fireDangerRatings(filter: { from: $from }) { totalCount } }';
    for (const from of ['2026-02-30', '2026-1-5', '20261105', 'today']) {
      const { errors } = await stack.request(ratings, { from });
      expect(errors?.map((error) => error.extensions?.code), from).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses a malformed DateTime written into the operation itself, which only the subgraph can check', async () => {
    const before = await fireCounts();
    const literal = `mutation { reportFireIncident(input: { divisionCode: "230724", place: "东坡", longitude: 129.3, latitude: 48.3,
      detection: PUBLIC_REPORT, reportedBy: "王建华", reportedAt: "yesterday" }) { id } }`;
    const { data, errors } = await stack.request(literal, undefined, countyStaff);
    expect(data?.reportFireIncident ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', serviceName: 'fire-prevention' });
    expect(errors?.[0]?.message).toMatch(/DateTime/);
    expect(await fireCounts()).toEqual(before);
  });

  it('accepts the same report when it is valid, so the refusals above were about the one change', async () => {
    const before = await fireCounts();
    const { data, errors } = await stack.request(report, { input: validReport }, countyStaff);
    expect(errors).toBeUndefined();
    expect(data!.reportFireIncident.place).toBe(validReport.place);
    expect((await fireCounts())!.fireIncidents.totalCount).toBe(before!.fireIncidents.totalCount + 1);
  });
});

describe('injection attempts in every String and ID argument', () => {
  const PAYLOADS: Record<string, string> = {
    'SQL tautology': "' OR 1=1 --",
    'SQL statement': "'; DROP TABLE x; --",
    'dollar quoting': '$$; DROP TABLE x; $$',
    backslashes: '\\\'\\\\"\\x00\\n\\',
    NUL: 'before\u0000after',
    '100k characters': 'x'.repeat(100_000),
    'lone surrogates': '\ud800 and \udfff',
    markup: '<script>alert(1)</script>',
    'JSON-ish': '{"$where": "1 == 1", "__proto__": {"role": "admin"}}',
    'path traversal': '../../../../etc/passwd',
    'search and pattern syntax': "a & | ! ( ) :* <-> % _ ' \\",
  };
  /** Every position gets these; the others take turns, so each still reaches hundreds of positions. */
  const EVERYWHERE = ['SQL tautology', 'NUL', '100k characters', 'lone surrogates', 'backslashes'];
  const ROTATING = Object.keys(PAYLOADS).filter((name) => !EVERYWHERE.includes(name));
  const LEAKS = /syntax error at or near|\b(select|insert|update|delete)\b[^"]*\b(from|into|set)\b|prisma|invocation|postgres|sqlstate|\n\s+at |\.(ts|js):\d+/i;

  /** Rows per table of every subgraph's database, read directly: nothing may disappear. */
  async function tableRows(): Promise<Record<string, number>> {
    const rows: Record<string, number> = {};
    for (const [name, subgraph] of stack.subgraphs) {
      const client = subgraph.database.client as PrismaClientLike;
      const tables = (await client.$queryRawUnsafe(
        `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
      )) as { table_name: string }[];
      for (const { table_name: table } of tables) {
        const [row] = (await client.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table.replaceAll('"', '""')}"`)) as { n: number }[];
        rows[`${name}.${table}`] = row!.n;
      }
    }
    return rows;
  }

  /** Totals of key lists as the API reports them, by the type of their nodes. */
  const KEY_LISTS: Record<string, string> = {
    FireIncident: 'fireIncidents',
    FireAlert: 'fireAlerts',
    SubCompartment: 'subCompartments',
    PestOccurrence: 'pestOccurrences',
    WildlifeObservation: 'wildlifeObservations',
    OfficeDocument: 'officeDocuments',
    MailboxLetter: 'mailboxLetters',
    DisclosureRequest: 'disclosureRequests',
  };
  async function keyTotals(): Promise<Record<string, number>> {
    const { data, errors } = await stack.request(`{ ${Object.values(KEY_LISTS).map((list) => `${list} { totalCount }`).join(' ')} }`);
    expect(errors).toBeUndefined();
    return Object.fromEntries(Object.entries(KEY_LISTS).map(([type, list]) => [type, (data![list] as { totalCount: number }).totalCount]));
  }

  /** Real codes and ids from the seeded data, so that mutations get as far as storing what they are sent. */
  async function knownValues(): Promise<KnownValues> {
    const { data, errors } = await stack.request(`{
      officeUnits(provinceCode: "230000") { code }
      pests { code }
      treeSpecies { code }
      licensingItems { code }
      wildlifeSpecies(first: 1) { edges { node { code } } }
      natureReserves(first: 1) { edges { node { code } } }
      subCompartments(first: 1, filter: { divisionCode: "230724" }) { edges { node { id } } }
      fireLookoutTowers(divisionCode: "230724", status: IN_SERVICE, first: 1) { edges { node { code } } }
    }`);
    expect(errors).toBeUndefined();
    const unit = data!.officeUnits[0].code as string;
    return {
      leadUnitCode: unit,
      responsibleUnitCode: unit,
      organizerUnitCode: unit,
      routedUnitCode: unit,
      unitCode: unit,
      pestCode: data!.pests[0].code,
      dominantSpeciesCode: data!.treeSpecies[0].code,
      itemCode: data!.licensingItems[0].code,
      speciesCode: data!.wildlifeSpecies.edges[0].node.code,
      reserveCode: data!.natureReserves.edges[0].node.code,
      subCompartmentId: data!.subCompartments.edges[0].node.id,
      towerCode: data!.fireLookoutTowers.edges[0].node.code,
    };
  }

  it(
    'answers each with a clear code, leaks nothing, stores text verbatim, and loses no data',
    async () => {
      const schema = buildSchema(apiSchemaOf(await readSchemaFile('supergraph')));
      const probes = stringProbes(schema, await knownValues());
      const work: { probe: StringProbe; payload: string }[] = probes.flatMap((probe, index) => [
        ...EVERYWHERE.map((payload) => ({ probe, payload })),
        ...[0, 1].map((turn) => ({ probe, payload: ROTATING[(index * 2 + turn) % ROTATING.length]! })),
      ]);
      // Several administrators, so that the run stays under the per-identity rate limit.
      const tokens = await Promise.all(Array.from({ length: 8 }, (_, index) => stack.tokenFor({ ...viewers.admin, subject: `injection-${index}` })));
      const rowsBefore = await tableRows();
      const totalsBefore = await keyTotals();

      const failures: string[] = [];
      const accepted: { field: string; type: string }[] = [];
      let echoed = 0;
      let sent = 0;
      const queue = [...work];
      const worker = async (token: string) => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const { probe, payload } = item;
          const value = PAYLOADS[payload]!;
          const where = `${probe.operation} ${probe.field}(${probe.position}) with ${payload}`;
          const response = await fetch(stack.gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: probe.document, variables: probe.variables(value) }),
          });
          sent += 1;
          const body = (await response.json().catch(() => undefined)) as GraphQLResponse | undefined;
          if (response.status >= 500 || !body) {
            failures.push(`${where}: HTTP ${response.status}`);
            continue;
          }
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR' || code === 'SUBGRAPH_UNAVAILABLE' || code === 'RATE_LIMITED') {
              failures.push(`${where}: ${String(code)} ${error.message.slice(0, 200)}`);
            }
            if (LEAKS.test(error.message.replace(value, ''))) failures.push(`${where}: leaks "${error.message.slice(0, 200)}"`);
          }
          const result = body.data?.[probe.field] as Record<string, unknown> | null | undefined;
          if (probe.operation === 'mutation' && !body.errors && result) {
            accepted.push({ field: probe.field, type: String(result.__typename) });
            const stored = result[probe.receiver];
            if (typeof stored === 'string') {
              echoed += 1;
              if (stored !== value) failures.push(`${where}: stored ${JSON.stringify(stored.slice(0, 80))}, not what was sent`);
            }
          }
        }
      };
      await Promise.all(tokens.map((token) => worker(token)));

      console.info(
        `${sent} requests: ${probes.length} String/ID positions in ${new Set(probes.map((probe) => probe.field)).size} fields; ` +
          `${accepted.length} mutations accepted (${[...new Set(accepted.map((entry) => entry.field))].join(', ')}), ${echoed} echoed the payload`,
      );
      expect(failures).toEqual([]);
      expect(sent).toBe(work.length);
      // The probes must reach the storing path, or the echo check proves nothing.
      expect(echoed).toBeGreaterThan(0);

      // Nothing dropped or deleted: every table is still there with at least its rows.
      const rowsAfter = await tableRows();
      expect(Object.keys(rowsAfter)).toEqual(Object.keys(rowsBefore));
      const shrunk = Object.keys(rowsBefore).filter((table) => rowsAfter[table]! < rowsBefore[table]!);
      expect(shrunk).toEqual([]);
      // Key lists grew by what accepted mutations created, and by nothing else.
      const totalsAfter = await keyTotals();
      for (const type of Object.keys(KEY_LISTS)) {
        const created = accepted.filter((entry) => entry.type === type).length;
        const growth = totalsAfter[type]! - totalsBefore[type]!;
        expect(growth, type).toBeGreaterThanOrEqual(created);
        expect(growth, type).toBeLessThanOrEqual(accepted.length);
      }
    },
    600_000,
  );
});
