// Editors' decisions about how a published article is presented: featured on the home page, or
// retracted for good (its address then answers 410 Gone with the notice).
import { canDecideArticle } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

export async function setFeatured(ctx: ServiceContext, id: number, featured: boolean): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || article.deletedAt) throw notFound();
    if (!canDecideArticle(ctx.actor, article)) throw forbidden("只有编辑可以推荐文章");
    if (featured && article.status !== "PUBLISHED") throw invalid("只有已发布的文章可以上首页推荐");
    await tx.article.update({ where: { id }, data: { featuredAt: featured ? (ctx.now?.() ?? new Date()) : null } });
    await audit(tx, ctx.actor, featured ? "article.feature" : "article.unfeature", { articleId: id });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}

export async function retractArticle(ctx: ServiceContext, id: number, note: string): Promise<void> {
  const text = note.trim();
  if (!text) throw invalid("请写明撤稿说明,读者会看到它", { note: ["请写明撤稿说明"] });
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || article.deletedAt) throw notFound();
    if (!canDecideArticle(ctx.actor, article)) throw forbidden("只有编辑可以撤稿");
    if (!article.firstPublishedAt) throw invalid("从未发布过的文章无需撤稿");
    if (article.retractedAt) throw invalid("这篇文章已经撤稿");
    await tx.article.update({
      where: { id },
      data: {
        retractedAt: ctx.now?.() ?? new Date(),
        retractionNote: text,
        featuredAt: null,
        version: { increment: 1 },
        updatedById: ctx.actor.id,
      },
    });
    await audit(tx, ctx.actor, "article.retract", { articleId: id, details: { note: text } });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}
