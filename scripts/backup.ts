// npm run backup -- [folder]: a consistent backup of the configured database (pg_dump on DATABASE_URL,
// or the embedded database's own dump; stop the server first there, it is one process's) with the local
// media files and a manifest. Default folder: backups/masthead-<time>.
import path from "node:path";
import { createBackup, type BackupSource } from "@/lib/backup/backup";
import { closeDb, getEmbeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedDatabaseInUse } from "@/lib/pglite";

const folder =
  process.argv.slice(2).find((arg) => !arg.startsWith("--")) ??
  path.join("backups", `masthead-${new Date().toISOString().replace(/[:.]/g, "-")}`);

async function embeddedDatabase() {
  const pglite = await getEmbeddedDatabase();
  if (!pglite) throw new Error("the embedded database did not open");
  return pglite;
}

try {
  const source: BackupSource = env.databaseUrl
    ? { kind: "postgres", url: env.databaseUrl }
    : { kind: "embedded", pglite: await embeddedDatabase() };
  const manifest = await createBackup(source, {
    dir: folder,
    mediaDir: env.mediaStorage === "local" ? env.mediaDir : undefined,
  });
  console.log(
    `Backed up to ${folder}: ${manifest.counts.articles} articles, ${manifest.counts.revisions} revisions, ` +
      `${manifest.counts.media} media records, ${manifest.mediaFiles ?? "no (S3)"} media files, ${manifest.migrations.length} migrations.`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof EmbeddedDatabaseInUse)) console.error(error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
