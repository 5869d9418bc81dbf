// Full-text search over published articles (title, summary, body, people), ranked, with filters by
// section and date, paginated. Works the same on the server PostgreSQL and the embedded one.
import { publicArticleInclude, type PublicArticle } from "@/lib/content/article-view";
import { toPublic } from "@/lib/content/queries";
import { visibleSql } from "@/lib/content/visibility";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { bodyPlainText } from "@/lib/newsroom/body";
import { snippet, type SnippetPart } from "@/lib/search/snippet";
import { queryTokens, tsQuery } from "@/lib/search/tokens";

export const SEARCH_PAGE_SIZE = 20;
/**
 * How many matches are ranked: the newest ones. A word in every other article would otherwise mean
 * ranking (and counting) a million rows per search; news readers look for recent coverage, and the
 * newest thousand matches of a common word hold it. Beyond that, the total reads "more than".
 */
export const SEARCH_WINDOW = 1000;

export interface SearchFilters {
  q: string;
  sectionId?: number;
  from?: Date;
  to?: Date;
  page?: number;
}

export interface SearchHit {
  article: PublicArticle;
  snippet: SnippetPart[];
  titleParts: SnippetPart[];
}

export interface SearchResults {
  /** Matches, counted up to SEARCH_WINDOW. */
  total: number;
  /** More matches exist than were counted. */
  more: boolean;
  page: number;
  pages: number;
  terms: string[];
  hits: SearchHit[];
}

export async function searchArticles(db: PrismaClient, filters: SearchFilters, now: Date): Promise<SearchResults> {
  const query = queryTokens(filters.q);
  const page = Math.max(1, filters.page ?? 1);
  if (query.tokens.length === 0) return { total: 0, more: false, page, pages: 0, terms: [], hits: [] };
  const conditions = [
    Prisma.sql`a."searchVector" @@ q.query`,
    visibleSql(now),
    filters.sectionId ? Prisma.sql`a."sectionId" = ${filters.sectionId}` : Prisma.empty,
    filters.from ? Prisma.sql`a."publishedAt" >= ${filters.from}` : Prisma.empty,
    filters.to ? Prisma.sql`a."publishedAt" < ${filters.to}` : Prisma.empty,
  ].filter((condition) => condition !== Prisma.empty);
  const where = Prisma.join(conditions, " AND ");
  const from = Prisma.sql`FROM "Article" a, to_tsquery('simple', ${tsQuery(query)}) AS q(query)`;

  // The newest matches first (the planner walks the publication-time index for a common word, or the
  // GIN index for a rare one), then ranked among themselves.
  const window = Prisma.sql`SELECT a.id, a."publishedAt", ts_rank_cd(a."searchVector", q.query) AS rank
    ${from} WHERE ${where} ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${SEARCH_WINDOW + 1}`;
  const [counted, ranked] = await Promise.all([
    db.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total FROM (${window}) w`,
    db.$queryRaw<Array<{ id: number }>>`SELECT w.id FROM (${window}) w
      ORDER BY w.rank DESC, w."publishedAt" DESC, w.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
  ]);
  const more = Number(counted[0]?.total ?? 0) > SEARCH_WINDOW;
  const total = Math.min(Number(counted[0]?.total ?? 0), SEARCH_WINDOW);
  const rows = await db.article.findMany({
    where: { id: { in: ranked.map((row) => row.id) } },
    include: publicArticleInclude,
  });
  const byId = new Map((await toPublic(db, rows)).map((article) => [article.id, article]));
  const hits = ranked.flatMap(({ id }) => {
    const article = byId.get(id);
    if (!article) return [];
    const text = [article.summary, bodyPlainText(article.body)].filter(Boolean).join(" ");
    return [{ article, snippet: snippet(text, query.terms), titleParts: snippet(article.title, query.terms) }];
  });
  return { total, more, page, pages: Math.ceil(total / SEARCH_PAGE_SIZE), terms: query.terms, hits };
}
