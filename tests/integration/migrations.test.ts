import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, checksumOf, MigrationError, readMigrations } from "@/lib/migrate/migrations";
import type { SqlSession } from "@/lib/migrate/sql-session";
import { scratchSession } from "../support/scratch-session";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");

const sessions: SqlSession[] = [];
async function emptyDatabase() {
  const session = await scratchSession();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
});

async function tables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

describe("migrations", () => {
  it("apply to an empty database and are recorded with Prisma's checksums", async () => {
    const session = await emptyDatabase();
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);

    const report = await applyMigrations(session, migrations);
    expect(report.applied).toEqual(migrations.map((migration) => migration.name));
    expect(await tables(session)).toEqual(
      expect.arrayContaining(["Article", "AuditEntry", "Credit", "Person", "User", "_prisma_migrations"]),
    );
    const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      migrations.map((migration) => [migration.name, checksumOf(migration.sql)]),
    );
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);

    const again = await applyMigrations(session, migrations);
    expect(again.applied).toEqual([]);
  });

  it("leave the database as it was when a migration fails, and say which one and why", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "masthead-migrations-"));
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    };
    await write("20260101000000_good", `CREATE TABLE "Good" (id int PRIMARY KEY);`);
    await write(
      "20260102000000_broken",
      `CREATE TABLE "HalfDone" (id int PRIMARY KEY);\nINSERT INTO "Good" (id) VALUES ('semi;colon');`,
    );
    expect(await readdir(dir)).toHaveLength(2);

    const session = await emptyDatabase();
    const failure = await applyMigrations(session, await readMigrations(dir)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe("20260102000000_broken");
    expect((failure as MigrationError).message).toMatch(/20260102000000_broken.*invalid input syntax/);

    expect(await tables(session)).toEqual(["Good", "_prisma_migrations"]);
    const recorded = await session.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
  });
});
