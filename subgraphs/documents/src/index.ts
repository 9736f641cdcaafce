import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@forestry/subgraph-runtime';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedDocuments } from './seed/index.js';

export const documents = defineSubgraph({
  name: 'documents',
  defaultPort: 4105,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedDocuments,
});

export default documents;
