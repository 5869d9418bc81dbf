// What the admin's topic screens read: every article, whatever readers may see.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export function listTopicsForAdmin(db: PrismaClient) {
  return db.topic.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, slug: true, title: true, _count: { select: { articles: true } } },
  });
}

export async function topicForAdmin(db: PrismaClient, id: number) {
  return db.topic.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      coverId: true,
      articles: {
        orderBy: [{ position: "asc" }, { articleId: "asc" }],
        select: { article: { select: { id: true, title: true, status: true, deletedAt: true } } },
      },
    },
  });
}

/** Articles to add to a topic: a number finds that article, words find titles containing them. */
export async function searchArticlesForTopic(db: PrismaClient, query: string) {
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const id = /^\d{1,10}$/.test(q) ? Number(q) : null;
  return db.article.findMany({
    where: { deletedAt: null, OR: [{ title: { contains: q, mode: "insensitive" } }, ...(id ? [{ id }] : [])] },
    orderBy: { id: "desc" },
    take: 20,
    select: { id: true, title: true, status: true },
  });
}
