// Public reads, straight from the database. Only what readers may see ever leaves this module:
// published, not in the trash, and past any embargo. lib/content/*.ts wrap these in the cache.
import { publicArticleInclude, toPublicArticle, type PublicArticle } from "@/lib/content/article-view";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { mediaIdsIn } from "@/lib/media/body-images";
import type { MediaRecord } from "@/lib/media/view";

export function visibleTo(now: Date): Prisma.ArticleWhereInput {
  return {
    status: "PUBLISHED",
    deletedAt: null,
    OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
  };
}

/** The library records of every image in these bodies, in one query. */
async function bodyMedia(db: PrismaClient, bodies: unknown[]): Promise<MediaRecord[]> {
  const ids = new Set<number>();
  for (const body of bodies) mediaIdsIn(body, ids);
  return ids.size ? db.media.findMany({ where: { id: { in: [...ids] } } }) : [];
}

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "desc" }];

export async function findPublishedArticle(db: PrismaClient, id: number, now: Date): Promise<PublicArticle | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.article.findFirst({ where: { id, ...visibleTo(now) }, include: publicArticleInclude });
  return row ? toPublicArticle(row, await bodyMedia(db, [row.body])) : null;
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
  const media = await bodyMedia(
    db,
    rows.map((row) => row.body),
  );
  return rows.map((row) => toPublicArticle(row, media));
}

export async function findSection(db: PrismaClient, slug: string) {
  return db.section.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
}

export async function listSections(db: PrismaClient) {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true } });
}

export async function findTag(db: PrismaClient, slug: string) {
  return db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}

export async function findPerson(db: PrismaClient, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.person.findUnique({ where: { id }, select: { id: true, name: true, affiliation: true, bio: true } });
}
