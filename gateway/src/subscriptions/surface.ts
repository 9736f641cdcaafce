import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';
import { ErrorCode, eventIterator, type Logger, type Viewer } from '@forestry/subgraph-runtime';
import type { DocumentNode, GraphQLError as GraphQLErrorType, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import type { GatewayContext } from '../server.js';
import { upstreamSubscription, type UpstreamResult } from './upstream.js';

// @apollo/gateway and the federation libraries build their schemas with graphql's CommonJS
// build; everything that walks those schemas must use the same copy.
export const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** What a client sends to subscribe: the GraphQL-over-HTTP request fields. */
export interface SubscriptionRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface FormattedResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Checks a document against the request limits; throws a GraphQL error with the limit's code. */
export type CostCheck = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => Promise<void>;

export interface SurfaceOptions {
  supergraphSdl: string;
  /** Subgraph URLs by name (HTTP; the WebSocket URL is derived from it). */
  urlByName: ReadonlyMap<string, string>;
  /** The data source the gateway uses for a subgraph: entity fetches of events go through it. */
  dataSourceFor(name: string, url: string): GraphQLDataSource<GatewayContext>;
  credentialFor(viewer: Viewer): Promise<string>;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  checkCost: CostCheck;
  log: Logger;
}

/** A subscription that passed validation and planning, ready to run for its subscriber. */
export interface PreparedSubscription {
  document: DocumentNode;
  /** Events as results, until the upstream completes, the subscriber leaves or its token expires (`expiresAt`, ms). */
  run(subscriber: { viewer: Viewer; expiresAt?: number }): AsyncIterableIterator<FormattedResult>;
}

export function errorResult(message: string, code: string, extensions: Record<string, unknown> = {}): FormattedResult {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

function formatted(error: GraphQLErrorType | GraphQLFormattedError): GraphQLFormattedError {
  const json = 'toJSON' in error && typeof error.toJSON === 'function' ? error.toJSON() : (error as GraphQLFormattedError);
  // As Apollo Server does: no stack traces, no HTTP hints.
  const { stacktrace: _stacktrace, http: _http, ...extensions } = (json.extensions ?? {}) as Record<string, unknown>;
  return { ...json, extensions };
}

/**
 * Subscriptions over one supergraph (the full graph or the public contract), the way Apollo
 * Router runs them: the query planner plans the operation as a primary subscription to the
 * subgraph that owns the field and the rest of a plan; every event from the primary becomes the
 * result of the primary fetch, and @apollo/gateway's own executor runs the rest (entity fetches
 * to other subgraphs) and shapes the response exactly as it does for queries.
 */
export function subscriptionSurface(options: SurfaceOptions) {
  const supergraph = Supergraph.build(options.supergraphSdl);
  const apiSchema: Schema = supergraph.apiSchema();
  const schema: GraphQLSchema = apiSchema.toGraphQLJSSchema();
  const supergraphSchema: GraphQLSchema = supergraph.schema.toGraphQLJSSchema();
  const planner = new QueryPlanner(supergraph);
  const rules = [...graphql.specifiedRules, ...options.validationRules];
  const dataSources: ServiceMap = Object.fromEntries(
    [...options.urlByName].map(([name, url]) => [name, options.dataSourceFor(name, url)]),
  );

  /** Parses, validates, checks the limits and plans; errors are returned as a result, never thrown. */
  async function prepare(request: SubscriptionRequest): Promise<PreparedSubscription | FormattedResult> {
    let document: DocumentNode;
    try {
      document = graphql.parse(request.query, { maxTokens: options.maxTokens });
    } catch (error) {
      return { errors: [{ ...formatted(error as GraphQLErrorType), extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] };
    }
    const invalid = graphql.validate(schema, document, rules);
    if (invalid.length > 0) {
      return { errors: invalid.map((error) => ({ ...formatted(error), extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } })) };
    }
    const operationName = request.operationName ?? undefined;
    const operation = graphql.getOperationAST(document, operationName) as OperationDefinitionNode | null;
    if (!operation) return errorResult('Name the operation to run', 'BAD_REQUEST');
    if (operation.operation !== 'subscription') {
      return errorResult('Only subscriptions are served here; send queries and mutations to /graphql over HTTP', 'BAD_REQUEST');
    }
    const variables = request.variables ?? {};
    const coerced = graphql.getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors.map((error) => ({ ...formatted(error), extensions: { code: ErrorCode.BAD_USER_INPUT } })) };
    try {
      await options.checkCost(schema, document, variables, operationName);
    } catch (error) {
      return { errors: [formatted(error as GraphQLErrorType)] };
    }

    const plan = planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }));
    if (plan.node?.kind !== 'Subscription') return errorResult('The operation has no subscription to plan', 'BAD_REQUEST');
    const { primary, rest } = plan.node as SubscriptionNode;
    const operationContext = buildOperationContext({ schema, operationDocument: document, operationName });
    const primaryUrl = options.urlByName.get(primary.serviceName);
    if (!primaryUrl) return errorResult(`Subgraph ${primary.serviceName} is not configured`, 'SUBGRAPH_UNAVAILABLE');
    // The primary fetch answers from the event; the rest of the plan runs as it would for a query.
    const eventPlan = { kind: 'QueryPlan' as const, node: rest ? ({ kind: 'Sequence', nodes: [primary, rest] } satisfies PlanNode) : primary };

    async function resultOf(event: UpstreamResult, viewer: Viewer): Promise<FormattedResult> {
      const context: GatewayContext = { requestId: randomUUID(), viewer, viewerCredential: options.credentialFor(viewer) };
      const replay: GraphQLDataSource = { process: async () => ({ data: event.data ?? null, ...(event.errors ? { errors: event.errors } : {}) }) as never };
      const requestContext = {
        request: { query: request.query, variables, operationName },
        context,
        logger: options.log,
        metrics: {},
        operationName: operationName ?? null,
        document,
        source: request.query,
      };
      const result = await executeQueryPlan(
        eventPlan,
        { ...dataSources, [primary.serviceName]: replay },
        requestContext as never,
        operationContext,
        supergraphSchema,
        apiSchema,
      );
      return { data: result.data ?? null, ...(result.errors?.length ? { errors: result.errors.map(formatted) } : {}) };
    }

    return {
      document,
      run({ viewer, expiresAt }) {
        const upstream = upstreamSubscription({
          url: primaryUrl,
          request: { query: primary.operation, operationName: primary.operationName, variables: pick(variables, primary) },
          credential: () => options.credentialFor(viewer),
          log: options.log,
        });
        return resultStream(upstream, (event) => resultOf(event, viewer), expiresAt);
      },
    };
  }

  return { schema, prepare };
}

