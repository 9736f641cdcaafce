// The plugins' global type augmentations must reach every subgraph that uses this builder.
/// <reference types="@pothos/plugin-dataloader" preserve="true" />
/// <reference types="@pothos/plugin-directives" preserve="true" />
/// <reference types="@pothos/plugin-federation" preserve="true" />
/// <reference types="@pothos/plugin-prisma" preserve="true" />
/// <reference types="@pothos/plugin-relay" preserve="true" />
/// <reference types="@pothos/plugin-scope-auth" preserve="true" />
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver, JSONResolver, LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import AuthorizationDirectivesPlugin from './authorization/directives-plugin.js';
import PartialResultsPlugin from './partial-results.js';
import { scopesOf, type AuthScopes } from './authorization/scopes.js';
import type { SubgraphContext } from './context.js';
import { ErrorCode } from './errors.js';

/** Scalars every subgraph shares, so the supergraph has one definition of each. */
export type CommonScalars = {
  DateTime: { Input: Date; Output: Date | string };
  Date: { Input: Date; Output: Date | string };
  Latitude: { Input: number; Output: number };
  Longitude: { Input: number; Output: number };
  /** Free-form JSON, such as the rows an audit entry records; only subgraphs that ask for it define it. */
  JSON: { Input: unknown; Output: unknown };
};

export interface SubgraphBuilderTypes<PrismaTypes extends {}, Context extends SubgraphContext<unknown, unknown>> {
  PrismaTypes: PrismaTypes;
  Context: Context;
  Scalars: CommonScalars;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: AuthScopes;
  FederationScopes: string;
}

/**
 * Field options that make a field part of the public contract: open to anonymous callers and
 * tagged `public`, so the public supergraph keeps it. Everything else stays private.
 */
export const PUBLIC = { skipTypeScopes: true, authScopes: { public: true }, tag: 'public' } as const;

/** How every subgraph links Apollo Federation: pass to `builder.toSubGraphSchema`. */
export const FEDERATION = {
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides', '@extends', '@tag', '@inaccessible', '@authenticated', '@requiresScopes'],
};

/** Sort direction shared by every list argument of the platform. */
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;

/**
 * The one Pothos configuration of the platform: Prisma-backed object types, Relay-style
 * cursor connections, DataLoader-backed fields and Apollo Federation 2. Returns the builder with
 * the types every subgraph shares already defined.
 */
export function createSubgraphBuilder<
  PrismaTypes extends {},
  Context extends SubgraphContext<unknown, unknown>,
>(options: {
  /** The subgraph's name, as its definition gives it: department-bound scopes name it. */
  subgraph: string;
  datamodel: PothosPrismaDatamodel;
  /** Define the JSON scalar (free-form data such as the audit log's rows). */
  json?: boolean;
  /** False for a subgraph that only reads, such as the audit log: it has no Mutation type. */
  mutations?: boolean;
}) {
  const builder = new SchemaBuilder<SubgraphBuilderTypes<PrismaTypes, Context>>({
    // Field hooks run from the last plugin to the first: the authorization directives must state
    // their options before federation prints them.
    plugins: [ScopeAuthPlugin, DirectivesPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, PartialResultsPlugin, FederationPlugin, AuthorizationDirectivesPlugin],
    defaultFieldNullability: false,
    authorizationDirectives: { subgraph: options.subgraph },
    scopeAuth: {
      authScopes: (context) => scopesOf(context.viewer, options.subgraph),
      unauthorizedError: (_parent, context) =>
        context.viewer.role === 'public'
          ? new GraphQLError('Sign in to see this', { extensions: { code: ErrorCode.UNAUTHENTICATED } })
          : new GraphQLError('You are not allowed to do this', { extensions: { code: ErrorCode.FORBIDDEN } }),
    },
    prisma: {
      // Each request reaches the subgraph's own database through its context.
      client: (context) => context.db as never,
      dmmf: options.datamodel,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === 'development' ? 'warn' : null,
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      edgesFieldOptions: { nullable: false },
      nodeFieldOptions: { nullable: false },
      // Every subgraph defines the same PageInfo; federation requires it to be declared shared.
      // Connection plumbing is public wherever a public field returns a connection; the nodes'
      // own fields still decide what is disclosed.
      pageInfoTypeOptions: { shareable: true, tag: 'public' },
      defaultConnectionTypeOptions: { tag: 'public' },
      defaultEdgeTypeOptions: { tag: 'public' },
    },
  });
  builder.addScalarType('DateTime', DateTimeResolver);
  builder.addScalarType('Date', DateResolver);
  builder.addScalarType('Latitude', LatitudeResolver);
  builder.addScalarType('Longitude', LongitudeResolver);
  if (options.json) builder.addScalarType('JSON', JSONResolver);
  const SortDirection = builder.enumType('SortDirection', { values: SORT_DIRECTIONS });
  builder.queryType({ authScopes: { member: true } });
  if (options.mutations !== false) builder.mutationType({ authScopes: { departmentStaff: true } });

  /** An enum whose values carry their Chinese term as description, for the schema's readers. */
  function labelledEnum<const Value extends string>(name: string, description: string, labels: Record<Value, string>) {
    const values = Object.fromEntries(
      Object.entries<string>(labels).map(([value, label]) => [value, { value, description: label }]),
    ) as { [V in Value]: { value: V; description: string } };
    return builder.enumType(name, { description, values });
  }

  /**
   * Declares the subgraph's Subscription type, for the subgraphs that have one: its fields need an
   * authenticated caller unless marked public, like query fields.
   */
  function enableSubscriptions() {
    builder.subscriptionType({ authScopes: { member: true } });
  }

  return { builder, SortDirection, labelledEnum, enableSubscriptions };
}
