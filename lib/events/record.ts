// Writes a domain event into the outbox. Call it inside the transaction of the change, so that the
// event exists if and only if the change committed.
import { env } from "@/lib/env";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import type { ArticleSummary, DomainEventType } from "@/lib/events/types";

type SummaryColumns = Pick<Article, "id" | "title" | "status" | "publishedAt" | "modifiedAt">;

export function articleSummary(article: SummaryColumns): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    // The public address (lib/content/article-view.ts articlePath), without importing the page layer.
    url: `${env.siteUrl}/articles/${article.id}`,
    status: article.status,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    modifiedAt: (article.modifiedAt ?? article.publishedAt)?.toISOString() ?? null,
  };
}

export async function recordEvent(
  tx: Prisma.TransactionClient,
  type: DomainEventType,
  article: SummaryColumns,
  extra: { entryId?: number; at?: Date } = {},
): Promise<void> {
  const payload: Prisma.InputJsonObject = {
    article: { ...articleSummary(article) },
    ...(extra.entryId === undefined ? {} : { entryId: extra.entryId }),
  };
  await tx.domainEvent.create({
    data: { type, articleId: article.id, payload, occurredAt: extra.at ?? new Date() },
  });
}

const CROSSINGS: DomainEventType[] = [
  "article.published",
  "article.unpublished",
  "article.retracted",
  "article.trashed",
];

/**
 * Whether receivers were last told the article went public. The scheduler's embargo end uses it: an
 * article published after its embargo time, or saved again since (which re-arms the announcement),
 * was already announced and must not be twice.
 */
export async function lastToldPublished(tx: Prisma.TransactionClient, articleId: number): Promise<boolean> {
  const last = await tx.domainEvent.findFirst({
    where: { articleId, type: { in: CROSSINGS } },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { type: true },
  });
  return last?.type === "article.published";
}

/** Re-reads the article inside the transaction and records the event (for raw SQL updates). */
export async function recordEventFor(
  tx: Prisma.TransactionClient,
  type: DomainEventType,
  articleId: number,
  at?: Date,
): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, title: true, status: true, publishedAt: true, modifiedAt: true },
  });
  await recordEvent(tx, type, article, { at });
}