function pick(variables: Record<string, unknown>, fetch: FetchNode): Record<string, unknown> {
  return Object.fromEntries((fetch.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]));
}

export const TOKEN_EXPIRED = 'The token has expired';

/** setTimeout's longest delay (about 24.8 days); longer ones would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `callback` at `instant` (ms since the epoch), however far away; returns the cancellation. */
export function atInstant(instant: number, callback: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const delay = instant - Date.now();
    timer = setTimeout(delay > MAX_TIMER_MS ? arm : callback, Math.max(0, Math.min(delay, MAX_TIMER_MS)));
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * The subscriber's results: one per upstream event, then the end. When the token expires, one
 * last result says so and the upstream subscription is closed. Not an async
 * generator (whose `return()` would wait for the next event), so that a subscriber who leaves
 * ends the upstream at once.
 */
function resultStream(
  upstream: AsyncIterableIterator<UpstreamResult>,
  toResult: (event: UpstreamResult) => Promise<FormattedResult>,
  expiresAt: number | undefined,
): AsyncIterableIterator<FormattedResult> {
  let finished = false;
  let cancelExpiry = () => {};
  const expired = new Promise<'expired'>((resolve) => {
    if (expiresAt !== undefined) cancelExpiry = atInstant(expiresAt, () => resolve('expired'));
  });
  const finish = async () => {
    finished = true;
    cancelExpiry();
    await upstream.return?.();
  };
  return eventIterator<FormattedResult>(async () => {
    if (finished) return { done: true, value: undefined };
    let next: IteratorResult<UpstreamResult> | 'expired';
    try {
      next = await Promise.race([upstream.next(), expired]);
    } catch (error) {
      await finish();
      return { done: false, value: { errors: upstreamErrors(error) } };
    }
    if (next === 'expired') {
      await finish();
      return { done: false, value: errorResult(TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED) };
    }
    if (next.done) {
      finished = true;
      return { done: true, value: undefined };
    }
    return { done: false, value: await toResult(next.value) };
  }, finish);
}

/** What a refused or failed upstream subscription tells the subscriber. */
function upstreamErrors(error: unknown): GraphQLFormattedError[] {
  if (Array.isArray(error)) return error.map((entry) => formatted(entry as GraphQLFormattedError));
  return [{ message: 'The subscription ended: its subgraph is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }];
}
