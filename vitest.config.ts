import { defineConfig } from 'vitest/config';

/**
 * Tiers: `unit` (pure rules), `pglite` and `postgres` (the same integration tests through the
 * real app on each database), `e2e` (journeys in Debian's Chromium). scripts/test.mjs picks them.
 */
const integration = ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'];
const pure = ['**/*.unit.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.unit.test.ts', 'apps/*/src/**/*.unit.test.ts'],
        },
      },
      {
        test: {
          name: 'pglite',
          include: integration,
          exclude: [...pure, '**/*.postgres.test.ts'],
          env: { SANGKIEN_TEST_DB: 'pglite' },
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: integration,
          exclude: pure,
          env: { SANGKIEN_TEST_DB: 'postgres' },
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
