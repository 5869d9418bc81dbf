// The PostgreSQL server's side: pg_dump in the snapshot the backup's facts were read in (so the counts
// and the dump agree to the row however busy the newsroom is), and pg_restore into an empty database.
import pg from "pg";
import type { BackupManifest } from "@/lib/backup/manifest";
import { runTool } from "@/lib/backup/run-tool";
import { snapshotFacts } from "@/lib/backup/snapshot-facts";

export async function dumpPostgres(url: string, file: string): Promise<Pick<BackupManifest, "migrations" | "counts">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const {
      rows: [exported],
    } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const facts = await snapshotFacts({
      query: async <Row extends object>(sql: string) => (await client.query<Row>(sql)).rows,
    });
    // The snapshot lives as long as this transaction: pg_dump must run while it is open.
    await runTool("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      `--snapshot=${exported?.snapshot ?? ""}`,
      `--file=${file}`,
      `--dbname=${url}`,
    ]);
    return facts;
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.end();
  }
}

/** Refuses a database that holds any table: a restore never merges into, or overwrites, a live site. */
export async function assertEmptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const tables = rows[0]?.tables ?? 0;
    if (tables > 0) {
      throw new Error(
        `the target database is not empty (${tables} tables): restore into a new database (createdb), never over a site`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  await assertEmptyPostgres(url);
  await runTool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${url}`,
    file,
  ]);
}
