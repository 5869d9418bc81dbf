// Public reads, straight from the database. Only what readers may see ever leaves this module
// (lib/content/visibility.ts); lib/content/articles.ts wraps these in the cache.
import { publicArticleInclude, toPublicArticle, type PublicArticle } from "@/lib/content/article-view";
import { cardSelect, toArticleCard, type ArticleCard } from "@/lib/content/cards";
import { visibleTo } from "@/lib/content/visibility";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mediaIdsIn } from "@/lib/media/body-images";
import type { MediaRecord } from "@/lib/media/view";
import { MAX_ID, parseId, parseSlug } from "@/lib/validations/ids";

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

/** Whole articles, newest first: for feeds, which carry full content. */
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

/** Cards, newest first: what lists draw. */
export async function listCards(
  db: PrismaClient,
  now: Date,
  limit: number,
  filter: Prisma.ArticleWhereInput = {},
  orderBy: Prisma.ArticleOrderByWithRelationInput[] = newestFirst,
): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: { AND: [visibleTo(now), filter] },
    orderBy,
    take: limit,
    select: cardSelect,
  });
  return rows.map(toArticleCard);
}

/**
 * Articles before a position in (publishedAt, id) order. Written as `publishedAt <= t AND (publishedAt
 * < t OR id < n)` rather than the equivalent OR alone, so that the first half bounds an index range
 * scan: a page deep in a list costs what the first one does.
 */
export function before(cursor: Cursor): Prisma.ArticleWhereInput {
  return {
    AND: [
      { publishedAt: { lte: cursor.publishedAt } },
      { OR: [{ publishedAt: { lt: cursor.publishedAt } }, { id: { lt: cursor.id } }] },
    ],
  };
}

function after(cursor: Cursor): Prisma.ArticleWhereInput {
  return {
    AND: [
      { publishedAt: { gte: cursor.publishedAt } },
      { OR: [{ publishedAt: { gt: cursor.publishedAt } }, { id: { gt: cursor.id } }] },
    ],
  };
}

/** A position in a newest-first list: the last article shown (its publication time and id). */
export interface Cursor {
  publishedAt: Date;
  id: number;
}

export function encodeCursor(article: { publishedAt: string; id: number }): string {
  return `${new Date(article.publishedAt).getTime()}-${article.id}`;
}

/** 9999-12-31T23:59:59.999Z: no article is published later. */
const LAST_CURSOR_TIME = 253_402_300_799_999;

/** A cursor from an address (`?before=1659678480000-5`), or null when it cannot name a position. */
export function decodeCursor(value: unknown): Cursor | null {
  const match = typeof value === "string" ? /^(\d{1,15})-(\d{1,10})$/.exec(value) : null;
  const id = parseId(match?.[2]);
  const publishedAt = new Date(Number(match?.[1]));
  // Years past 9999 are valid in JavaScript and PostgreSQL but not in every driver's date format.
  const time = publishedAt.getTime();
  return id !== null && Number.isFinite(time) && time <= LAST_CURSOR_TIME ? { publishedAt, id } : null;
}

export interface ArticlePage {
  articles: ArticleCard[];
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
  const rows = await listCards(db, now, limit + 1, { AND: [filter, cursor ? before(cursor) : {}] });
  const articles = rows.slice(0, limit);
  const last = articles.at(-1);
  return { articles, next: rows.length > limit && last ? encodeCursor(last) : null };
}

/** Articles sharing a tag or the section, newest first. */
export async function listRelated(
  db: PrismaClient,
  article: PublicArticle,
  now: Date,
  limit: number,
): Promise<ArticleCard[]> {
  // One index walk per tag and one for the section, merged here: a single query with OR across the
  // tags' EXISTS and the section's join walks the newest articles and filters each (tens of ms at a
  // million articles); each of these is the query of a tag or section page, so it is indexed as they are.
  const sources: Prisma.ArticleWhereInput[] = [
    ...article.tags.map((tag) => ({ tags: { some: { tag: { slug: tag.slug } } } })),
    ...(article.section ? [{ section: { slug: article.section.slug } }] : []),
  ];
  if (sources.length === 0) return [];
  // Positions first, cards only for the few that are shown: each card brings its credits, section and
  // cover, and loading them for every candidate of every source tripled the queries of a page render.
  const candidates = await Promise.all(
    sources.map((where) =>
      db.article.findMany({
        where: { AND: [visibleTo(now), { id: { not: article.id } }, where] },
        orderBy: newestFirst,
        take: limit,
        select: { id: true, publishedAt: true },
      }),
    ),
  );
  const chosen = newestPositions(candidates.flat(), limit);
  if (chosen.length === 0) return [];
  // The same visibility again: an article may have been taken down between the two reads.
  return listCards(db, now, limit, { id: { in: chosen } });
}

