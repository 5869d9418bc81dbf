// Where the review chain stops the workflow: publishing and scheduling need the full chain on the
// current content (or an admin's override with a written reason), and content that readers see, or an
// embargo's end, cannot change behind the reviewers' backs.
import { can, type Actor } from "@/lib/auth/permissions";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import type { ChainState } from "@/lib/newsroom/review-chain";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { audit } from "@/lib/services/audit";
import { forbidden, invalid } from "@/lib/services/errors";
import { currentRevisionId, loadChain } from "@/lib/services/review/chain";
import { readReviewSettings } from "@/lib/services/review/review-settings";
import type { ArticleContent } from "@/lib/validations/article-content";

export const OVERRIDE_REASON_MIN = 4;

function missingStages(state: ChainState): string {
  if (state.misconfigured) return "配置的审核环节少于发布所需的环节数";
  const missing = state.steps.filter((step) => step.required && !step.signOff).map((step) => step.stage.name);
  return `尚缺${missing.join("、")}`;
}

/**
 * Called before an article is published or scheduled, by an editor or by the scheduler. An override
 * is recorded as a sign-off of the current content, so a scheduled article keeps it until it goes
 * live, and loses it, like any sign-off, when the content changes.
 */
export async function checkReviewGate(
  tx: Prisma.TransactionClient,
  actor: Actor,
  article: Article,
  overrideReason: string | null | undefined,
  now: Date,
): Promise<void> {
  const reason = overrideReason?.trim() ?? "";
  if (overrideReason !== undefined && overrideReason !== null) {
    if (!can(actor, "review.override")) throw forbidden("只有管理员可以越过审核流程发布");
    if (reason.length < OVERRIDE_REASON_MIN) {
      throw invalid(`请写明越过审核的理由(至少 ${OVERRIDE_REASON_MIN} 个字)`, { reason: ["请写明理由"] });
    }
  }
  const settings = await readReviewSettings(tx);
  if (settings.stagesRequired <= 0) return;
  const chain = await loadChain(tx, article.id);
  if (chain.state.complete) return;
  if (!reason) throw invalid(`不能发布:审核未完成(${missingStages(chain.state)}),请走完审核流程后再发布`);
  const revisionId = await currentRevisionId(tx, actor, chain);
  await tx.reviewSignOff.create({
    data: {
      articleId: article.id,
      stageName: "",
      override: true,
      userId: actor.id,
      revisionId,
      contentHash: chain.hash,
      note: reason,
      createdAt: now,
    },
  });
  await audit(tx, actor, "review.override", {
    articleId: article.id,
    details: { reason, revisionId, missing: missingStages(chain.state) },
  });
}

/**
 * A save of an article under the chain. Content readers already see changes only after review: take
 * it down, edit, and publish again (a dated correction needs no review). Ending an embargo early is
 * publishing, and needs the chain on the current content.
 */
export async function checkReviewedSave(
  tx: Prisma.TransactionClient,
  existing: Article,
  before: ArticleContent,
  after: ArticleContent,
  now: Date,
): Promise<void> {
  const settings = await readReviewSettings(tx);
  if (settings.stagesRequired <= 0) return;
  const changed = reviewedContentHash(before) !== reviewedContentHash(after);
  if (existing.status === "PUBLISHED" && changed) {
    throw invalid("已发布的文章须经审核才能修改:请先撤回,修改后重新走审核流程;勘误可以添加更正说明。");
  }
  const embargoed = before.embargoUntil !== null && before.embargoUntil.getTime() > now.getTime();
  const liftedEarly =
    embargoed && (after.embargoUntil === null || after.embargoUntil.getTime() < (before.embargoUntil?.getTime() ?? 0));
  if (liftedEarly && (existing.status === "PUBLISHED" || existing.status === "SCHEDULED")) {
    const chain = changed ? null : await loadChain(tx, existing.id);
    if (!chain?.state.complete) {
      throw invalid(
        `不能提前解除禁发:${chain ? `审核未完成(${missingStages(chain.state)})` : "内容已改动,须重新审核"}`,
        {
          embargoUntil: ["审核未完成"],
        },
      );
    }
  }
}
