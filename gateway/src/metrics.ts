import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one gateway process, served at /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by surface, operation and outcome',
    labelNames: ['surface', 'operation', 'outcome'],
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by surface and operation',
    labelNames: ['surface', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const subgraphFetches = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Latency of the requests the gateway sends to each subgraph, by outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const deduplicatedFetches = new Counter({
    name: 'subgraph_fetches_deduplicated_total',
    help: 'Subgraph queries answered by an identical fetch already in flight for the same viewer',
    labelNames: ['subgraph'],
    registers: [registry],
  });

  const auditEntriesDropped = new Counter({
    name: 'gateway_audit_entries_dropped_total',
    help: 'Audit entries of refused mutation attempts dropped, oldest first, because the gateway’s outbox was full',
    registers: [registry],
  });

  const rateLimited = new Counter({
    name: 'gateway_requests_rate_limited_total',
    help: 'Requests refused because their caller was over the rate limit, by transport (http, websocket, subscription, stream)',
    labelNames: ['transport'],
    registers: [registry],
  });

  const activeSubscriptions = new Gauge({
    name: 'graphql_subscriptions_active',
    help: 'Subscriptions running through the gateway, by transport (websocket, stream)',
    labelNames: ['transport'],
    registers: [registry],
  });

  const subscriptionEvents = new Counter({
    name: 'graphql_subscription_events_total',
    help: 'Results the gateway sent to subscribers, by transport (websocket, stream)',
    labelNames: ['transport'],
    registers: [registry],
  });

  function plugin<Context extends object>(surface: string): ApolloServerPlugin<Context> {
    return {
      async requestDidStart() {
        const stop = requestDuration.startTimer({ surface });
        return {
          async willSendResponse({ operationName, errors }) {
            // Anonymous operations share one label so that label values stay bounded.
            const operation = operationName ?? 'anonymous';
            stop({ operation });
            requests.inc({ surface, operation, outcome: errors?.length ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  return { registry, plugin, subgraphFetches, deduplicatedFetches, auditEntriesDropped, rateLimited, activeSubscriptions, subscriptionEvents };
}

export type Metrics = ReturnType<typeof createMetrics>;
