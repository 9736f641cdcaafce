import { fileURLToPath } from 'node:url';
import { AUDIT_SUBGRAPH, defineSubgraph } from '@forestry/subgraph-runtime';
import { storeAuditEntries } from './domain/store.js';
import { PrismaClient } from './generated/prisma/client.js';
import { schema } from './graphql/schema.js';
import { createLoaders } from './loaders/index.js';
import { seedAudit } from './seed/index.js';

export const audit = defineSubgraph({
  name: AUDIT_SUBGRAPH.name,
  defaultPort: AUDIT_SUBGRAPH.defaultPort,
  schema,
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (options) => new PrismaClient(options),
  createLoaders,
  seed: seedAudit,
  storeAuditEntries,
});

export default audit;
