// Applies pending migrations to the configured database (DATABASE_URL, or the embedded one).
import path from "node:path";
import { env } from "@/lib/env";
import { applyMigrations, MigrationError, readMigrations, type MigrationReport } from "@/lib/migrate/migrations";
import { connectPGlite, connectPostgres } from "@/lib/migrate/sql-session";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");

export function describeDatabase(): string {
  if (!env.databaseUrl) return `embedded PostgreSQL (PGlite) in ${env.dataDir}`;
  const url = new URL(env.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

export async function runMigrations(): Promise<MigrationReport> {
  const session = env.databaseUrl ? await connectPostgres(env.databaseUrl) : await connectPGlite(env.dataDir);
  try {
    return await applyMigrations(session, await readMigrations(MIGRATIONS_DIR));
  } finally {
    await session.close();
  }
}

export function printReport(report: MigrationReport): void {
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  if (report.applied.length === 0) console.log(`Database is up to date (${report.alreadyApplied.length} migrations).`);
  for (const name of report.applied) console.log(`Applied migration ${name}`);
}

/** Runs a database step; a failed migration ends the process with its name and reason, not a stack trace. */
export async function exitOnMigrationError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    console.error(`\n${error.message}\nThe database was left as it was before this migration.`);
    process.exit(1);
  }
}
