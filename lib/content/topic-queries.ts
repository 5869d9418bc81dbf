// Public reads of topics (专题), straight from the database; lib/content/topics.ts caches them. A topic
// lists its articles in the editor's order, and only those readers may see (lib/content/visibility.ts):
// a draft, an embargoed or a retracted article in a topic is simply not there.
import { parseSlug } from "@/lib/validations/ids";
import { publicArticleInclude, type PublicArticle } from "@/lib/content/article-view";
import { cardSelect, mediaViewSelect, toArticleCard, type ArticleCard } from "@/lib/content/cards";
import { toPublic } from "@/lib/content/queries";
import { visibleTo } from "@/lib/content/visibility";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { publicMediaUrl } from "@/lib/media/storage";
import { toMediaImage, type MediaImage } from "@/lib/media/view";
import { parseId } from "@/lib/validations/ids";

export interface PublicTopic {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  cover: MediaImage | null;
  /** ISO 8601 instant of the last change to the topic itself. */
  updatedAt: string;
}

/** A position in a topic's order: the last article shown (its place and id). */
export interface TopicCursor {
  position: number;
  articleId: number;
}

export interface TopicPage {
  topic: PublicTopic;
  articles: ArticleCard[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
}

// Written like the article lists' cursor (`<number>-<id>`), so the same `?before=` rewrite serves it.
export const encodeTopicCursor = (cursor: TopicCursor): string => `${cursor.position}-${cursor.articleId}`;

export function decodeTopicCursor(value: unknown): TopicCursor | null {
  const match = typeof value === "string" ? /^(\d{1,10})-(\d{1,10})$/.exec(value) : null;
  const articleId = parseId(match?.[2]);
  const position = Number(match?.[1]);
  return articleId !== null && Number.isSafeInteger(position) && position <= 2_147_483_647
    ? { position, articleId }
    : null;
}

export const topicSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  updatedAt: true,
  cover: { select: mediaViewSelect },
} satisfies Prisma.TopicSelect;

export async function findTopic(db: PrismaClient, slug: string): Promise<PublicTopic | null> {
  // An address's slug may hold anything (NUL, control characters): such a slug names no topic.
  if (parseSlug(slug) === null) return null;
  const row = await db.topic.findUnique({ where: { slug }, select: topicSelect });
  return row && toPublicTopic(row);
}

export function toPublicTopic(row: Prisma.TopicGetPayload<{ select: typeof topicSelect }>): PublicTopic {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    cover: row.cover ? toMediaImage(row.cover, publicMediaUrl) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * After a cursor in (position, articleId) order, written as `position >= p AND (position > p OR
 * articleId > a)` so that the first half bounds the range of the (topicId, position, articleId) index.
 */
function after(cursor: TopicCursor): Prisma.TopicArticleWhereInput {
  return {
    AND: [
      { position: { gte: cursor.position } },
      { OR: [{ position: { gt: cursor.position } }, { articleId: { gt: cursor.articleId } }] },
    ],
  };
}

/**
 * One page of a topic's visible articles in the editor's order, continuing after `cursor`. The links
 * are walked in order by their own index, and the articles fetched by id: neither read ever scans the
 * articles. Links to articles readers may not see are skipped, batch after batch, until the page is full.
 */
export async function topicPage(
  db: PrismaClient,
  slug: string,
  cursor: TopicCursor | null,
  now: Date,
  limit: number,
): Promise<TopicPage | null> {
  const topic = await findTopic(db, slug);
  if (!topic) return null;
  const found: Array<{ link: TopicCursor; card: ArticleCard }> = [];
  let from = cursor;
  for (;;) {
    const links = await db.topicArticle.findMany({
      where: { AND: [{ topicId: topic.id }, from ? after(from) : {}] },
      orderBy: [{ position: "asc" }, { articleId: "asc" }],
      take: limit + 1,
      select: { position: true, articleId: true },
    });
    const rows = links.length
      ? await db.article.findMany({
          where: { AND: [visibleTo(now), { id: { in: links.map((link) => link.articleId) } }] },
          select: cardSelect,
        })
      : [];
    const cards = new Map(rows.map((row) => [row.id, toArticleCard(row)]));
    for (const link of links) {
      const card = cards.get(link.articleId);
      if (card && found.length <= limit) found.push({ link, card });
    }
    const last = links.at(-1);
    if (found.length > limit || links.length <= limit || !last) break;
    from = last;
  }
  const shown = found.slice(0, limit);
  const last = shown.at(-1);
  return {
    topic,
    articles: shown.map((item) => item.card),
    next: found.length > limit && last ? encodeTopicCursor(last.link) : null,
  };
}

/** A topic's feed: its visible articles, whole, newest first (what feed readers expect). */
export async function topicFeedContent(
  db: PrismaClient,
  slug: string,
  now: Date,
  limit: number,
): Promise<{ name: string; articles: PublicArticle[] } | null> {
  const topic = await findTopic(db, slug);
  if (!topic) return null;
  const rows = await db.article.findMany({
    where: { AND: [visibleTo(now), { topics: { some: { topicId: topic.id } } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: publicArticleInclude,
  });
  return { name: topic.title, articles: await toPublic(db, rows) };
}

/** The topics an article is in, for the links on its page. */
export async function articleTopics(
  db: PrismaClient,
  articleId: number,
): Promise<Array<{ slug: string; title: string }>> {
  if (!Number.isSafeInteger(articleId) || articleId <= 0) return [];
  // One query (a semi-join), not the link rows and then their topics: this runs on every article render.
  return db.topic.findMany({
    where: { articles: { some: { articleId } } },
    orderBy: { id: "asc" },
    select: { slug: true, title: true },
  });
}

/** Every topic that shows at least one article, for the sitemap. */
export async function sitemapTopics(
  db: PrismaClient,
  now: Date,
): Promise<Array<{ slug: string; lastModified: string }>> {
  const rows = await db.topic.findMany({
    where: { articles: { some: { article: visibleTo(now) } } },
    orderBy: { id: "asc" },
    select: { slug: true, updatedAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, lastModified: row.updatedAt.toISOString() }));
}

export const topicPath = (slug: string) => `/topics/${encodeURIComponent(slug)}`;
