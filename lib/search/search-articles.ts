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
  total: number;
  page: number;
  pages: number;
  terms: string[];
  hits: SearchHit[];
}

export async function searchArticles(db: PrismaClient, filters: SearchFilters, now: Date): Promise<SearchResults> {
  const query = queryTokens(filters.q);
  const page = Math.max(1, filters.page ?? 1);
  if (query.tokens.length === 0) return { total: 0, page, pages: 0, terms: [], hits: [] };
  const conditions = [
    Prisma.sql`a."searchVector" @@ q.query`,
    visibleSql(now),
    filters.sectionId ? Prisma.sql`a."sectionId" = ${filters.sectionId}` : Prisma.empty,
    filters.from ? Prisma.sql`a."publishedAt" >= ${filters.from}` : Prisma.empty,
    filters.to ? Prisma.sql`a."publishedAt" < ${filters.to}` : Prisma.empty,
  ].filter((condition) => condition !== Prisma.empty);
  const where = Prisma.join(conditions, " AND ");
  const from = Prisma.sql`FROM "Article" a, to_tsquery('simple', ${tsQuery(query)}) AS q(query)`;

  const [counted, ranked] = await Promise.all([
    db.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total ${from} WHERE ${where}`,
    db.$queryRaw<Array<{ id: number }>>`SELECT a.id ${from} WHERE ${where}
      ORDER BY ts_rank_cd(a."searchVector", q.query) DESC, a."publishedAt" DESC, a.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
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
  return { total, page, pages: Math.ceil(total / SEARCH_PAGE_SIZE), terms: query.terms, hits };
}