/** The ids of the newest `limit` distinct positions, in (publishedAt, id) order, newest first. */
export function newestPositions(positions: Array<{ id: number; publishedAt: Date | null }>, limit: number): number[] {
  const byId = new Map(positions.map((position) => [position.id, position.publishedAt?.getTime() ?? 0]));
  return [...byId]
    .sort(([idA, atA], [idB, atB]) => (atA === atB ? idB - idA : atB - atA))
    .slice(0, limit)
    .map(([id]) => id);
}

/** The neighbours in publication order: the next older and the next newer article. */
export async function findAdjacent(db: PrismaClient, article: PublicArticle, now: Date) {
  const position = { publishedAt: new Date(article.publishedAt), id: article.id };
  const select = { id: true, title: true } as const;
  const [previous, next] = await Promise.all([
    db.article.findFirst({ where: { AND: [visibleTo(now), before(position)] }, orderBy: newestFirst, select }),
    db.article.findFirst({
      where: { AND: [visibleTo(now), after(position)] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select,
    }),
  ]);
  return { previous, next };
}

export interface HomePage {
  lead: ArticleCard | null;
  featured: ArticleCard[];
  latest: ArticleCard[];
  sections: Array<{ slug: string; name: string; articles: ArticleCard[] }>;
}

/** The front page: editors' picks lead (the most recently featured first), the newest fill in. */
export async function homePage(
  db: PrismaClient,
  now: Date,
  sizes = { featured: 4, latest: 12, perSection: 4 },
): Promise<HomePage> {
  const picks = await listCards(db, now, sizes.featured + 1, { featuredAt: { not: null } }, [
    { featuredAt: "desc" },
    { id: "desc" },
  ]);
  const newest = await listCards(db, now, sizes.latest + sizes.featured + 1);
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
      articles: await listCards(db, now, sizes.perSection, { sectionId: section.id }),
    })),
  );
  return { lead, featured, latest, sections: sections.filter((section) => section.articles.length > 0) };
}

export async function findSection(db: PrismaClient, slug: string) {
  if (parseSlug(slug) === null) return null;
  return db.section.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}

export async function listSections(db: PrismaClient) {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
}

export async function findTag(db: PrismaClient, slug: string) {
  if (parseSlug(slug) === null) return null;
  return db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export async function findPerson(db: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) return null;
  return db.person.findUnique({ where: { id }, select: { id: true, name: true, affiliation: true, bio: true } });
}

/** Whose articles a feed (or a list) carries: the whole site, a section, a tag or a person. */
export type ListScope =
  | { kind: "site" }
  | { kind: "section"; slug: string }
  | { kind: "tag"; slug: string }
  | { kind: "person"; id: number };

/** A feed's title subject and its newest whole articles, or null when the scope names nothing. */
export async function feedContent(
  db: PrismaClient,
  scope: ListScope,
  now: Date,
  limit: number,
): Promise<{ name: string | null; articles: PublicArticle[] } | null> {
  const latest = (filter: Prisma.ArticleWhereInput) => listPublishedArticles(db, now, limit, filter);
  if (scope.kind === "site") return { name: null, articles: await latest({}) };
  if (scope.kind === "section") {
    const section = await findSection(db, scope.slug);
    return section && { name: section.name, articles: await latest({ sectionId: section.id }) };
  }
  if (scope.kind === "tag") {
    const tag = await findTag(db, scope.slug);
    return tag && { name: tag.name, articles: await latest({ tags: { some: { tagId: tag.id } } }) };
  }
  const person = await findPerson(db, scope.id);
  return person && { name: person.name, articles: await latest({ credits: { some: { personId: person.id } } }) };
}
