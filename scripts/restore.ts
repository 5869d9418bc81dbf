// npm run restore -- <folder>: a backup made by npm run backup, into an empty instance of the configured
// kind (a new database at DATABASE_URL, or a new MASTHEAD_DATA_DIR) and the local media folder.
import { restoreBackup } from "@/lib/backup/backup";
import { env } from "@/lib/env";
import { readMigrations } from "@/lib/migrate/migrations";
import { MIGRATIONS_DIR } from "./db/run-migrations";

const folder = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!folder) {
  console.error("Usage: npm run restore -- <backup folder>");
  process.exit(2);
}
try {
  const manifest = await restoreBackup(
    folder,
    env.databaseUrl ? { kind: "postgres", url: env.databaseUrl } : { kind: "embedded", dataDir: env.dataDir },
    {
      mediaDir: env.mediaStorage === "local" ? env.mediaDir : undefined,
      knownMigrations: (await readMigrations(MIGRATIONS_DIR)).map((migration) => migration.name),
    },
  );
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${manifest.counts.articles} articles, ${manifest.counts.revisions} revisions, ` +
      `${manifest.counts.media} media records (counts checked), ${manifest.mediaFiles ?? "no"} media files. ` +
      "npm start (or npm run db:migrate) applies any newer migrations of this release.",
  );
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
