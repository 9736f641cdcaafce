import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@forestry/subgraph-runtime';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedFirePrevention } from './seed/index.js';

export const firePrevention = defineSubgraph({
  name: 'fire-prevention',
  defaultPort: 4103,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedFirePrevention,
});

export default firePrevention;
