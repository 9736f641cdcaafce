import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '@forestry/schema';
import { postGraphQL, recordSpans, viewers, type ReadableSpan } from '@forestry/subgraph-runtime/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestStack } from '../src/testing.js';

// Before the gateway is loaded (see src/main.ts) and its servers start, which decide then
// whether to trace.
const recorder = recordSpans();
const { startTestStack } = await import('../src/testing.js');
const SERVER = 1; // SpanKind.SERVER
const CLIENT = 2; // SpanKind.CLIENT

// Reaches forest-resources, fire-prevention, pest-control and wildlife.
const crossSubgraphQuery = await readFile(join(repositoryRoot, 'clients', 'examples', 'leader-county-all-departments.graphql'), 'utf8');
const departments = ['fire-prevention', 'forest-resources', 'pest-control', 'wildlife'];

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());
beforeEach(() => recorder.reset());

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;
const traceOf = (span: ReadableSpan) => span.spanContext().traceId;
const subgraphOf = (span: ReadableSpan) => span.attributes['forestry.subgraph'];
const isGatewayRequest = (span: ReadableSpan) => span.kind === SERVER && subgraphOf(span) === undefined;
const isSubgraphRequest = (span: ReadableSpan) => span.kind === SERVER && subgraphOf(span) !== undefined;
// Fetches that sent a request (a fetch with no entities to resolve sends none).
const isFetch = (span: ReadableSpan) => span.name === 'gateway.fetch' && subgraphOf(span) !== undefined;
const isSql = (span: ReadableSpan) => span.kind === CLIENT && span.attributes['db.system'] === 'postgresql';

/**
 * The spans recorded so far, once `requests` gateway requests have ended together with every
 * subgraph request they made (servers end their spans when the response is closed, which may
 * come just after the client has read it).
 */
async function completedSpans(requests = 1): Promise<ReadableSpan[]> {
  return vi.waitFor(
    () => {
      const spans = recorder.spans();
      expect(spans.filter(isGatewayRequest)).toHaveLength(requests);
      expect(spans.filter(isSubgraphRequest)).toHaveLength(spans.filter(isFetch).length);
      return spans;
    },
    { timeout: 5000, interval: 20 },
  );
}

function traceparent(traceId: string, parentId: string): string {
  return `00-${traceId}-${parentId}-01`;
}

