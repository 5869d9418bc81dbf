// The admin's reads of 阅读数: an article's days and first 48 hours, and the dashboard's site-wide days
// and top lists for a period. Editors and admins see every article; a reporter sees the articles they
// created (the same rule as the article list, lib/auth/permissions.ts).
import { can, canViewArticle, type Actor } from "@/lib/auth/permissions";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/services/errors";
import { daysBetween, dayMinus, hourStart, siteDay } from "@/lib/views/buckets";

export interface DayViews {
  day: string;
  views: number;
}

export interface HourViews {
  /** Hours since the hour of first publication: 0…47. */
  index: number;
  /** ISO instant of the hour's start. */
  hour: string;
  views: number;
}

export interface ArticleReadership {
  id: number;
  title: string;
  firstPublishedAt: Date | null;
  total: number;
  days: DayViews[];
  firstHours: HourViews[];
}

/** Days shown on an article's chart: from its first publication to today, the most recent at most. */
export const ARTICLE_CHART_DAYS = 60;
export const PERIOD_CHOICES = [1, 7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_CHOICES)[number];

/** A period chosen in an address (?days=7), or the default week. */
export function parsePeriod(value: unknown): PeriodDays {
  const n = typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  return (PERIOD_CHOICES as readonly number[]).includes(n) ? (n as PeriodDays) : 7;
}

function fillDays(rows: Array<{ day: string; views: number }>, from: string, to: string): DayViews[] {
  const byDay = new Map(rows.map((row) => [row.day, Number(row.views)]));
  return daysBetween(from, to).map((day) => ({ day, views: byDay.get(day) ?? 0 }));
}

export async function articleReadership(
  db: PrismaClient,
  actor: Actor,
  articleId: number,
  now: Date,
  timeZone: string,
): Promise<ArticleReadership> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, createdById: true, status: true, deletedAt: true, firstPublishedAt: true },
  });
  if (!article || !canViewArticle(actor, article)) throw notFound("article");
  const [dayRows, hourRows, total] = await Promise.all([
    db.$queryRaw<Array<{ day: string; views: number }>>`
      SELECT to_char("day", 'YYYY-MM-DD') AS day, "views" FROM "ArticleViewDay"
      WHERE "articleId" = ${articleId} AND "day" >= ${dayMinus(siteDay(now, timeZone), ARTICLE_CHART_DAYS - 1)}::date`,
    db.articleViewHour.findMany({ where: { articleId }, orderBy: { hour: "asc" }, take: 24 * 9 }),
    db.articleViewDay.aggregate({ where: { articleId }, _sum: { views: true } }),
  ]);
  const today = siteDay(now, timeZone);
  const first = article.firstPublishedAt;
  const firstDay = first ? siteDay(first, timeZone) : today;
  const from = firstDay > dayMinus(today, ARTICLE_CHART_DAYS - 1) ? firstDay : dayMinus(today, ARTICLE_CHART_DAYS - 1);
  const start = first ? hourStart(first).getTime() : 0;
  const byHour = new Map(hourRows.map((row) => [row.hour.getTime(), row.views]));
  const firstHours = first
    ? Array.from({ length: 48 }, (_, index) => {
        const at = start + index * 3_600_000;
        return { index, hour: new Date(at).toISOString(), views: byHour.get(at) ?? 0 };
      })
    : [];
  return {
    id: article.id,
    title: article.title,
    firstPublishedAt: first,
    total: total._sum.views ?? 0,
    days: first ? fillDays(dayRows, from, today) : [],
    firstHours,
  };
}

export interface TopArticle {
  id: number;
  title: string;
  section: string | null;
  views: number;
}

export interface TopGroup {
  id: number | null;
  name: string | null;
  views: number;
  topArticleId: number;
  topArticleTitle: string;
}

export interface DashboardReadership {
  /** True when the figures cover the whole site, false for one's own articles. */
  wholeSite: boolean;
  days: DayViews[];
  top: TopArticle[];
  bySection: TopGroup[];
  byPerson: TopGroup[];
}

const TOP = 10;

export async function dashboardReadership(
  db: PrismaClient,
  actor: Actor,
  periodDays: PeriodDays,
  now: Date,
  timeZone: string,
): Promise<DashboardReadership> {
  const wholeSite = can(actor, "readership.viewAll");
  const today = siteDay(now, timeZone);
  const from = dayMinus(today, periodDays - 1);
  const mine = wholeSite ? Prisma.empty : Prisma.sql`AND a."createdById" = ${actor.id ?? -1}`;
  const perArticle = Prisma.sql`
    SELECT v."articleId", SUM(v."views")::int AS views FROM "ArticleViewDay" v
    JOIN "Article" a ON a.id = v."articleId"
    WHERE v."day" >= ${from}::date ${mine}
    GROUP BY v."articleId"`;
  const [dayRows, top, bySection, byPerson] = await Promise.all([
    db.$queryRaw<Array<{ day: string; views: number }>>`
      SELECT to_char(v."day", 'YYYY-MM-DD') AS day, SUM(v."views")::int AS views
      FROM "ArticleViewDay" v JOIN "Article" a ON a.id = v."articleId"
      WHERE v."day" >= ${from}::date ${mine}
      GROUP BY v."day"`,
    db.$queryRaw<TopArticle[]>`
      WITH p AS (${perArticle})
      SELECT a.id, a.title, s.name AS section, p.views FROM p
      JOIN "Article" a ON a.id = p."articleId" LEFT JOIN "Section" s ON s.id = a."sectionId"
      ORDER BY p.views DESC, a.id DESC LIMIT ${TOP}`,
    db.$queryRaw<TopGroup[]>`
      WITH p AS (${perArticle})
      SELECT s.id, s.name, SUM(p.views)::int AS views,
        (array_agg(a.id ORDER BY p.views DESC, a.id DESC))[1] AS "topArticleId",
        (array_agg(a.title ORDER BY p.views DESC, a.id DESC))[1] AS "topArticleTitle"
      FROM p JOIN "Article" a ON a.id = p."articleId" LEFT JOIN "Section" s ON s.id = a."sectionId"
      GROUP BY s.id, s.name ORDER BY views DESC, s.id LIMIT ${TOP}`,
    // A person credited twice on one article (two roles) counts its views once.
    db.$queryRaw<TopGroup[]>`
      WITH p AS (${perArticle}),
        c AS (SELECT DISTINCT "articleId", "personId" FROM "Credit")
      SELECT pe.id, pe.name, SUM(p.views)::int AS views,
        (array_agg(a.id ORDER BY p.views DESC, a.id DESC))[1] AS "topArticleId",
        (array_agg(a.title ORDER BY p.views DESC, a.id DESC))[1] AS "topArticleTitle"
      FROM p JOIN c ON c."articleId" = p."articleId" JOIN "Person" pe ON pe.id = c."personId"
      JOIN "Article" a ON a.id = p."articleId"
      GROUP BY pe.id, pe.name ORDER BY views DESC, pe.id LIMIT ${TOP}`,
  ]);
  const numeric = <T extends { views: number }>(rows: T[]) => rows.map((row) => ({ ...row, views: Number(row.views) }));
  return {
    wholeSite,
    days: fillDays(dayRows, from, today),
    top: numeric(top),
    bySection: numeric(bySection),
    byPerson: numeric(byPerson),
  };
}
