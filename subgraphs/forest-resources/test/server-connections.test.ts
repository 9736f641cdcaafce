import { openDatabase } from '@forestry/subgraph-runtime';
import { createTestDatabase } from '@forestry/subgraph-runtime/testing';
import { describe, expect, it } from 'vitest';
import forestResources from '../src/index.js';

// Embedded PGlite runs in process: there is no server connection to lose.
describe.skipIf(!process.env.TEST_POSTGRES_URL)('connections to the PostgreSQL server', () => {
  it('outlives the server closing its idle connections, even once the client has disconnected', async () => {
    const test = await createTestDatabase(forestResources);
    const open = () => openDatabase({ location: test.location, migrationsDir: forestResources.migrationsDir, createClient: forestResources.createClient });
    const database = await open();
    const admin = await open();
    const terminateOthers = () =>
      admin.client.$queryRawUnsafe('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    try {
      await database.client.$queryRawUnsafe('SELECT 1');
      // While connected: the next query opens a new connection.
      await terminateOthers();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await database.client.treeSpecies.count()).toBeGreaterThan(0);
      // After Prisma let go of the pool, before it is closed (a shutdown racing a database
      // restart): the pool's error must not end the process.
      await database.client.$disconnect();
      await terminateOthers();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await database.close();
      await admin.close();
      await test.dispose();
    }
  });
});
