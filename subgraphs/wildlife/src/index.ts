import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@forestry/subgraph-runtime';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedWildlife } from './seed/index.js';

export const wildlife = defineSubgraph({
  name: 'wildlife',
  defaultPort: 4102,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedWildlife,
});

export default wildlife;
