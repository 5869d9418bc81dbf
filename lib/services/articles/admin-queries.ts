// Reads for the admin, filtered by what the actor may see.
import { canEditArticle, canViewArticleInAdmin, type Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseStoredBody } from "@/lib/newsroom/body";
import { notFound as notFoundError, forbidden } from "@/lib/services/errors";

export async function listArticlesForAdmin(db: PrismaClient, actor: Actor) {
  const mine = actor.role === "REPORTER" ? { createdById: actor.id ?? -1 } : {};
  return db.article.findMany({
    where: mine,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, title: true, status: true, publishedAt: true, updatedAt: true },
  });
}

export async function getArticleForEdit(db: PrismaClient, actor: Actor, id: number) {
  const article = await db.article.findUnique({
    where: { id },
    include: { credits: { orderBy: { position: "asc" }, include: { person: { select: { name: true } } } } },
  });
  if (!article) throw notFoundError();
  if (!canViewArticleInAdmin(actor, article)) throw forbidden("你不能查看这篇文章");
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    body: parseStoredBody(article.body),
    credits: article.credits.map((credit) => ({
      role: credit.role,
      name: credit.person.name,
      affiliation: credit.affiliation ?? "",
    })),
    editable: canEditArticle(actor, article),
  };
}
