// What search engines are told about: chunks of article URLs by id range (no OFFSET, so a chunk of a
// site with millions of articles costs the same as the first), recent news, and the listing pages.
import { visibleSql, visibleTo } from "@/lib/content/visibility";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Articles per sitemap file; the protocol allows 50,000. */
export const SITEMAP_CHUNK = 10_000;

// Results are plain JSON (times as ISO strings): they pass through the cache.

export async function sitemapChunks(
  db: PrismaClient,
  now: Date,
): Promise<Array<{ chunk: number; lastModified: string }>> {
  // One index range per block of ids, rather than one pass over every article.
  const rows = await db.$queryRaw<Array<{ chunk: number; lastmod: Date }>>`
    SELECT g.chunk::int AS chunk, m.lastmod
    FROM generate_series(0, (SELECT coalesce(max(id), 0) FROM "Article") / ${SITEMAP_CHUNK}) AS g(chunk)
    CROSS JOIN LATERAL (
      SELECT max(coalesce(a."modifiedAt", a."publishedAt")) AS lastmod FROM "Article" a
      WHERE a.id >= g.chunk * ${SITEMAP_CHUNK} AND a.id < (g.chunk + 1) * ${SITEMAP_CHUNK} AND ${visibleSql(now)}
    ) m
    WHERE m.lastmod IS NOT NULL
    ORDER BY 1`;
  return rows.map((row) => ({ chunk: row.chunk, lastModified: row.lastmod.toISOString() }));
}

export async function sitemapArticles(
  db: PrismaClient,
  chunk: number,
  now: Date,
): Promise<Array<{ id: number; lastModified: string }>> {
  const rows = await db.article.findMany({
    where: { ...visibleTo(now), id: { gte: chunk * SITEMAP_CHUNK, lt: (chunk + 1) * SITEMAP_CHUNK } },
    orderBy: { id: "asc" },
    select: { id: true, modifiedAt: true, publishedAt: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    lastModified: (row.modifiedAt ?? row.publishedAt ?? row.createdAt).toISOString(),
  }));
}

/** Google News wants the last two days only. */
export async function newsSitemapArticles(
  db: PrismaClient,
  now: Date,
): Promise<Array<{ id: number; title: string; publishedAt: string; keywords: string[] }>> {
  const rows = await db.article.findMany({
    where: { ...visibleTo(now), publishedAt: { gte: new Date(now.getTime() - 48 * 3_600_000), lte: now } },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: { id: true, title: true, publishedAt: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publishedAt: (row.publishedAt ?? now).toISOString(),
    keywords: row.tags.map((link) => link.tag.name),
  }));
}

export async function sitemapListings(db: PrismaClient) {
  const [sections, tags, people] = await Promise.all([
    db.section.findMany({ select: { slug: true }, orderBy: { id: "asc" } }),
    db.tag.findMany({ select: { slug: true }, orderBy: { id: "asc" }, where: { articles: { some: {} } } }),
    db.person.findMany({ select: { id: true }, orderBy: { id: "asc" }, where: { credits: { some: {} } } }),
  ]);
  return { sections, tags, people };
}
