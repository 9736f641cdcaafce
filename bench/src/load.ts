import type { Autocannon, AutocannonResult } from './peers.js';

export interface LoadTarget {
  url: string;
  /** Headers of each request (read per request, so renewed credentials are picked up). */
  headers: () => Record<string, string>;
  /** Request bodies, sent in this order round after round across all connections. */
  bodies: string[];
  /** Position in `bodies`, carried from the warm-up into the measurement. */
  cursor: { next: number };
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadStats {
  seconds: number;
  /** Responses received. */
  responses: number;
  /** Responses with a 2xx status and no GraphQL `errors`. */
  ok: number;
  /** Successful responses per second. */
  throughput: number;
  /** Milliseconds, over the 2xx responses. */
  latency: Latency;
  errors: { total: number; non2xx: number; graphql: number; socket: number; timeouts: number };
}

/** A GraphQL `errors` member: as a key, quoted, which an escaped string value cannot produce. */
const ERRORS_MEMBER = /"errors"\s*:/;

export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/**
 * Drives one target with autocannon for `duration` seconds over `connections` keep-alive
 * connections, each sending its next request as soon as the previous one is answered.
 * Latencies are kept individually, so that the percentiles are exact.
 */
export async function runLoad(
  autocannon: Autocannon,
  target: LoadTarget,
  { connections, duration }: { connections: number; duration: number },
): Promise<LoadStats> {
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              method: 'POST',
              headers: target.headers(),
              body: target.bodies[target.cursor.next++ % target.bodies.length]!,
            }),
          },
        ],
        verifyBody: (body) => !ERRORS_MEMBER.test(String(body)),
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const ok = Math.max(0, result['2xx'] - result.mismatches);
  const socket = result.errors - result.timeouts;
  return {
    seconds,
    responses: result['2xx'] + result.non2xx,
    ok,
    throughput: ok / seconds,
    latency: {
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : Number.NaN,
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    },
    errors: {
      total: result.non2xx + result.mismatches + result.errors,
      non2xx: result.non2xx,
      graphql: result.mismatches,
      socket,
      timeouts: result.timeouts,
    },
  };
}
