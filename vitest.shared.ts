import { defineConfig } from 'vitest/config';

// Tests start real servers and databases: generous hook timeouts, files run one at a time
// so that two embedded databases never compete for the machine's two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
