import { articleSnapshotSchema } from "@/lib/newsroom/article-snapshot";
import { saveArticle, type SavedArticle } from "@/lib/services/articles/save-article";
import type { ServiceContext } from "@/lib/services/context";
import { notFound } from "@/lib/services/errors";

/** Restoring is a new save of an old snapshot: history only grows. */
export async function restoreRevision(
  ctx: ServiceContext,
  articleId: number,
  revisionId: number,
  expectedVersion: number,
): Promise<SavedArticle> {
  const revision = await ctx.db.revision.findFirst({ where: { id: revisionId, articleId } });
  if (!revision) throw notFound("revision");
  const content = articleSnapshotSchema.parse(revision.snapshot);
  return saveArticle(ctx, { ...content, id: articleId, version: expectedVersion, restoredFrom: revisionId });
}
