import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

// The CLI runs its WebAssembly schema engine through an in-memory PGlite, so that
// generating the client and diffing migrations work offline and need no server.
// The datasource url is only read by the CLI's native-engine path, which is never taken here;
// Prisma 6 still insists that it resolves.
process.env.DATABASE_URL ??= 'postgresql://localhost/unused';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
});
