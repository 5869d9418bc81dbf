// Editors' decisions about how a published article is presented: featured on the home page, or
// retracted for good (its address then answers 410 Gone with the notice).
import { canDecideArticle } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { recordEvent } from "@/lib/events/record";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

export async function setFeatured(ctx: ServiceContext, id: number, featured: boolean): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || article.deletedAt) throw notFound();
    if (!canDecideArticle(ctx.actor, article)) throw forbidden("featureEditorsOnly");
    if (featured && article.status !== "PUBLISHED") throw invalid("featurePublishedOnly");
    await tx.article.update({ where: { id }, data: { featuredAt: featured ? (ctx.now?.() ?? new Date()) : null } });
    await audit(tx, ctx.actor, featured ? "article.feature" : "article.unfeature", { articleId: id });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}

export async function retractArticle(ctx: ServiceContext, id: number, note: string): Promise<void> {
  const text = note.trim();
  if (!text) throw invalid("retractionNoteRequired", { note: ["retractionNoteField"] });
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || article.deletedAt) throw notFound();
    if (!canDecideArticle(ctx.actor, article)) throw forbidden("retractEditorsOnly");
    if (!article.firstPublishedAt) throw invalid("retractNeverPublished");
    if (article.retractedAt) throw invalid("alreadyRetracted");
    const retracted = await tx.article.update({
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
    await recordEvent(tx, "article.retracted", retracted, { at: retracted.retractedAt ?? undefined });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}
