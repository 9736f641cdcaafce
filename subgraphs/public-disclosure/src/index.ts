import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@forestry/subgraph-runtime';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedPublicDisclosure } from './seed/index.js';

export const publicDisclosure = defineSubgraph({
  name: 'public-disclosure',
  defaultPort: 4106,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedPublicDisclosure,
});

export default publicDisclosure;
