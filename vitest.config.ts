import { defineConfig } from 'vitest/config';

const apiTests = ['apps/server/**/*.routes.test.ts', 'apps/server/**/*.db.test.ts'];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * unit: pure tests beside the code. api-pglite / api-pg: the same API and database tests against
 * embedded PGlite and, when TEST_DATABASE_URL is set, a real PostgreSQL server.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: [...apiTests, '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api-pglite',
          include: apiTests,
          env: { YUNJU_TEST_DB: 'pglite' },
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'api-pg',
                include: apiTests,
                env: { YUNJU_TEST_DB: 'pg' },
                globalSetup: ['apps/server/test/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
