import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { defineConfig } from 'prisma/config';

/**
 * The Prisma CLI configuration of every subgraph (`prisma.config.ts` exports this). The CLI runs
 * its WebAssembly schema engine through an in-memory PGlite, so that generating the client and
 * diffing migrations work offline and need no server.
 */
export function subgraphPrismaConfig(): ReturnType<typeof defineConfig> {
  // Only the CLI's native-engine path reads the datasource url, and it is never taken here;
  // Prisma 6 still insists that it resolves.
  process.env.DATABASE_URL ??= 'postgresql://localhost/unused';
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: 'prisma/schema.prisma',
    async adapter() {
      // The adapter is built against its own copy of Prisma's adapter types; the contract is the same.
      return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
    },
  });
}
