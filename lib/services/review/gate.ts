// Where the review chain stops the workflow: publishing and scheduling need the full chain on the
// current content (or an admin's override with a written reason), and content that readers see, or an
// embargo's end, cannot change behind the reviewers' backs.
import { can, type Actor } from "@/lib/auth/permissions";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import type { ChainState } from "@/lib/newsroom/review-chain";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { audit } from "@/lib/services/audit";
import { forbidden, invalid, say, word, type Said } from "@/lib/services/errors";
import { currentRevisionId, loadChain } from "@/lib/services/review/chain";
import { readReviewSettings } from "@/lib/services/review/review-settings";
import type { ArticleContent } from "@/lib/validations/article-content";

export const OVERRIDE_REASON_MIN = 4;

function missingStages(state: ChainState): Said {
  if (state.misconfigured) return say("review.misconfigured");
  const missing = state.steps.filter((step) => step.required && !step.signOff).map((step) => step.stage.name);
  return say("review.missing", { stages: missing });
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
    if (!can(actor, "review.override")) throw forbidden("review.overrideAdminsOnly");
    if (reason.length < OVERRIDE_REASON_MIN) {
      throw invalid(say("review.overrideReason", { min: OVERRIDE_REASON_MIN }), {
        reason: ["review.overrideReasonField"],
      });
    }
  }
  const settings = await readReviewSettings(tx);
  if (settings.stagesRequired <= 0) return;
  const chain = await loadChain(tx, article.id);
  if (chain.state.complete) return;
  if (!reason) throw invalid(say("review.incomplete", { missing: missingStages(chain.state) }));
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
    details: { reason, revisionId, missing: word(missingStages(chain.state)) },
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
    throw invalid("review.publishedNeedsReview");
  }
  const embargoed = before.embargoUntil !== null && before.embargoUntil.getTime() > now.getTime();
  const liftedEarly =
    embargoed && (after.embargoUntil === null || after.embargoUntil.getTime() < (before.embargoUntil?.getTime() ?? 0));
  if (liftedEarly && (existing.status === "PUBLISHED" || existing.status === "SCHEDULED")) {
    const chain = changed ? null : await loadChain(tx, existing.id);
    if (!chain?.state.complete) {
      throw invalid(
        chain ? say("review.embargoIncomplete", { missing: missingStages(chain.state) }) : "review.embargoChanged",
        {
          embargoUntil: ["review.embargoField"],
        },
      );
    }
  }
}
