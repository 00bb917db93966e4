import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Integration tests spawn the CLI and open SQLite files; two cores, so keep forks modest.
    pool: 'forks',
    maxWorkers: 2,
  },
});
