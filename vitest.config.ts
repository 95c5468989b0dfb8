import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts (whose root is the web app): tests run from the repository root.
export default defineConfig({
  root: '.',
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', setupFiles: ['test/helpers/modules.ts'] } },
      {
        test: {
          name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node',
          testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks', maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node',
          testTimeout: 120_000, hookTimeout: 180_000, pool: 'forks', fileParallelism: false,
        },
      },
    ],
  },
});
