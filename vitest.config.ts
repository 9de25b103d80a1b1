import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once for the tests that spawn the coach.
    globalSetup: ['test/support/global-setup.ts'],
    // Measured on a 2-core machine: with isolation each file re-imports discord.js, zod and the
    // app in a fresh fork, which cost more than half the suite's CPU; no test relies on a fresh
    // module state (timers and spies are restored), and shuffled file orders pass.
    pool: 'forks',
    isolate: false,
    // More workers than cores: the process tests mostly wait on their children, timers and the
    // stores. Measured on a quiet 2-core machine (1,677 tests): 2 workers 79 s, 3 workers 53-57 s.
    maxWorkers: Math.max(3, availableParallelism() + 1),
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
