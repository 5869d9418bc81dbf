// Writes what the tally counted: one multi-row INSERT … ON CONFLICT DO UPDATE per table (per few
// thousand buckets), adding to what every server wrote before, inside one transaction. Rows for an id
// that names no article readers may see (a draft, an embargoed, retracted or trashed article, a made-up
// number) are not written: the insert reads only visible articles (lib/content/visibility.ts).
import { visibleSql } from "@/lib/content/visibility";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isEmptyDrain, type Drained } from "@/lib/views/tally";

/** Buckets per statement: three parameters each, well under PostgreSQL's 65,535. */
const CHUNK = 5_000;

export interface FlushResult {
  /** Views written (days). */
  views: number;
  /** Views dropped because their article is not visible. */
  refused: number;
  articles: number[];
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function writeViews(db: PrismaClient, drained: Drained, now: Date): Promise<FlushResult> {
  if (isEmptyDrain(drained)) return { views: 0, refused: 0, articles: [] };
  const dayStatements = chunks(drained.days).map((rows) => {
    const values = Prisma.join(rows.map((r) => Prisma.sql`(${r.articleId}::int, ${r.day}::date, ${r.views}::int)`));
    return db.$queryRaw<Array<{ articleId: number }>>`
      INSERT INTO "ArticleViewDay" ("articleId", "day", "views")
      SELECT v.id, v.day, v.views FROM (VALUES ${values}) AS v(id, day, views)
      JOIN "Article" a ON a.id = v.id WHERE ${visibleSql(now)}
      ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "ArticleViewDay"."views" + excluded."views"
      RETURNING "articleId"`;
  });
  const hourStatements = chunks(drained.hours).map((rows) => {
    const values = Prisma.join(
      rows.map((r) => Prisma.sql`(${r.articleId}::int, ${r.hour}::timestamptz, ${r.views}::int)`),
    );
    return db.$executeRaw`
      INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
      SELECT v.id, v.hour AT TIME ZONE 'UTC', v.views FROM (VALUES ${values}) AS v(id, hour, views)
      JOIN "Article" a ON a.id = v.id WHERE ${visibleSql(now)}
      ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + excluded."views"`;
  });
  const results = await db.$transaction([...dayStatements, ...hourStatements]);
  const accepted = new Set<number>();
  for (const result of results.slice(0, dayStatements.length)) {
    for (const row of result as Array<{ articleId: number }>) accepted.add(row.articleId);
  }
  let views = 0;
  let refused = 0;
  for (const row of drained.days) {
    if (accepted.has(row.articleId)) views += row.views;
    else refused += row.views;
  }
  return { views, refused, articles: [...accepted] };
}

/** Hours readers' windows and charts no longer need: older than 8 days and past the first 48 hours. */
export function pruneHours(db: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 8 * 86_400_000);
  return db.$executeRaw`
    DELETE FROM "ArticleViewHour" h USING "Article" a
    WHERE a.id = h."articleId" AND h."hour" < ${cutoff}
      AND (a."firstPublishedAt" IS NULL OR h."hour" >= a."firstPublishedAt" + interval '48 hours')`;
}
