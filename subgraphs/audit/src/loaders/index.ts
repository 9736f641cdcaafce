import type { PrismaClient } from '../generated/prisma/client.js';

/** The audit log is read one page at a time; it has no per-request loaders. */
export function createLoaders(_db: PrismaClient) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
