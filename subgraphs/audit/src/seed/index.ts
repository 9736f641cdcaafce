import type { PrismaClient } from '../generated/prisma/client.js';

/** The audit log starts empty: it holds only what happened. */
export async function seedAudit(_db: PrismaClient): Promise<void> {}
