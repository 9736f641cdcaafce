import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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

  return { registry, plugin, subgraphFetches, deduplicatedFetches };
}

export type Metrics = ReturnType<typeof createMetrics>;
