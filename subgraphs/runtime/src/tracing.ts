import type { ApolloServerPlugin } from '@apollo/server';
import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  TracerProvider,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import type { RequestHandler } from 'express';

/** Attribute names of this platform's spans (semantic-convention names where one exists). */
export const SpanAttribute = {
  /** Incubating conventions, copied as their authors recommend rather than imported. */
  GRAPHQL_OPERATION_NAME: 'graphql.operation.name',
  GRAPHQL_OPERATION_TYPE: 'graphql.operation.type',
  /** The pre-1.28 name of `db.system.name`, which many trace stores still index. */
  DB_SYSTEM: 'db.system',
  SUBGRAPH: 'forestry.subgraph',
  SURFACE: 'forestry.surface',
  /** `extensions.code` of every error in a GraphQL response. */
  ERROR_CODES: 'forestry.error_codes',
  /** How a gateway-to-subgraph fetch ended: `ok`, `http_<status>`, `timeout` or `unreachable`. */
  FETCH_OUTCOME: 'forestry.fetch.outcome',
} as const;

export interface TracingOptions {
  /** `service.name` of this process's spans unless `OTEL_SERVICE_NAME` says otherwise. */
  serviceName: string;
  /** Where spans go; by default OTLP/HTTP when an `OTEL_EXPORTER_OTLP_*ENDPOINT` is set. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Exports what is buffered and stops; the process entries call it on shutdown. */
  shutdown(): Promise<void>;
}

const tracer = trace.getTracer('@forestry/subgraph-runtime');
let active: Tracing | undefined;

/** Whether this process records spans; everything below costs nothing when it does not. */
export function tracingEnabled(): boolean {
  return active !== undefined;
}

/**
 * Registers this process's tracer provider, context manager and W3C trace-context propagator.
 * Without an exporter and without an OTLP endpoint in the environment it registers nothing, so
 * the OpenTelemetry API stays a no-op. Call it once, from the process entry, before starting
 * servers: they decide at start whether to trace.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  if (active) throw new Error('Tracing is already started in this process');
  const { env } = process;
  // The exporter reads its endpoint, headers and timeout from the same variables.
  const exportsOverOtlp = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (env.OTEL_SDK_DISABLED === 'true' || (!options.exporter && !exportsOverOtlp)) return undefined;

  // A given exporter (tests) sees each span as it ends; OTLP gets batches off the request path.
  const processor: SpanProcessor = options.exporter
    ? new SimpleSpanProcessor({ exporter: options.exporter })
    : new BatchSpanProcessor({ exporter: new OTLPTraceExporter() });
  const provider = new TracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES override the defaults.
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [processor],
  });
  const registered =
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()) &&
    propagation.setGlobalPropagator(new W3CTraceContextPropagator()) &&
    trace.setGlobalTracerProvider(provider);
  if (!registered) throw new Error('Another OpenTelemetry SDK is already registered in this process');

  const tracing: Tracing = {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      active = undefined;
    },
  };
  active = tracing;
  return tracing;
}

/**
 * One SERVER span per HTTP request on the route it is mounted on, continuing the caller's
 * `traceparent`. The rest of the request's handling runs with that span active (body-parser
 * resumes in the context that started reading the body).
 */
export function traceHttpRequests(attributes: Attributes = {}): RequestHandler {
  if (!tracingEnabled()) return (_request, _response, next) => next();
  return (request, response, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const route = request.baseUrl || request.path;
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: request.method,
          [ATTR_HTTP_ROUTE]: route,
          [ATTR_URL_PATH]: request.originalUrl.split('?')[0],
          ...attributes,
        },
      },
      parent,
    );
    const spanContext = trace.setSpan(parent, span);
    response.once('close', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(spanContext, next);
  };
}

/**
 * Names the request's span after its GraphQL operation and records the operation and the
 * error codes of the response on it (status ERROR when the response carries errors).
 */
export function graphqlTracingPlugin<Context extends object>(attributes: Attributes = {}): ApolloServerPlugin<Context> {
  if (!tracingEnabled()) return {};
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span) return;
      span.setAttributes(attributes);
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!operation) return;
          span.setAttribute(SpanAttribute.GRAPHQL_OPERATION_TYPE, operation.operation);
          if (operationName) span.setAttribute(SpanAttribute.GRAPHQL_OPERATION_NAME, operationName);
          span.updateName(`${operation.operation}${operationName ? ` ${operationName}` : ''}`);
        },
        async willSendResponse({ errors }) {
          if (!errors?.length) return;
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          span.setAttribute(SpanAttribute.ERROR_CODES, codes);
          span.setAttribute(ATTR_ERROR_TYPE, codes[0]!);
          span.setStatus({ code: SpanStatusCode.ERROR, message: [...new Set(codes)].join(', ') });
        },
      };
    },
  };
}

/** Writes the active trace context (`traceparent`) into outgoing request headers. */
export function injectTraceContext(headers: { set(name: string, value: string): unknown }): void {
  propagation.inject(context.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) });
}

/** Adds attributes to the span that is active where it is called, if any. */
export function annotateActiveSpan(attributes: Attributes): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}

/** The active span's ids for log lines, so that logs and traces can be joined. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  // Valid also when not sampled here: the ids still name the caller's trace.
  return spanContext && isSpanContextValid(spanContext)
    ? { trace_id: spanContext.traceId, span_id: spanContext.spanId }
    : undefined;
}

function sqlSpan<Result>(statement: string, run: () => Promise<Result>): Promise<Result> {
  // Only statements of a traced request: seeding and readiness probes would each start a trace.
  if (!trace.getActiveSpan()) return run();
  const operation = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase();
  return tracer.startActiveSpan(
    operation ?? 'postgresql',
    {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
        [SpanAttribute.DB_SYSTEM]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
        // The statement with its placeholders; parameter values are never recorded.
        [ATTR_DB_QUERY_TEXT]: statement,
        ...(operation ? { [ATTR_DB_OPERATION_NAME]: operation } : {}),
      },
    },
    async (span: Span) => {
      try {
        return await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute(ATTR_ERROR_TYPE, (error as Error).name ?? 'Error');
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** The same connection or transaction, with a span around every statement it sends. */
function traceQueryable<Queryable extends SqlDriverAdapter | Transaction>(queryable: Queryable): Queryable {
  return new Proxy(queryable, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      switch (property) {
        case 'queryRaw':
        case 'executeRaw':
          return (query: SqlQuery) => sqlSpan(query.sql, () => value.call(target, query));
        case 'executeScript':
          return (script: string) => sqlSpan(script, () => value.call(target, script));
        case 'startTransaction':
          return async (...args: unknown[]) => traceQueryable((await value.apply(target, args)) as Transaction);
        default:
          return value.bind(target);
      }
    },
  });
}

/**
 * Prisma's driver adapter with a CLIENT span per SQL statement. Prisma's query engine calls the
 * adapter from the caller's async context, so each statement's parent is the span of the
 * request that caused it, whichever Prisma API sent it (model queries, raw SQL, transactions).
 * Statements outside a traced request (seeding, readiness probes) get no span.
 */
export function traceSqlAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  if (!tracingEnabled()) return factory;
  return new Proxy(factory, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'connect' && typeof value === 'function') {
        return async () => traceQueryable((await value.call(target)) as SqlDriverAdapter);
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
