// A stage's decision on an article: sign it (approving exactly the content the signer saw) or send it
// back to its author with a note.
import { canSendBackFromStage, canSignStage } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { signRefusal, type SignRefusal } from "@/lib/newsroom/review-chain";
import { applyTransition } from "@/lib/services/articles/transition";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, say, ServiceError, type ServiceMessageKey } from "@/lib/services/errors";
import { currentRevisionId, loadChain, lockArticle } from "@/lib/services/review/chain";
import { assertNoBlockingHits } from "@/lib/services/sensitive-words/check-article";

const REFUSALS: Record<SignRefusal, ServiceMessageKey> = {
  notNext: "review.notNext",
  allSigned: "review.allSigned",
  notSigner: "review.notSigner",
  signedAnotherStage: "review.signedAnotherStage",
};

export interface SignStageInput {
  articleId: number;
  stageId: number;
  /** The content the signer saw (its hash, from the page): a sign-off approves exactly that. */
  contentHash: string;
  note?: string | null;
}

export async function signStage(ctx: ServiceContext, input: SignStageInput): Promise<{ signOffId: number }> {
  const now = ctx.now?.() ?? new Date();
  const signOffId = await ctx.db.$transaction(async (tx) => {
    await lockArticle(tx, input.articleId);
    const chain = await loadChain(tx, input.articleId);
    if (chain.article.deletedAt) throw notFound();
    const stage = chain.state.steps.find((step) => step.stage.id === input.stageId)?.stage;
    if (!stage) throw notFound("reviewStage");
    if (!canSignStage(ctx.actor, stage, chain.article)) {
      throw forbidden(say("review.cannotSign", { stage: stage.name }));
    }
    if (chain.hash !== input.contentHash) {
      throw new ServiceError("conflict", "review.changedSinceOpened");
    }
    const refusal = signRefusal(chain.state, stage.id, ctx.actor, chain.settings);
    if (refusal) throw invalid(REFUSALS[refusal]);
    // A block-level sensitive word stops a sign-off as it stops publishing.
    await assertNoBlockingHits(tx, chain.article, "signOff");
    const revisionId = await currentRevisionId(tx, ctx.actor, chain);
    const note = input.note?.trim() || null;
    const signOff = await tx.reviewSignOff.create({
      data: {
        articleId: chain.article.id,
        stageId: stage.id,
        stageName: stage.name,
        userId: ctx.actor.id,
        revisionId,
        contentHash: chain.hash,
        note,
        createdAt: now,
      },
    });
    await audit(tx, ctx.actor, "review.signOff", {
      articleId: chain.article.id,
      details: { stageId: stage.id, stage: stage.name, revisionId, note },
    });
    return signOff.id;
  });
  return { signOffId };
}

/** The next stage's signers send the article back to draft; the chain starts again. */
export async function sendBackFromStage(ctx: ServiceContext, articleId: number, note: string): Promise<void> {
  const now = ctx.now?.() ?? new Date();
  const text = note.trim();
  if (text === "") throw invalid("review.noteRequired", { note: ["review.noteRequired"] });
  await ctx.db.$transaction(async (tx) => {
    await lockArticle(tx, articleId);
    const chain = await loadChain(tx, articleId);
    if (chain.article.deletedAt) throw notFound();
    const stage = chain.state.next;
    if (!stage) throw invalid(REFUSALS.allSigned);
    if (!canSendBackFromStage(ctx.actor, stage, chain.article)) {
      throw forbidden(say("review.cannotSendBack", { stage: stage.name }));
    }
    await applyTransition(tx, ctx.actor, chain.article, { action: "sendBack", note: text }, now, { authorized: true });
    await audit(tx, ctx.actor, "review.sendBack", {
      articleId,
      details: { stageId: stage.id, stage: stage.name, note: text },
    });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(articleId)]);
}
