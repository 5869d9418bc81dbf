// Reads of the review chain for the admin: one article's chain with what the reader of the page may do
// at each stage, and the dashboard's queue per stage.
import { can, canSendBackFromStage, canSignStage, type Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chainState, signRefusal, stagesFor, type ChainStage } from "@/lib/newsroom/review-chain";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { listSelect, visibleToActor } from "@/lib/services/articles/admin-queries";
import { articleContentInclude, contentOfRow } from "@/lib/services/articles/article-columns";
import { loadChain } from "@/lib/services/review/chain";
import { readReviewSettings } from "@/lib/services/review/review-settings";
import { listStages } from "@/lib/services/review/stages";

/** The chain on the article's editor page. The caller has already checked that the actor may see it. */
export async function chainForEditor(db: PrismaClient, actor: Actor, articleId: number) {
  const chain = await loadChain(db, articleId);
  const { state, settings, article } = chain;
  const next = state.next;
  const mayActOnNext = next !== null && signRefusal(state, next.id, actor, settings) === null;
  return {
    hash: chain.hash,
    settings,
    steps: state.steps,
    complete: state.complete,
    override: state.override,
    misconfigured: state.misconfigured,
    history: chain.history,
    next,
    canSign: mayActOnNext && next !== null && canSignStage(actor, next, article),
    canSendBack: next !== null && canSendBackFromStage(actor, next, article),
    canOverride: can(actor, "review.override") && settings.stagesRequired > 0 && !state.complete,
  };
}

export type EditorChain = Awaited<ReturnType<typeof chainForEditor>>;

// Articles looked at for the queues: those waiting longest come first.
const QUEUE_LIMIT = 100;

/**
 * Articles awaiting each stage: submitted or scheduled ones whose next stage it is. Editors and admins
 * see every stage's queue; anyone else the stages they sign. Empty when publishing needs no review.
 */
export async function reviewQueues(db: PrismaClient, actor: Actor) {
  const settings = await readReviewSettings(db);
  if (settings.stagesRequired <= 0) return [];
  const stages = await listStages(db);
  const shown: ChainStage[] = can(actor, "article.viewAll") ? stages : stagesFor(stages, actor);
  if (shown.length === 0) return [];
  const articles = await db.article.findMany({
    where: { deletedAt: null, status: { in: ["IN_REVIEW", "SCHEDULED"] }, ...visibleToActor(actor) },
    orderBy: { updatedAt: "asc" },
    take: QUEUE_LIMIT,
    include: {
      ...articleContentInclude,
      section: listSelect.section,
      createdBy: listSelect.createdBy,
      reviewSignOffs: { where: { invalidatedAt: null } },
    },
  });
  const waiting = new Map<number, Array<(typeof articles)[number]>>();
  for (const article of articles) {
    const state = chainState(stages, article.reviewSignOffs, reviewedContentHash(contentOfRow(article)), settings);
    if (state.complete || !state.next) continue;
    waiting.set(state.next.id, [...(waiting.get(state.next.id) ?? []), article]);
  }
  return shown.map((stage) => ({ stage, articles: waiting.get(stage.id) ?? [] }));
}

/** Each revision's sign-offs, for the history: from each, a link to what changed since. */
export async function signOffsByRevision(db: PrismaClient, articleId: number) {
  const rows = await db.reviewSignOff.findMany({
    where: { articleId, revisionId: { not: null } },
    orderBy: { id: "asc" },
    include: { user: { select: { name: true } } },
  });
  const byRevision = new Map<number, typeof rows>();
  for (const row of rows) {
    if (row.revisionId !== null) byRevision.set(row.revisionId, [...(byRevision.get(row.revisionId) ?? []), row]);
  }
  return byRevision;
}
