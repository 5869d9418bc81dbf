import { canUnpublishArticle } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

/** Takes a published article off the public site; it stays in the admin and can be published again. */
export async function unpublishArticle(ctx: ServiceContext, id: number): Promise<void> {
  if (!canUnpublishArticle(ctx.actor)) throw forbidden("只有编辑可以撤回文章");
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article) throw notFound();
    if (article.status !== "PUBLISHED") throw invalid("这篇文章尚未发布");
    await tx.article.update({
      where: { id },
      data: { status: "UNPUBLISHED", version: { increment: 1 }, updatedById: ctx.actor.id },
    });
    await audit(tx, ctx.actor, "article.unpublish", { articleId: id });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}
