// Public reads, straight from the database. Only published articles ever leave this module;
// lib/content/articles.ts wraps these in the cache for pages and feeds.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicArticleInclude, toPublicArticle, type PublicArticle } from "@/lib/content/article-view";

const published = { status: "PUBLISHED" } as const;

export async function findPublishedArticle(db: PrismaClient, id: number): Promise<PublicArticle | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.article.findFirst({ where: { id, ...published }, include: publicArticleInclude });
  return row ? toPublicArticle(row) : null;
}

export async function listPublishedArticles(db: PrismaClient, limit: number): Promise<PublicArticle[]> {
  const rows = await db.article.findMany({
    where: published,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: publicArticleInclude,
  });
  return rows.map(toPublicArticle);
}
