// A stage's decision on an article: sign it (approving exactly the content the signer saw) or send it
// back to its author with a note.
import { canSendBackFromStage, canSignStage } from "@/lib/auth/permissions";
import { TAGS } from "@/lib/content/tags";
import { signRefusal, type SignRefusal } from "@/lib/newsroom/review-chain";
import { applyTransition } from "@/lib/services/articles/transition";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound, ServiceError } from "@/lib/services/errors";
import { currentRevisionId, loadChain, lockArticle } from "@/lib/services/review/chain";

const REFUSALS: Record<SignRefusal, string> = {
  notNext: "还不能签这个环节:请按顺序审核,前面的环节尚未签发",
  allSigned: "所有审核环节都已签发",
  notSigner: "你不是这个审核环节的签发人",
  signedAnotherStage: "你已签发了这篇文章的另一个审核环节;按网站设置,同一人不能签发两个环节",
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
    if (!stage) throw notFound("审核环节");
    if (!canSignStage(ctx.actor, stage, chain.article)) {
      throw forbidden(`你不能签发这篇文章的“${stage.name}”`);
    }
    if (chain.hash !== input.contentHash) {
      throw new ServiceError("conflict", "文章在你打开后已被修改,请刷新页面核对新内容后再签发。");
    }
    const refusal = signRefusal(chain.state, stage.id, ctx.actor, chain.settings);
    if (refusal) throw invalid(REFUSALS[refusal]);
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
  if (text === "") throw invalid("请写明退回意见", { note: ["请写明退回意见"] });
  await ctx.db.$transaction(async (tx) => {
    await lockArticle(tx, articleId);
    const chain = await loadChain(tx, articleId);
    if (chain.article.deletedAt) throw notFound();
    const stage = chain.state.next;
    if (!stage) throw invalid(REFUSALS.allSigned);
    if (!canSendBackFromStage(ctx.actor, stage, chain.article)) {
      throw forbidden(`你不能在“${stage.name}”退回这篇文章`);
    }
    await applyTransition(tx, ctx.actor, chain.article, { action: "sendBack", note: text }, now, { authorized: true });
    await audit(tx, ctx.actor, "review.sendBack", {
      articleId,
      details: { stageId: stage.id, stage: stage.name, note: text },
    });
  });
  ctx.onChange?.([TAGS.articleLists, TAGS.article(articleId)]);
}
