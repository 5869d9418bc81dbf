// Moves an article through the workflow (lib/newsroom/workflow.ts), checking who may and leaving an
// audit entry for every editorial decision.
import { canDecideArticle, canSubmitArticle, type Actor } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { bodyImages, imageName } from "@/lib/media/body-images";
import { blockText, parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import { nextStatus, type WorkflowAction } from "@/lib/newsroom/workflow";
import { recordEvent } from "@/lib/events/record";
import { visibilityEvent } from "@/lib/events/visibility";
import { audit, type AuditAction } from "@/lib/services/audit";
import { invalidateAllSignOffs } from "@/lib/services/review/chain";
import { checkReviewGate } from "@/lib/services/review/gate";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say, ServiceError, type FieldSayings } from "@/lib/services/errors";
import { checkTakedownTime } from "@/lib/services/articles/takedown-time";
import { checkWordsForRelease } from "@/lib/services/sensitive-words/check-article";
import type { WordStep } from "@/lib/services/sensitive-words/describe-hits";

export interface TransitionRequest {
  action: WorkflowAction;
  /** For schedule: when to publish. */
  at?: Date | null;
  /** For sendBack: what the reporter should change. */
  note?: string | null;
  /** The person has seen the warn-level sensitive-word hits (lib/services/sensitive-words). */
  acknowledgeWarnings?: boolean;
  /** For publish and schedule: an admin's written reason for going past an incomplete review chain. */
  overrideReason?: string | null;
}

export interface TransitionOptions {
  /** The service already checked that the actor may take this step (a review stage's send-back). */
  authorized?: boolean;
}

/** The steps that let an article out, and how a refusal names them. */
const WORD_CHECKED: Partial<Record<WorkflowAction, WordStep>> = {
  publish: "publish",
  schedule: "schedule",
  submit: "submit",
};

const AUDITED: Partial<Record<WorkflowAction, AuditAction>> = {
  publish: "article.publish",
  unpublish: "article.unpublish",
  schedule: "article.schedule",
  sendBack: "article.sendBack",
  archive: "article.archive",
  submit: "article.submit",
  unarchive: "article.unarchive",
};

/**
 * Readers who cannot see an image hear its alt text, so an article goes out only when every image it
 * shows has one: the cover, and each body image (its own alt, or failing that its library record's).
 */
async function checkImagesDescribed(tx: Prisma.TransactionClient, article: Article, body: BodyDoc): Promise<void> {
  const images = bodyImages(body);
  const ids = new Set(images.flatMap((image) => (image.attrs.mediaId ? [image.attrs.mediaId] : [])));
  if (article.coverMediaId !== null) ids.add(article.coverMediaId);
  const media = ids.size
    ? await tx.media.findMany({ where: { id: { in: [...ids] } }, select: { id: true, alt: true, originalName: true } })
    : [];
  const byId = new Map(media.map((record) => [record.id, record]));

  const cover = article.coverMediaId === null ? undefined : byId.get(article.coverMediaId);
  const coverMissing = cover && cover.alt.trim() === "" ? [say("coverImage", { name: imageName(cover) })] : [];
  const bodyMissing = images.flatMap((image, index) => {
    const record = image.attrs.mediaId ? byId.get(image.attrs.mediaId) : undefined;
    if (image.attrs.alt.trim() !== "" || (record && record.alt.trim() !== "")) return [];
    return [say("bodyImage", { n: index + 1, name: imageName({ ...record, src: image.attrs.src }) })];
  });
  if (coverMissing.length === 0 && bodyMissing.length === 0) return;

  const fieldErrors: FieldSayings = {};
  if (coverMissing.length > 0) fieldErrors.coverMediaId = [say("missingAltField", { images: coverMissing })];
  if (bodyMissing.length > 0) fieldErrors.body = [say("missingAltField", { images: bodyMissing })];
  throw invalid(say("missingAlt", { images: [...coverMissing, ...bodyMissing] }), fieldErrors);
}

