// Reads for the content API (/api/v1), straight from the database; lib/content/api.ts caches them.
// The same rule as every public read (lib/content/visibility.ts): drafts, scheduled, embargoed,
// trashed and retracted articles never leave this module, and neither do the people and tags that
// only such articles carry (a correspondent credited on an embargoed story is news before its time).
import { publicArticleInclude, type PublicArticle } from "@/lib/content/article-view";
import { before, toPublic, type Cursor } from "@/lib/content/queries";
import { topicSelect, toPublicTopic, type PublicTopic } from "@/lib/content/topic-queries";
import { visibleTo } from "@/lib/content/visibility";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_ID } from "@/lib/validations/ids";

export interface ApiArticleFilter {
  sectionId?: number;
  tagId?: number;
  personId?: number;
  /** ISO instant: articles modified (or published) at or after it. */
  updatedSince?: string;
}

export interface ArticleTopicLink {
  id: number;
  slug: string;
  title: string;
}

export interface ApiArticleRecord {
  article: PublicArticle;
  topics: ArticleTopicLink[];
}

export interface ApiArticlePage {
  items: ApiArticleRecord[];
  /** The last article shown, when there are more. */
  next: { publishedAt: string; id: number } | null;
}

function whereOf(filter: ApiArticleFilter): Prisma.ArticleWhereInput {
  const since = filter.updatedSince ? new Date(filter.updatedSince) : undefined;
  return {
    AND: [
      filter.sectionId ? { sectionId: filter.sectionId } : {},
      filter.tagId ? { tags: { some: { tagId: filter.tagId } } } : {},
      filter.personId ? { credits: { some: { personId: filter.personId } } } : {},
      // An article never modified since it went out has no modifiedAt: its publication counts.
      since ? { OR: [{ modifiedAt: { gte: since } }, { modifiedAt: null, publishedAt: { gte: since } }] } : {},
    ],
  };
}

/** The topics of these articles, in one query. */
async function topicsOf(db: PrismaClient, ids: number[]): Promise<Map<number, ArticleTopicLink[]>> {
  const links = ids.length
    ? await db.topicArticle.findMany({
        where: { articleId: { in: ids } },
        orderBy: { topicId: "asc" },
        select: { articleId: true, topic: { select: { id: true, slug: true, title: true } } },
      })
    : [];
  const byArticle = new Map<number, ArticleTopicLink[]>();
  for (const link of links) byArticle.set(link.articleId, [...(byArticle.get(link.articleId) ?? []), link.topic]);
  return byArticle;
}

async function withTopics(db: PrismaClient, articles: PublicArticle[]): Promise<ApiArticleRecord[]> {
  const topics = await topicsOf(
    db,
    articles.map((article) => article.id),
  );
  return articles.map((article) => ({ article, topics: topics.get(article.id) ?? [] }));
}

/** Whole articles newest first, after `cursor`: keyset pagination on (publishedAt, id), as the site's lists. */
export async function apiArticlePage(
  db: PrismaClient,
  now: Date,
  filter: ApiArticleFilter,
  cursor: Cursor | null,
  limit: number,
): Promise<ApiArticlePage> {
  const rows = await db.article.findMany({
    where: { AND: [visibleTo(now), whereOf(filter), cursor ? before(cursor) : {}] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: publicArticleInclude,
  });
  const articles = await toPublic(db, rows.slice(0, limit));
  const last = articles.at(-1);
  return {
    items: await withTopics(db, articles),
    next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}

export async function apiArticle(db: PrismaClient, id: number, now: Date): Promise<ApiArticleRecord | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) return null;
  const row = await db.article.findFirst({ where: { id, ...visibleTo(now) }, include: publicArticleInclude });
  if (!row) return null;
  return (await withTopics(db, await toPublic(db, [row])))[0] ?? null;
}

/** A person or tag is public once a visible article carries them. */
const creditedVisibly = (now: Date): Prisma.PersonWhereInput => ({ credits: { some: { article: visibleTo(now) } } });
const taggedVisibly = (now: Date): Prisma.TagWhereInput => ({ articles: { some: { article: visibleTo(now) } } });

const personSelect = { id: true, name: true, affiliation: true, bio: true } satisfies Prisma.PersonSelect;
export type ApiPersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;

/** People in id order after `afterId`; one more than `limit` says there is a next page. */
export async function apiPeople(db: PrismaClient, now: Date, afterId: number, limit: number): Promise<ApiPersonRow[]> {
  return db.person.findMany({
    where: { AND: [creditedVisibly(now), { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: personSelect,
  });
}

export async function apiPerson(db: PrismaClient, id: number, now: Date): Promise<ApiPersonRow | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) return null;
  return db.person.findFirst({ where: { AND: [{ id }, creditedVisibly(now)] }, select: personSelect });
}

export async function apiTags(db: PrismaClient, now: Date, afterId: number, limit: number) {
  return db.tag.findMany({
    where: { AND: [taggedVisibly(now), { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: { id: true, slug: true, name: true },
  });
}

export async function apiTag(db: PrismaClient, slug: string, now: Date) {
  return db.tag.findFirst({
    where: { AND: [{ slug }, taggedVisibly(now)] },
    select: { id: true, slug: true, name: true },
  });
}

export async function apiSections(db: PrismaClient) {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, description: true },
  });
}

/** Topics that show at least one article readers may see (as the sitemap lists them), in id order. */
export async function apiTopics(db: PrismaClient, now: Date, afterId: number, limit: number): Promise<PublicTopic[]> {
  const rows = await db.topic.findMany({
    where: { AND: [{ articles: { some: { article: visibleTo(now) } } }, { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: topicSelect,
  });
  return rows.map(toPublicTopic);
}
