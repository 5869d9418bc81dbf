// What a backup records of the database it was taken from, read in the dump's own snapshot.
import type { SqlSession } from "@/lib/migrate/sql-session";
import type { BackupManifest } from "@/lib/backup/manifest";

export async function snapshotFacts(
  session: Pick<SqlSession, "query">,
): Promise<Pick<BackupManifest, "migrations" | "counts">> {
  const migrations = await session.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const [counts] = await session.query<{ articles: number; media: number; revisions: number }>(
    `SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Media")::int AS media,
            (SELECT count(*) FROM "Revision")::int AS revisions`,
  );
  return {
    migrations: migrations.map((row) => row.migration_name),
    counts: { articles: counts?.articles ?? 0, media: counts?.media ?? 0, revisions: counts?.revisions ?? 0 },
  };
}
