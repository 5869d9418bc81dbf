// npm run backup / npm run restore: one folder holding a consistent dump of the database (pg_dump on
// the PostgreSQL server, PGlite's own dump on the embedded database), the local media files, and a
// manifest written last. A restore goes into an empty instance only, and checks the counts it recorded.
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { dumpEmbedded, restoreEmbedded } from "@/lib/backup/embedded-backup";
import { readManifest, writeManifest, type BackupManifest } from "@/lib/backup/manifest";
import { copyMediaIn, copyMediaOut } from "@/lib/backup/media-files";
import { dumpPostgres, restorePostgres } from "@/lib/backup/postgres-backup";
import { snapshotFacts } from "@/lib/backup/snapshot-facts";
import { connectPostgres, wrapPGlite } from "@/lib/migrate/sql-session";

export type BackupSource = { kind: "postgres"; url: string } | { kind: "embedded"; pglite: PGlite };
export type RestoreTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

const FILES = { postgres: "database.pgdump", embedded: "database.tar.gz" } as const;

export async function createBackup(
  source: BackupSource,
  options: { dir: string; mediaDir?: string; now?: Date },
): Promise<BackupManifest> {
  await mkdir(options.dir, { recursive: true });
  if ((await readdir(options.dir)).length > 0)
    throw new Error(`${options.dir} is not empty: back up into a new folder`);
  const databaseFile = FILES[source.kind];
  const file = path.join(options.dir, databaseFile);
  const facts =
    source.kind === "postgres" ? await dumpPostgres(source.url, file) : await dumpEmbedded(source.pglite, file);
  // After the dump: every file its rows name existed when it was taken (media files are never changed
  // in place, only added), so the copy holds them all.
  const mediaFiles = options.mediaDir ? await copyMediaOut(options.mediaDir, options.dir) : null;
  const manifest: BackupManifest = {
    format: "masthead-backup",
    version: 1,
    createdAt: (options.now ?? new Date()).toISOString(),
    database: source.kind,
    databaseFile,
    ...facts,
    mediaFiles,
  };
  await writeManifest(options.dir, manifest);
  return manifest;
}

export async function restoreBackup(
  dir: string,
  target: RestoreTarget,
  options: { mediaDir?: string; knownMigrations: string[] },
): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  if (manifest.database !== target.kind) {
    throw new Error(
      `this backup is of ${manifest.database === "postgres" ? "a PostgreSQL server" : "the embedded database"}; ` +
        `restore it into the same kind (${manifest.database === "postgres" ? "DATABASE_URL" : "MASTHEAD_DATA_DIR without DATABASE_URL"}), ` +
        "or move content between kinds with npm run export / import",
    );
  }
  const known = new Set(options.knownMigrations);
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `this backup has migrations this release does not know (${unknown.join(", ")}): use a newer release`,
    );
  }
  const file = path.join(dir, manifest.databaseFile);
  const facts =
    target.kind === "postgres"
      ? await restoredPostgres(target.url, file)
      : await restoredEmbedded(target.dataDir, file);
  if (JSON.stringify(facts.counts) !== JSON.stringify(manifest.counts)) {
    throw new Error(
      `the restored database differs from the backup: ${JSON.stringify(facts.counts)} instead of ${JSON.stringify(manifest.counts)}`,
    );
  }
  if (options.mediaDir) await copyMediaIn(dir, options.mediaDir);
  return manifest;
}

async function restoredPostgres(url: string, file: string) {
  await restorePostgres(url, file);
  const session = await connectPostgres(url);
  try {
    return await snapshotFacts(session);
  } finally {
    await session.close();
  }
}

async function restoredEmbedded(dataDir: string, file: string) {
  const pglite = await restoreEmbedded(dataDir, file);
  try {
    return await snapshotFacts(wrapPGlite(pglite, false));
  } finally {
    await pglite.close();
  }
}
