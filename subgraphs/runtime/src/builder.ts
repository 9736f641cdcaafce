// The plugins' global type augmentations must reach every subgraph that uses this builder.
/// <reference types="@pothos/plugin-dataloader" preserve="true" />
/// <reference types="@pothos/plugin-directives" preserve="true" />
/// <reference types="@pothos/plugin-federation" preserve="true" />
/// <reference types="@pothos/plugin-prisma" preserve="true" />
/// <reference types="@pothos/plugin-relay" preserve="true" />
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DateResolver, DateTimeResolver, LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import type { SubgraphContext } from './context.js';

/** Scalars every subgraph shares, so the supergraph has one definition of each. */
export type CommonScalars = {
  DateTime: { Input: Date; Output: Date | string };
  Date: { Input: Date; Output: Date | string };
  Latitude: { Input: number; Output: number };
  Longitude: { Input: number; Output: number };
};

export interface SubgraphBuilderTypes<PrismaTypes extends {}, Context extends SubgraphContext<unknown, unknown>> {
  PrismaTypes: PrismaTypes;
  Context: Context;
  Scalars: CommonScalars;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

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
>(options: { datamodel: PothosPrismaDatamodel }) {
  const builder = new SchemaBuilder<SubgraphBuilderTypes<PrismaTypes, Context>>({
    plugins: [DirectivesPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, FederationPlugin],
    defaultFieldNullability: false,
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
      pageInfoTypeOptions: { shareable: true },
    },
  });
  builder.addScalarType('DateTime', DateTimeResolver);
  builder.addScalarType('Date', DateResolver);
  builder.addScalarType('Latitude', LatitudeResolver);
  builder.addScalarType('Longitude', LongitudeResolver);
  const SortDirection = builder.enumType('SortDirection', { values: SORT_DIRECTIONS });
  builder.queryType({});
  builder.mutationType({});
  return { builder, SortDirection };
}
