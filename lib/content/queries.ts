// Public reads, straight from the database. Only what readers may see ever leaves this module
// (lib/content/visibility.ts); lib/content/articles.ts wraps these in the cache.
import { publicArticleInclude, toPublicArticle, type PublicArticle } from "@/lib/content/article-view";
import { visibleTo } from "@/lib/content/visibility";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mediaIdsIn } from "@/lib/media/body-images";
import type { MediaRecord } from "@/lib/media/view";
import { parseId } from "@/lib/validations/ids";

export { visibleTo };

/** The library records of every image in these bodies, in one query. */
async function bodyMedia(db: PrismaClient, bodies: unknown[]): Promise<MediaRecord[]> {
  const ids = new Set<number>();
  for (const body of bodies) mediaIdsIn(body, ids);
  return ids.size ? db.media.findMany({ where: { id: { in: [...ids] } } }) : [];
}

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "desc" }];

/** Public views of rows loaded with publicArticleInclude, with their body images' resized copies. */
export async function toPublic(
  db: PrismaClient,
  rows: Prisma.ArticleGetPayload<{ include: typeof publicArticleInclude }>[],
) {
  const media = await bodyMedia(
    db,
    rows.map((row) => row.body),
  );
  return rows.map((row) => toPublicArticle(row, media));
}

export async function findPublishedArticle(db: PrismaClient, id: number, now: Date): Promise<PublicArticle | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.article.findFirst({ where: { id, ...visibleTo(now) }, include: publicArticleInclude });
  return row ? ((await toPublic(db, [row]))[0] ?? null) : null;
}

export interface Retraction {
  id: number;
  title: string;
  note: string | null;
  /** ISO instant. */
  at: string;
}

/** A retracted article's notice: it was public once, and its address now answers 410 Gone. */
export async function findRetraction(db: PrismaClient, id: number): Promise<Retraction | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.article.findFirst({
    where: { id, retractedAt: { not: null }, firstPublishedAt: { not: null }, deletedAt: null },
    select: { id: true, title: true, retractionNote: true, retractedAt: true },
  });
  return row?.retractedAt
    ? { id: row.id, title: row.title, note: row.retractionNote, at: row.retractedAt.toISOString() }
    : null;
}

export async function listPublishedArticles(
  db: PrismaClient,
  now: Date,
  limit: number,
  filter: Prisma.ArticleWhereInput = {},
): Promise<PublicArticle[]> {
  const rows = await db.article.findMany({
    where: { AND: [visibleTo(now), filter] },
    orderBy: newestFirst,
    take: limit,
    include: publicArticleInclude,
  });
  return toPublic(db, rows);
}

/** A position in a newest-first list: the last article shown (its publication time and id). */
export interface Cursor {
  publishedAt: Date;
  id: number;
}

export function encodeCursor(article: { publishedAt: string; id: number }): string {
  return `${new Date(article.publishedAt).getTime()}-${article.id}`;
}

/** A cursor from an address (`?before=1659678480000-5`), or null when it cannot name a position. */
export function decodeCursor(value: unknown): Cursor | null {
  const match = typeof value === "string" ? /^(\d{1,15})-(\d{1,10})$/.exec(value) : null;
  const id = parseId(match?.[2]);
  const publishedAt = new Date(Number(match?.[1]));
  return id !== null && Number.isFinite(publishedAt.getTime()) ? { publishedAt, id } : null;
}

export interface ArticlePage {
  articles: PublicArticle[];
  /** Cursor of the next (older) page, or null on the last page. */
  next: string | null;
}

/**
 * One page of a newest-first list, continuing after `cursor`. Keyset pagination: page 1,000 costs the
 * same index range scan as page 1, where OFFSET would read and discard every earlier row.
 */
export async function listPage(
  db: PrismaClient,
  now: Date,
  filter: Prisma.ArticleWhereInput,
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  const after: Prisma.ArticleWhereInput = cursor
    ? { OR: [{ publishedAt: { lt: cursor.publishedAt } }, { publishedAt: cursor.publishedAt, id: { lt: cursor.id } }] }
    : {};
  const rows = await db.article.findMany({
    where: { AND: [visibleTo(now), filter, after] },
    orderBy: newestFirst,
    take: limit + 1,
    include: publicArticleInclude,
  });
  const articles = await toPublic(db, rows.slice(0, limit));
  const last = articles.at(-1);
  return { articles, next: rows.length > limit && last ? encodeCursor(last) : null };
}

/** Articles sharing a tag or the section, newest first. */
export async function listRelated(
  db: PrismaClient,
  article: PublicArticle,
  now: Date,
  limit: number,
): Promise<PublicArticle[]> {
  const tagSlugs = article.tags.map((tag) => tag.slug);
  const related: Prisma.ArticleWhereInput[] = [
    ...(tagSlugs.length ? [{ tags: { some: { tag: { slug: { in: tagSlugs } } } } }] : []),
    ...(article.section ? [{ section: { slug: article.section.slug } }] : []),
  ];
  if (related.length === 0) return [];
  return listPublishedArticles(db, now, limit, { id: { not: article.id }, OR: related });
}

/** The neighbours in publication order: the next older and the next newer article. */
export async function findAdjacent(db: PrismaClient, article: PublicArticle, now: Date) {
  const at = new Date(article.publishedAt);
  const select = { id: true, title: true } as const;
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: {
        AND: [visibleTo(now), { OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: article.id } }] }],
      },
      orderBy: newestFirst,
      select,
    }),
    db.article.findFirst({
      where: {
        AND: [visibleTo(now), { OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: article.id } }] }],
      },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select,
    }),
  ]);
  return { previous, next };
}

export interface HomePage {
  lead: PublicArticle | null;
  featured: PublicArticle[];
  latest: PublicArticle[];
  sections: Array<{ slug: string; name: string; articles: PublicArticle[] }>;
}

/** The front page: editors' picks lead (the most recently featured first), the newest fill in. */
export async function homePage(
  db: PrismaClient,
  now: Date,
  sizes = { featured: 4, latest: 12, perSection: 4 },
): Promise<HomePage> {
  const picks = await listPublishedArticles(db, now, sizes.featured + 1, { featuredAt: { not: null } });
  picks.sort((a, b) => (b.featuredAt ?? "").localeCompare(a.featuredAt ?? ""));
  const newest = await listPublishedArticles(db, now, sizes.latest + sizes.featured + 1);
  const lead = picks[0] ?? newest[0] ?? null;
  const shown = new Set(lead ? [lead.id] : []);
  const featured = picks.filter((article) => !shown.has(article.id)).slice(0, sizes.featured);
  for (const article of featured) shown.add(article.id);
  const latest = newest.filter((article) => !shown.has(article.id)).slice(0, sizes.latest);
  const sectionRows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
  const sections = await Promise.all(
    sectionRows.map(async (section) => ({
      slug: section.slug,
      name: section.name,
      articles: await listPublishedArticles(db, now, sizes.perSection, { sectionId: section.id }),
    })),
  );
  return { lead, featured, latest, sections: sections.filter((section) => section.articles.length > 0) };
}

export async function findSection(db: PrismaClient, slug: string) {
  return db.section.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}

export async function listSections(db: PrismaClient) {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
}

export async function findTag(db: PrismaClient, slug: string) {
  return db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export async function findPerson(db: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.person.findUnique({ where: { id }, select: { id: true, name: true, affiliation: true, bio: true } });
}
