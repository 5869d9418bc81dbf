// What public pages and feeds get of an article: plain, JSON-safe data (it passes through the cache).
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import type { CreditLine } from "@/lib/newsroom/credits";

export const publicArticleInclude = {
  credits: { orderBy: { position: "asc" }, include: { person: { select: { id: true, name: true } } } },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof publicArticleInclude }>;

export interface PublicCredit extends CreditLine {
  personId: number;
}

export interface PublicArticle {
  id: number;
  title: string;
  source: string | null;
  /** ISO 8601 instant. */
  publishedAt: string;
  /** ISO 8601 instant of the last change readers can see. */
  updatedAt: string;
  credits: PublicCredit[];
  body: BodyDoc;
}

export function toPublicArticle(row: ArticleRow): PublicArticle {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    credits: row.credits.map((credit) => ({
      personId: credit.person.id,
      name: credit.person.name,
      role: credit.role,
      affiliation: credit.affiliation,
    })),
    body: parseStoredBody(row.body),
  };
}

export function articlePath(id: number): string {
  return `/articles/${id}`;
}
