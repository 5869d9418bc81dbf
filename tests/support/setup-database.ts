// Runs in each test worker before the test files: points lib/env at this run's database and, on the
// embedded database (a fresh in-memory PGlite per file), applies the migrations.
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";

if (process.env.MASTHEAD_TEST_DB === "postgres") {
  process.env.DATABASE_URL = inject("databaseUrl");
} else {
  delete process.env.DATABASE_URL;
  process.env.MASTHEAD_DATA_DIR = "memory://";
}

beforeAll(async () => {
  const { getEmbeddedDatabase } = await import("@/lib/db");
  const pglite = await getEmbeddedDatabase();
  if (!pglite) return;
  const { applyMigrations, readMigrations } = await import("@/lib/migrate/migrations");
  const { wrapPGlite } = await import("@/lib/migrate/sql-session");
  await applyMigrations(wrapPGlite(pglite, false), await readMigrations(path.join(process.cwd(), "prisma/migrations")));
});

afterAll(async () => {
  const { closeDb } = await import("@/lib/db");
  await closeDb();
});
