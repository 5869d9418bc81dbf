// Moves an article through the workflow (lib/newsroom/workflow.ts), checking who may and leaving an
// audit entry for every editorial decision.
import { canDecideArticle, canSubmitArticle, type Actor } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { bodyImages, imageName } from "@/lib/media/body-images";
import { blockText, parseStoredBody, type BodyDoc } from "@/lib/newsroom/body";
import { nextStatus, type WorkflowAction } from "@/lib/newsroom/workflow";
import { audit, type AuditAction } from "@/lib/services/audit";
import { invalidateAllSignOffs } from "@/lib/services/review/chain";
import { checkReviewGate } from "@/lib/services/review/gate";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, ServiceError, type FieldErrors } from "@/lib/services/errors";

export interface TransitionRequest {
  action: WorkflowAction;
  /** For schedule: when to publish. */
  at?: Date | null;
  /** For sendBack: what the reporter should change. */
  note?: string | null;
  /** For publish and schedule: an admin's written reason for going past an incomplete review chain. */
  overrideReason?: string | null;
}

export interface TransitionOptions {
  /** The service already checked that the actor may take this step (a review stage's send-back). */
  authorized?: boolean;
}

const STATUS_NAMES: Record<Article["status"], string> = {
  DRAFT: "草稿",
  IN_REVIEW: "待审",
  SCHEDULED: "定时发布",
  PUBLISHED: "已发布",
  UNPUBLISHED: "已撤回",
  ARCHIVED: "已归档",
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
  const coverMissing = cover && cover.alt.trim() === "" ? [`封面图片“${imageName(cover)}”`] : [];
  const bodyMissing = images.flatMap((image, index) => {
    const record = image.attrs.mediaId ? byId.get(image.attrs.mediaId) : undefined;
    if (image.attrs.alt.trim() !== "" || (record && record.alt.trim() !== "")) return [];
    return [`正文第 ${index + 1} 张图片“${imageName({ ...record, src: image.attrs.src })}”`];
  });
  if (coverMissing.length === 0 && bodyMissing.length === 0) return;

  const fix = "请在图片库或正文的图片设置中填写替代文字(alt,供看不到图片的读者朗读)";
  const fieldErrors: FieldErrors = {};
  if (coverMissing.length > 0) fieldErrors.coverMediaId = [`${coverMissing[0]}缺少替代文字`];
  if (bodyMissing.length > 0) fieldErrors.body = [`${bodyMissing.join("、")}缺少替代文字`];
  throw invalid(`不能发布:${[...coverMissing, ...bodyMissing].join("、")}缺少替代文字。${fix}`, fieldErrors);
}

async function checkPublishable(tx: Prisma.TransactionClient, article: Article): Promise<void> {
  const body = parseStoredBody(article.body);
  if (!body.content.some((block) => blockText(block).trim() !== "")) {
    throw invalid("正文为空的文章不能发布", { body: ["请填写正文"] });
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
        throw invalid("定时发布的时间必须晚于现在", { scheduledAt: ["请填写一个将来的时间"] });
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
  if (!allowed) throw forbidden(request.action === "submit" ? "你不能提交这篇文章" : "只有编辑可以做这个决定");
  const to = nextStatus(article.status, request.action);
  if (!to) throw invalid(`“${STATUS_NAMES[article.status]}”状态的文章不能执行此操作`);
  if (request.action === "publish" || request.action === "schedule") {
    await checkPublishable(tx, article);
    await checkReviewGate(tx, actor, article, request.overrideReason, now);
  }
  if (request.action === "sendBack") await invalidateAllSignOffs(tx, article.id, now);
  const updated = await tx.article.update({
    where: { id: article.id },
    data: { ...fieldsFor(article, request, now), status: to, version: { increment: 1 }, updatedById: actor.id },
  });
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
      throw new ServiceError("conflict", "这篇文章刚被别人修改过,请刷新后再试。");
    }
    return applyTransition(tx, ctx.actor, existing, request, now);
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(id)]);
  return article;
}
