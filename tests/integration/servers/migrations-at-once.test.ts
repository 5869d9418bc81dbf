// Several servers of a release starting at once against one PostgreSQL: each runs the migrations, and
// each pending migration must be applied exactly once, with no server failing. (The embedded database
// is one process's by construction: PGlite opens a data directory in one process only.)
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { connectPostgres, type SqlSession } from "@/lib/migrate/sql-session";
import { createScratchDatabase } from "../../support/postgres";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");
const SERVERS = 5;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("migrations run by several servers at once", () => {
  it("apply each migration once, and every server starts with the schema complete", async () => {
    const database = await createScratchDatabase("masthead_race");
    cleanups.push(database.drop);
    const sessions: SqlSession[] = [];
    for (let i = 0; i < SERVERS; i += 1) sessions.push(await connectPostgres(database.url));
    cleanups.push(async () => void (await Promise.all(sessions.map((session) => session.close()))));
    const migrations = await readMigrations(MIGRATIONS_DIR);

    const reports = await Promise.all(sessions.map((session) => applyMigrations(session, migrations)));

    const names = migrations.map((migration) => migration.name);
    // One server applied them all; the others waited for it and found nothing left to do.
    expect(reports.filter((report) => report.applied.length > 0).map((report) => report.applied)).toEqual([names]);
    for (const report of reports.filter((r) => r.applied.length === 0)) expect(report.alreadyApplied).toEqual(names);
    const rows = await sessions[0]?.query<{ migration_name: string; count: string }>(
      `SELECT migration_name, count(*)::text AS count FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows).toEqual([...names].sort().map((name) => ({ migration_name: name, count: "1" })));
  });
});
