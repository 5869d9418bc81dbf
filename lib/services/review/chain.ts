// The review chain of one article as it stands: its stages, its sign-offs, and what they mean for the
// content the article holds now. Every check of the chain (signing, publishing, the scheduler) reads it
// here, inside the caller's transaction.
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { articleSnapshotSchema } from "@/lib/newsroom/article-snapshot";
import { chainState, type ChainState } from "@/lib/newsroom/review-chain";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { articleContentInclude, contentOfRow } from "@/lib/services/articles/article-columns";
import { writeRevision } from "@/lib/services/articles/revisions";
import { notFound } from "@/lib/services/errors";
import { readReviewSettings, type ReviewSettings } from "@/lib/services/review/review-settings";
import { listStages } from "@/lib/services/review/stages";

type Db = PrismaClient | Prisma.TransactionClient;

const signOffInclude = {
  user: { select: { name: true } },
  revision: { select: { id: true, version: true } },
} satisfies Prisma.ReviewSignOffInclude;

export type SignOffRow = Prisma.ReviewSignOffGetPayload<{ include: typeof signOffInclude }>;

export interface ArticleChain {
  article: Prisma.ArticleGetPayload<{ include: typeof articleContentInclude }>;
  hash: string;
  settings: ReviewSettings;
  state: ChainState<SignOffRow>;
  /** Every sign-off ever given on the article, newest first, counting or not. */
  history: SignOffRow[];
}

export async function loadChain(db: Db, articleId: number): Promise<ArticleChain> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: articleContentInclude });
  if (!article) throw notFound();
  const [stages, settings, history] = await Promise.all([
    listStages(db),
    readReviewSettings(db),
    db.reviewSignOff.findMany({ where: { articleId }, include: signOffInclude, orderBy: { id: "desc" } }),
  ]);
  const hash = reviewedContentHash(contentOfRow(article));
  return { article, hash, settings, state: chainState(stages, history, hash, settings), history };
}

/** Holds the article's row until the transaction ends, so two signers of one stage cannot both pass. */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
}

// How far back the history is searched for the revision that holds the current content.
const REVISIONS_SEARCHED = 20;

/**
 * The revision that holds the article's current content: the newest one with the same reviewed
 * content. Autosaves do not count, since the next autosave overwrites them in place (and on a live
 * article they were never applied). An article with no such revision (only autosaved, or loaded from
 * an export) gets one, so a sign-off always names a snapshot that will not change.
 */
export async function currentRevisionId(
  tx: Prisma.TransactionClient,
  actor: Actor,
  chain: Pick<ArticleChain, "article" | "hash">,
): Promise<number> {
  const recent = await tx.revision.findMany({
    where: { articleId: chain.article.id, kind: { in: ["SAVE", "RESTORE"] } },
    orderBy: { id: "desc" },
    take: REVISIONS_SEARCHED,
  });
  const match = recent.find((revision) => {
    const parsed = articleSnapshotSchema.safeParse(revision.snapshot);
    return parsed.success && reviewedContentHash(parsed.data) === chain.hash;
  });
  if (match) return match.id;
  return writeRevision(tx, actor, chain.article.id, chain.article.version, "SAVE", contentOfRow(chain.article));
}

/**
 * After a save: sign-offs of other content than the article now holds stop counting, for good, even
 * if that content comes back later. The content is read back as stored, the way the chain reads it.
 */
export async function invalidateStaleSignOffs(tx: Prisma.TransactionClient, articleId: number, now: Date) {
  const active = await tx.reviewSignOff.count({ where: { articleId, invalidatedAt: null } });
  if (active === 0) return;
  const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: articleContentInclude });
  await tx.reviewSignOff.updateMany({
    where: { articleId, invalidatedAt: null, contentHash: { not: reviewedContentHash(contentOfRow(row)) } },
    data: { invalidatedAt: now, invalidatedReason: "edited" },
  });
}

/** Sending an article back starts its chain again. */
export async function invalidateAllSignOffs(tx: Prisma.TransactionClient, articleId: number, now: Date) {
  await tx.reviewSignOff.updateMany({
    where: { articleId, invalidatedAt: null },
    data: { invalidatedAt: now, invalidatedReason: "sentBack" },
  });
}
