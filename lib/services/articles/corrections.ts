// A correction or update is a dated public note on a published article; it changes the article's
// modified time, so pages and feed items change and subscribers notice.
import { canDecideArticle } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { CorrectionKind } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/events/record";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

export async function addCorrection(
  ctx: ServiceContext,
  articleId: number,
  input: { kind: CorrectionKind; text: string },
): Promise<void> {
  const text = input.text.trim();
  if (!text) throw invalid("correctionRequired", { text: ["correctionRequired"] });
  const now = ctx.now?.() ?? new Date();
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId } });
    if (!article || article.deletedAt) throw notFound();
    if (!canDecideArticle(ctx.actor, article)) throw forbidden("correctionsEditorsOnly");
    if (article.status !== "PUBLISHED") throw invalid("correctionsPublishedOnly");
    await tx.correction.create({ data: { articleId, kind: input.kind, text, authorId: ctx.actor.id, createdAt: now } });
    const corrected = await tx.article.update({ where: { id: articleId }, data: { modifiedAt: now } });
    await audit(tx, ctx.actor, "article.correct", { articleId, details: { kind: input.kind, text } });
    await recordEvent(tx, "article.corrected", corrected, { at: now });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(articleId)]);
}
