import { createSubgraphBuilder, type SubgraphContext } from '@forestry/subgraph-runtime';
import type { PrismaClient } from './generated/prisma/client.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import type { Loaders } from './loaders/index.js';

export type Context = SubgraphContext<PrismaClient, Loaders>;

export const { builder, SortDirection, labelledEnum } = createSubgraphBuilder<PrismaTypes, Context>({ subgraph: 'forest-resources', datamodel: getDatamodel() });