describe('tracing across the gateway and the subgraphs', () => {
  it('records one trace per request: gateway request, fetches, subgraph requests, SQL statements', async () => {
    const { data, errors } = await stack.request(crossSubgraphQuery);
    expect(errors).toBeUndefined();
    expect(data?.division?.name).toBeTruthy();
    const spans = await completedSpans();

    expect(new Set(spans.map(traceOf)).size).toBe(1);
    const roots = spans.filter((span) => parentOf(span) === undefined);
    expect(roots).toHaveLength(1);
    const [root] = roots;
    expect(isGatewayRequest(root!)).toBe(true);
    expect(root!.name).toBe('query LeaderCountyAllDepartments');
    expect(root!.attributes).toMatchObject({
      'http.route': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'LeaderCountyAllDepartments',
      'graphql.operation.type': 'query',
      'forestry.surface': 'full',
    });
    expect(root!.status.code).not.toBe(2); // SpanStatusCode.ERROR

    // @apollo/gateway's own spans join the request's trace under the root.
    const byId = new Map(spans.map((span) => [idOf(span), span]));
    const ancestors = (span: ReadableSpan): ReadableSpan[] => {
      const parent = byId.get(parentOf(span) ?? '');
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    const fetches = spans.filter(isFetch);
    expect(new Set(fetches.map(subgraphOf))).toEqual(new Set(departments));
    for (const fetch of fetches) {
      expect(ancestors(fetch)).toContain(root);
      expect(fetch.attributes['forestry.fetch.outcome']).toBe('ok');
    }

    // Each subgraph request is the child of the gateway fetch that called that subgraph.
    const subgraphRequests = spans.filter(isSubgraphRequest);
    expect(subgraphRequests.length).toBe(fetches.length);
    for (const request of subgraphRequests) {
      const fetch = byId.get(parentOf(request)!);
      expect(fetch && isFetch(fetch)).toBe(true);
      expect(subgraphOf(fetch!)).toBe(subgraphOf(request));
      expect(request.name).toMatch(/^query /);
    }

    // Each SQL statement is the child of the request of the subgraph that sent it, and carries
    // the statement but not its parameter values.
    const statements = spans.filter(isSql);
    for (const request of subgraphRequests) {
      const own = statements.filter((statement) => parentOf(statement) === idOf(request));
      expect(own.length, `SQL spans of ${String(subgraphOf(request))}`).toBeGreaterThan(0);
    }
    for (const statement of statements) {
      expect(isSubgraphRequest(byId.get(parentOf(statement)!)!)).toBe(true);
      expect(statement.attributes['db.system.name']).toBe('postgresql');
      expect(statement.attributes['db.query.text']).toMatch(/^\s*(SELECT|WITH)\b/i);
      expect(statement.attributes['db.query.text']).not.toContain('230724');
    }
  });

  it('continues the trace of a caller that sends a traceparent', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const { errors } = await postGraphQL(stack.gateway.url, crossSubgraphQuery, undefined, {
      authorization: `Bearer ${await stack.tokenFor(viewers.leader)}`,
      traceparent: traceparent(traceId, callerSpanId),
    });
    expect(errors).toBeUndefined();
    const spans = await completedSpans();

    expect(new Set(spans.map(traceOf))).toEqual(new Set([traceId]));
    const [root] = spans.filter(isGatewayRequest);
    expect(parentOf(root!)).toBe(callerSpanId);
    expect(root!.parentSpanContext?.isRemote).toBe(true);
    expect(spans.filter(isSubgraphRequest).length).toBeGreaterThanOrEqual(departments.length);
  });

  it('records two requests as two traces', async () => {
    await Promise.all([stack.request(crossSubgraphQuery), stack.request('{ treeSpecies { code } }')]);
    const spans = await completedSpans(2);

    const gatewayRequests = spans.filter(isGatewayRequest);
    const traceIds = new Set(gatewayRequests.map(traceOf));
    expect(traceIds.size).toBe(2);
    // Every span belongs to one of the two, and each trace has a single root.
    expect(new Set(spans.map(traceOf))).toEqual(traceIds);
    for (const traceId of traceIds) {
      expect(spans.filter((span) => traceOf(span) === traceId && parentOf(span) === undefined)).toHaveLength(1);
    }
  });

  it('records the error codes of a failing request on the gateway and subgraph spans', async () => {
    const { errors } = await stack.request('query TooLargeAPage { subCompartments(first: 500) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const spans = await completedSpans();

    const [root] = spans.filter(isGatewayRequest);
    expect(root!.status.code).toBe(2); // SpanStatusCode.ERROR
    expect(root!.status.message).toContain('BAD_USER_INPUT');
    expect(root!.attributes['forestry.error_codes']).toEqual(['BAD_USER_INPUT']);
    expect(root!.attributes['error.type']).toBe('BAD_USER_INPUT');

    const [subgraphRequest] = spans.filter(isSubgraphRequest);
    expect(subgraphOf(subgraphRequest!)).toBe('forest-resources');
    expect(subgraphRequest!.status.code).toBe(2);
    expect(subgraphRequest!.attributes['forestry.error_codes']).toEqual(['BAD_USER_INPUT']);
  });

  it('starts no trace for SQL outside a traced request (readiness probes)', async () => {
    const ready = await fetch(new URL('/ready', stack.gateway.url));
    expect(ready.status).toBe(200);
    // Every subgraph's /ready has queried its database by now.
    expect(recorder.spans()).toEqual([]);
  });

  it('records requests rejected by the gateway itself, and the public surface', async () => {
    const { errors } = await postGraphQL(stack.gateway.publicUrl, '{ notAField }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const spans = await completedSpans();

    const [root] = spans.filter(isGatewayRequest);
    expect(root!.attributes).toMatchObject({ 'http.route': '/public/graphql', 'forestry.surface': 'public' });
    expect(root!.status.code).toBe(2);
    expect(root!.attributes['forestry.error_codes']).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(spans.filter(isSubgraphRequest)).toHaveLength(0);
  });
});
