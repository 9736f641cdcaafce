import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@forestry/subgraph-runtime';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedPestControl } from './seed/index.js';

export const pestControl = defineSubgraph({
  name: 'pest-control',
  defaultPort: 4104,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedPestControl,
});

export default pestControl;