async function checkPublishable(tx: Prisma.TransactionClient, article: Article): Promise<void> {
  const body = parseStoredBody(article.body);
  if (!body.content.some((block) => blockText(block).trim() !== "")) {
    throw invalid("emptyBody", { body: ["emptyBodyField"] });
  }
  await checkImagesDescribed(tx, article, body);
}

function fieldsFor(article: Article, request: TransitionRequest, now: Date): Prisma.ArticleUncheckedUpdateInput {
  switch (request.action) {
    case "publish": {
      const publishedAt = article.publishedAt ?? now;
      // First publication: readers have seen no change yet. Republishing is a change.
      const modifiedAt = article.firstPublishedAt ? now : publishedAt;
      return { publishedAt, firstPublishedAt: article.firstPublishedAt ?? now, modifiedAt, scheduledAt: null };
    }
    case "schedule": {
      if (!request.at || request.at.getTime() <= now.getTime()) {
        throw invalid("scheduleInPast", { scheduledAt: ["scheduleInPastField"] });
      }
      return { scheduledAt: request.at };
    }
    case "sendBack":
      return { reviewNote: request.note?.trim() || null, scheduledAt: null };
    case "submit":
      return { reviewNote: null };
    default:
      return {};
  }
}

/** Applies one workflow step inside the caller's transaction. */
export async function applyTransition(
  tx: Prisma.TransactionClient,
  actor: Actor,
  article: Article,
  request: TransitionRequest,
  now: Date,
  options: TransitionOptions = {},
): Promise<Article> {
  const allowed =
    options.authorized ||
    (request.action === "submit" ? canSubmitArticle(actor, article) : canDecideArticle(actor, article));
  if (!allowed) throw forbidden(request.action === "submit" ? "cannotSubmit" : "editorsDecide");
  const to = nextStatus(article.status, request.action);
  if (!to) throw invalid(say("wrongStatus", { status: say(`statuses.${article.status}` as const) }));
  if (request.action === "publish" || request.action === "schedule") {
    await checkPublishable(tx, article);
    checkTakedownTime(article, request, now);
  }
  const doing = WORD_CHECKED[request.action];
  if (doing) {
    await checkWordsForRelease(tx, actor, article, {
      doing,
      action: request.action,
      acknowledged: request.acknowledgeWarnings === true,
    });
  }
  if (request.action === "publish" || request.action === "schedule") {
    await checkReviewGate(tx, actor, article, request.overrideReason, now);
  }
  if (request.action === "sendBack") await invalidateAllSignOffs(tx, article.id, now);
  const updated = await tx.article.update({
    where: { id: article.id },
    data: { ...fieldsFor(article, request, now), status: to, version: { increment: 1 }, updatedById: actor.id },
  });
  // Going live (unless an embargo holds it back: the scheduler records it when the embargo ends) or
  // leaving the site, in this transaction (lib/events/).
  const event = visibilityEvent(article, updated, now);
  if (event) await recordEvent(tx, event, updated, { at: now });
  const action = AUDITED[request.action];
  if (action) {
    await audit(tx, actor, action, {
      articleId: article.id,
      details: { from: article.status, to, at: request.at?.toISOString() ?? null, note: request.note ?? null },
    });
  }
  return updated;
}

/** One workflow step on its own (the buttons beside the editor and in lists). */
export async function transitionArticle(
  ctx: ServiceContext,
  id: number,
  request: TransitionRequest,
  expectedVersion?: number,
): Promise<Article> {
  const now = ctx.now?.() ?? new Date();
  const article = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { id } });
    if (!existing || existing.deletedAt) throw notFound();
    if (expectedVersion !== undefined && existing.version !== expectedVersion) {
      throw new ServiceError("conflict", "changedMeanwhile");
    }
    return applyTransition(tx, ctx.actor, existing, request, now);
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
  return article;
}
