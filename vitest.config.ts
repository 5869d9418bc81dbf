import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` guards against client bundles; tests run on the server.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty-module.ts") },
    ],
  },
  test: {
    // Inlined so that the tests' stand-in for Next's request scope (next/headers) reaches next-auth too.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        // tests/security/ is issue 9's suite: each test there fails if one protection is removed.
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/security/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "int-postgres",
          include: ["tests/integration/**/*.test.ts", "tests/security/integration/**/*.test.ts"],
          exclude: ["tests/integration/embedded/**"],
          globalSetup: ["tests/support/global-postgres.ts"],
          setupFiles: ["tests/support/setup-database.ts"],
          // A key of the run's own, so that sign-in tests never write one into the developer's .data.
          env: { MASTHEAD_TEST_DB: "postgres", AUTH_SECRET: "integration-tests-auth-secret-0123456789" },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "int-pglite",
          include: ["tests/integration/**/*.test.ts", "tests/security/integration/**/*.test.ts"],
          // The schema-engine check needs a server for its shadow databases, the query plans are
          // PostgreSQL's own (PGlite is the same planner), and tests/integration/servers/ test the
          // PostgreSQL and Redis servers themselves: they run in int-postgres only.
          exclude: [
            "tests/integration/schema-drift.test.ts",
            "tests/integration/query-plans.test.ts",
            "tests/integration/servers/**",
          ],
          setupFiles: ["tests/support/setup-database.ts"],
          env: {
            MASTHEAD_TEST_DB: "pglite",
            MASTHEAD_DATA_DIR: "memory://",
            DATABASE_URL: "",
            AUTH_SECRET: "integration-tests-auth-secret-0123456789",
          },
          // Each file opens its own database in memory, so files run two at a time (this layer took
          // 345 s one at a time, 214 s two at a time on 2 cores).
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
