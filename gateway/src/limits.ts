import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createRequire } from 'node:module';
import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Viewer } from '@forestry/subgraph-runtime';
import type { RequestHandler } from 'express';
import type { Metrics } from './metrics.js';

/** The limits every request is held to; each can be set from the environment (see README). */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Estimated cost: every field costs 1, times the page size of the lists above it. */
  maxCost: number;
  /** Size assumed for lists without `first`/`last`. */
  assumedListSize: number;
  maxBodyBytes: number;
  /** Requests per minute for an authenticated identity, and for one anonymous IP address. */
  requestsPerMinute: number;
  publicRequestsPerMinute: number;
  /** Subscriptions open at once on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20_000,
  assumedListSize: 20,
  maxBodyBytes: 256 * 1024,
  requestsPerMinute: 1200,
  publicRequestsPerMinute: 120,
  maxSubscriptionsPerConnection: 20,
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  const read = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    maxDepth: read('LIMIT_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: read('LIMIT_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxTokens: read('LIMIT_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxDirectives: read('LIMIT_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxCost: read('LIMIT_MAX_COST', DEFAULT_LIMITS.maxCost),
    assumedListSize: read('LIMIT_ASSUMED_LIST_SIZE', DEFAULT_LIMITS.assumedListSize),
    maxBodyBytes: read('LIMIT_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes),
    requestsPerMinute: read('RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.requestsPerMinute),
    publicRequestsPerMinute: read('PUBLIC_RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.publicRequestsPerMinute),
    maxSubscriptionsPerConnection: read('LIMIT_MAX_SUBSCRIPTIONS', DEFAULT_LIMITS.maxSubscriptionsPerConnection),
  };
}

/**
 * Depth, alias and directive limits (GraphQL Armor); batching stays off. The token limit is
 * graphql's own parser option (`parseOptions`): Armor's counts in a plugin hook, where a
 * rejection becomes a 500 instead of a parse error.
 */
export function armorFor(limits: RequestLimits) {
  const armor = new ApolloArmor({
    // Depth counts fields: a fragment is a way of writing a selection, not a level of the response.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Cost is computed by `costLimitPlugin`, which knows page sizes; suggestions are hidden by Apollo Server.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: limits.maxTokens } };
}

// @apollo/gateway builds its schema with graphql's CommonJS build; the complexity walker must
// use the same copy, or graphql's realm checks reject the schema.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * Lists multiply the cost of what is selected inside them by their page size (`first`/`last`),
 * or by an assumed size when they have none: a request for 200 incidents with their
 * sub-compartments costs 200 times one incident.
 */
function listCostEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    // Introspection is bounded by the schema, not by data: tools must be able to read it.
    if (field.name === '__schema' || field.name === '__type') return 1;
    const pageSize = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
    const isList = String(field.type).replace(/!$/, '').startsWith('[');
    // A connection's edges are as many as its page size, which its own field already counted.
    const isConnectionPage = field.name === 'edges' || field.name === 'nodes';
    const multiplier = pageSize ?? (isList && !isConnectionPage ? assumedListSize : 1);
    return 1 + multiplier * childComplexity;
  };
}

export function costLimitPlugin<Context extends object>(limits: RequestLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [listCostEstimator(limits.assumedListSize)],
            });
          } catch (error) {
            // The walker coerces the variables before the executor does: variables that do not fit
            // the operation are the caller's mistake, not an internal error. (Its GraphQLError
            // comes from graphql's CommonJS build, hence the check by name.)
            if ((error as Error).name !== 'GraphQLError') throw error;
            // The walker also gives up on operations that expand to too many nodes (fragment bombs).
            if ((error as Error).message.includes('maximum allowed number of nodes')) {
              throw new GraphQLError('The operation expands to too many fields to estimate its cost; simplify it', {
                extensions: { code: 'COST_LIMIT_EXCEEDED', maxCost: limits.maxCost, http: { status: 400 } },
              });
            }
            throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; request smaller pages`, {
              extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Whom a rate limit counts: the token's subject, or the address of an anonymous caller. */
export function rateIdentity(viewer: Viewer, address: string | undefined): { key: string; public: boolean } {
  return viewer.subject ? { key: viewer.subject, public: false } : { key: address ?? 'unknown', public: true };
}

/**
 * Requests per minute per identity, one budget for everything a caller starts: HTTP requests,
 * WebSocket connections and subscriptions, and event streams.
 */
export interface RateLimiter {
  /** Counts one request; resolves with the seconds to wait when the caller is over the limit. */
  take(identity: { key: string; public: boolean }, transport: 'http' | 'websocket' | 'subscription' | 'stream'): Promise<{ retryAfter: number } | undefined>;
}

export function createRateLimiter(limits: RequestLimits, metrics: Pick<Metrics, 'rateLimited'>): RateLimiter {
  const members = new RateLimiterMemory({ points: limits.requestsPerMinute, duration: 60 });
  const anonymous = new RateLimiterMemory({ points: limits.publicRequestsPerMinute, duration: 60 });
  return {
    take: (identity, transport) =>
      (identity.public ? anonymous : members).consume(identity.key).then(
        () => undefined,
        (rejection: { msBeforeNext?: number }) => {
          metrics.rateLimited.inc({ transport });
          return { retryAfter: Math.ceil((rejection.msBeforeNext ?? 60_000) / 1000) };
        },
      ),
  };
}

/** The refusal of a request over its rate limit, as every transport words it. */
export function rateLimited(retryAfter: number) {
  return { message: `Too many requests; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } };
}

/** The rate limit as Express middleware: 429 with a code and `Retry-After`. */
export function rateLimit(limiter: RateLimiter, identityOf: (request: Parameters<RequestHandler>[0]) => { key: string; public: boolean }): RequestHandler {
  return (request, response, next) => {
    void limiter.take(identityOf(request), 'http').then((refused) => {
      if (!refused) return next();
      response.status(429).set('Retry-After', String(refused.retryAfter)).json({ errors: [rateLimited(refused.retryAfter)] });
    });
  };
}
