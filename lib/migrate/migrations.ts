// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native engine:
// ordered SQL files, each in its own transaction, recorded in `_prisma_migrations` with Prisma's
// checksums (sha256 of migration.sql) so that Prisma's own CLI accepts the same database.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "@/lib/migrate/sql-session";

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    readonly reason: string,
  ) {
    super(`Migration ${migrationName} failed: ${reason}`);
    this.name = "MigrationError";
  }
}

// The same key Prisma uses, so that Prisma's CLI and this runner never migrate at once.
const ADVISORY_LOCK_KEY = 72707369;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

async function ensureMigrationsTable(session: SqlSession): Promise<void> {
  await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  warnings: string[];
}

export async function applyMigrations(session: SqlSession, migrations: LocalMigration[]): Promise<MigrationReport> {
  // The lock first, the table inside it: servers of a release that start at once (or a release step
  // beside them) queue here, and the first applies what is pending while the others wait and then find
  // nothing to do. CREATE TABLE IF NOT EXISTS is not safe against itself run concurrently.
  await session.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    await ensureMigrationsTable(session);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const live = rows.filter((row) => row.rolled_back_at === null);
    const failed = live.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        failed.migration_name,
        "it is recorded as started but not finished in _prisma_migrations; resolve it before applying more",
      );
    }
    const done = new Map(live.map((row) => [row.migration_name, row.checksum]));
    const warnings: string[] = [];
    const local = new Set(migrations.map((migration) => migration.name));
    for (const name of done.keys()) {
      if (!local.has(name)) warnings.push(`${name} is applied to the database but missing from prisma/migrations`);
    }

    const report: MigrationReport = { applied: [], alreadyApplied: [], warnings };
    for (const migration of migrations) {
      const appliedChecksum = done.get(migration.name);
      if (appliedChecksum !== undefined) {
        if (appliedChecksum !== migration.checksum) {
          warnings.push(`${migration.name} was modified after it was applied (checksum differs)`);
        }
        report.alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(session, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}

async function applyOne(session: SqlSession, migration: LocalMigration): Promise<void> {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new MigrationError(migration.name, error instanceof Error ? error.message : String(error));
  }
}
