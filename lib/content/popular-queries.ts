// 热门: the articles read most in the last 24 hours and the last 7 days, from the hourly counts, among
// what readers may see now (lib/content/visibility.ts). A rolling window: hour buckets, the current one
// included.
import { visibleSql } from "@/lib/content/visibility";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hourStart } from "@/lib/views/buckets";

export interface PopularArticle {
  id: number;
  title: string;
  views: number;
}

export interface PopularLists {
  day: PopularArticle[];
  week: PopularArticle[];
}

export const POPULAR_WINDOWS = { day: 24, week: 24 * 7 } as const;

export async function mostRead(
  db: PrismaClient,
  now: Date,
  hours: number,
  limit: number,
  sectionId?: number,
): Promise<PopularArticle[]> {
  const since = new Date(hourStart(now).getTime() - (hours - 1) * 3_600_000);
  const section = sectionId === undefined ? Prisma.empty : Prisma.sql`AND a."sectionId" = ${sectionId}`;
  const rows = await db.$queryRaw<Array<{ id: number; title: string; views: number }>>`
    SELECT a.id, a.title, SUM(h.views)::int AS views
    FROM "ArticleViewHour" h JOIN "Article" a ON a.id = h."articleId"
    WHERE h."hour" >= ${since} AND ${visibleSql(now)} ${section}
    GROUP BY a.id
    ORDER BY views DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, title: row.title, views: Number(row.views) }));
}

export async function popularLists(
  db: PrismaClient,
  now: Date,
  limit: number,
  sectionId?: number,
): Promise<PopularLists> {
  const [day, week] = await Promise.all([
    mostRead(db, now, POPULAR_WINDOWS.day, limit, sectionId),
    mostRead(db, now, POPULAR_WINDOWS.week, limit, sectionId),
  ]);
  return { day, week };
}
