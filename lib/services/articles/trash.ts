// Deleting moves an article to the trash; an editor can restore it; only an admin empties the trash.
import { can, canRestoreFromTrash, canTrashArticle } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { recordEvent } from "@/lib/events/record";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, notFound } from "@/lib/services/errors";

export async function trashArticle(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || article.deletedAt) throw notFound();
    if (!canTrashArticle(ctx.actor, article)) throw forbidden("cannotDelete");
    const trashed = await tx.article.update({
      where: { id },
      data: { deletedAt: ctx.now?.() ?? new Date(), updatedById: ctx.actor.id },
    });
    await audit(tx, ctx.actor, "article.delete", {
      articleId: id,
      details: { status: article.status, title: article.title },
    });
    await recordEvent(tx, "article.trashed", trashed, { at: trashed.deletedAt ?? undefined });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}

export async function restoreFromTrash(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id } });
    if (!article || !article.deletedAt) throw notFound("trashedArticle");
    if (!canRestoreFromTrash(ctx.actor, article)) throw forbidden("restoreEditorsOnly");
    await tx.article.update({ where: { id }, data: { deletedAt: null, updatedById: ctx.actor.id } });
    await audit(tx, ctx.actor, "article.restore", { articleId: id });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
}

/** Deletes for good every article in the trash; returns how many. */
export async function emptyTrash(ctx: ServiceContext): Promise<number> {
  if (!can(ctx.actor, "trash.empty")) throw forbidden("emptyTrashAdminsOnly");
  return ctx.db.$transaction(async (tx) => {
    const doomed = await tx.article.findMany({
      where: { deletedAt: { not: null } },
      select: { id: true, title: true },
    });
    await tx.article.deleteMany({ where: { id: { in: doomed.map((article) => article.id) } } });
    await audit(tx, ctx.actor, "trash.empty", {
      details: { count: doomed.length, titles: doomed.map((a) => a.title) },
    });
    return doomed.length;
  });
}
