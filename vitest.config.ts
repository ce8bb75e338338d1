import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (in-memory generators, golden snapshots, conformance: seconds) and `e2e` (the built CLI on
 * real temp directories, generated projects type-checked and tested: minutes). `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'generators/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/golden/*.test.ts', 'test/conformance/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/__snapshots__/**'],
          // Generating a project in memory formats every file with prettier: seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/cli/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
