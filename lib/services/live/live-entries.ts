// Entries of live coverage. Each write reaches readers at once: it expires the article (its page and
// the polled live.json) and the lists (feeds), and a published article's modified time moves, so
// feed readers see the item change.
import { recordEvent } from "@/lib/events/record";
import { readersSee } from "@/lib/events/visibility";
import { canPostLiveEntry } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bodyPlainText, type BodyDoc } from "@/lib/newsroom/body";
import { liveState } from "@/lib/newsroom/live";
import { audit, type AuditAction } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, type ServiceMessageKey } from "@/lib/services/errors";

export interface LiveEntryInput {
  body: BodyDoc;
  imageId: number | null;
  personId: number | null;
  credit: string | null;
}

const refusal: ServiceMessageKey = "live.editorsOnly";
const missingEntry = () => notFound("liveEntry");

async function checkReferences(tx: Prisma.TransactionClient, input: LiveEntryInput): Promise<void> {
  if (bodyPlainText(input.body).trim() === "" && input.imageId === null)
    throw invalid("live.bodyRequired", { body: ["live.bodyRequired"] });
  if (input.imageId !== null && !(await tx.media.findUnique({ where: { id: input.imageId }, select: { id: true } })))
    throw invalid("live.imageMissing", { imageId: ["live.imageMissing"] });
  if (input.personId !== null && !(await tx.person.findUnique({ where: { id: input.personId }, select: { id: true } })))
    throw invalid("live.personMissing", { personId: ["live.personMissingField"] });
}

const entryData = (input: LiveEntryInput) => ({
  body: JSON.parse(JSON.stringify(input.body)) as Prisma.InputJsonObject,
  imageId: input.imageId,
  personId: input.personId,
  credit: input.credit,
});

/** The article, locked, if this actor may write its live coverage. */
async function liveArticle(tx: Prisma.TransactionClient, ctx: ServiceContext, articleId: number) {
  const [locked] = await tx.$queryRaw<
    Array<{ id: number }>
  >`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  const article = locked ? await tx.article.findUnique({ where: { id: articleId } }) : null;
  if (!article || article.deletedAt) throw notFound();
  if (!canPostLiveEntry(ctx.actor, article)) throw forbidden(refusal);
  if (!article.isLive) throw invalid("live.notLive");
  return article;
}

/** Records the change and moves the article's modified time when readers can see it. */
async function touched(
  tx: Prisma.TransactionClient,
  ctx: ServiceContext,
  article: { id: number; status: string },
  action: AuditAction,
  details: Prisma.InputJsonObject,
): Promise<void> {
  if (article.status === "PUBLISHED")
    await tx.article.update({ where: { id: article.id }, data: { modifiedAt: ctx.now?.() ?? new Date() } });
  await audit(tx, ctx.actor, action, { articleId: article.id, details });
}

const expire = (ctx: ServiceContext, articleId: number) => ctx.onChange?.([TAGS.article(articleId), TAGS.articleLists]);

export async function addLiveEntry(ctx: ServiceContext, articleId: number, input: LiveEntryInput): Promise<number> {
  const now = ctx.now?.() ?? new Date();
  const id = await ctx.db.$transaction(async (tx) => {
    const article = await liveArticle(tx, ctx, articleId);
    if (liveState(article, now) === "closed") throw invalid("live.closed");
    await checkReferences(tx, input);
    const entry = await tx.liveEntry.create({
      data: { articleId, ...entryData(input), createdAt: now, updatedAt: now },
    });
    await touched(tx, ctx, article, "live.add", { entryId: entry.id, text: bodyPlainText(input.body).slice(0, 200) });
    const current = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
    // Receivers hear of entries readers can see: on a live article that is out.
    if (readersSee(current, now)) await recordEvent(tx, "live.entry_added", current, { entryId: entry.id, at: now });
    return entry.id;
  });
  expire(ctx, articleId);
  return id;
}

/** An entry that is not deleted, and its article checked as for a new entry (closed coverage may still be corrected). */
async function existingEntry(tx: Prisma.TransactionClient, ctx: ServiceContext, entryId: number) {
  const entry = await tx.liveEntry.findUnique({ where: { id: entryId }, select: { articleId: true, deletedAt: true } });
  if (!entry || entry.deletedAt) throw missingEntry();
  return liveArticle(tx, ctx, entry.articleId);
}

export async function updateLiveEntry(ctx: ServiceContext, entryId: number, input: LiveEntryInput): Promise<void> {
  const articleId = await ctx.db.$transaction(async (tx) => {
    const article = await existingEntry(tx, ctx, entryId);
    await checkReferences(tx, input);
    await tx.liveEntry.update({ where: { id: entryId }, data: entryData(input) });
    await touched(tx, ctx, article, "live.update", { entryId, text: bodyPlainText(input.body).slice(0, 200) });
    return article.id;
  });
  expire(ctx, articleId);
}

export async function pinLiveEntry(ctx: ServiceContext, entryId: number, pinned: boolean): Promise<void> {
  const articleId = await ctx.db.$transaction(async (tx) => {
    const article = await existingEntry(tx, ctx, entryId);
    await tx.liveEntry.update({ where: { id: entryId }, data: { pinned } });
    await touched(tx, ctx, article, "live.pin", { entryId, pinned });
    return article.id;
  });
  expire(ctx, articleId);
}

export async function deleteLiveEntry(ctx: ServiceContext, entryId: number): Promise<void> {
  const articleId = await ctx.db.$transaction(async (tx) => {
    const article = await existingEntry(tx, ctx, entryId);
    await tx.liveEntry.update({ where: { id: entryId }, data: { deletedAt: ctx.now?.() ?? new Date() } });
    await touched(tx, ctx, article, "live.delete", { entryId });
    return article.id;
  });
  expire(ctx, articleId);
}
