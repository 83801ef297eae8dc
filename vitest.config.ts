// Test runner settings: Node environment, one fork per file (Grafeo holds native handles, so each file's stores live in
// their own process) on every core, shared work done once in the global setup, generous timeouts for browser tests.
import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: os.availableParallelism(),
    globalSetup: ['test/_support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
