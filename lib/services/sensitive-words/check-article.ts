// The sensitive-word check of an article, and the gate every release step goes through: a block-level
// hit stops submitting, scheduling, publishing (and any sign-off that calls assertNoBlockingHits);
// warn-level hits must be acknowledged, and the acknowledgement is audited with the hits it covered.
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { articleTextSegments, type CheckedArticle } from "@/lib/newsroom/sensitive-words/article-texts";
import { blockingHits, warningHits, type WordHit } from "@/lib/newsroom/sensitive-words/matcher";
import { audit } from "@/lib/services/audit";
import { invalid, say, word, type FieldSayings } from "@/lib/services/errors";
import { hitAtSaid, hitSaid, placeSaid, stepSaid, type WordStep } from "@/lib/services/sensitive-words/describe-hits";
import { compiledPhrases } from "@/lib/services/sensitive-words/compiled-list";

type Db = PrismaClient | Prisma.TransactionClient;

/** What the check needs of an article row; credits and the cover are read here. */
export interface ArticleForCheck {
  id: number;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  body: unknown;
  coverMediaId: number | null;
}

async function coverTexts(db: Db, coverMediaId: number | null): Promise<CheckedArticle["cover"]> {
  if (coverMediaId === null) return null;
  return db.media.findUnique({ where: { id: coverMediaId }, select: { alt: true, caption: true, credit: true } });
}

/** Hits in content that is not (or not yet) stored: the editor's check of what it shows. */
export async function contentHits(
  db: Db,
  content: Omit<CheckedArticle, "cover"> & { coverMediaId: number | null },
): Promise<WordHit[]> {
  const compiled = await compiledPhrases(db);
  if (compiled.size === 0) return [];
  return compiled.find(articleTextSegments({ ...content, cover: await coverTexts(db, content.coverMediaId) }));
}

/** Hits in a stored article (its credits as stored). */
export async function articleHits(db: Db, article: ArticleForCheck): Promise<WordHit[]> {
  const compiled = await compiledPhrases(db);
  if (compiled.size === 0) return [];
  const credits = await db.credit.findMany({
    where: { articleId: article.id },
    orderBy: { position: "asc" },
    select: { person: { select: { name: true } } },
  });
  return compiled.find(
    articleTextSegments({
      ...article,
      credits: credits.map((credit) => credit.person),
      cover: await coverTexts(db, article.coverMediaId),
    }),
  );
}

const hitField = (hit: WordHit): string => {
  const field = hit.place.field;
  if (field === "body" || field === "alt" || field === "caption" || field === "imageCredit") return "body";
  if (field === "credit") return "credits";
  if (field.startsWith("cover")) return "coverMediaId";
  return field;
};

/**
 * Refuses when the article holds a block-level phrase, naming every hit; returns all hits otherwise.
 * The one check for every step that lets an article out (the review chain's sign-off calls it too).
 */
export async function assertNoBlockingHits(
  db: Db,
  article: ArticleForCheck,
  doing: WordStep = "publish",
): Promise<WordHit[]> {
  const hits = await articleHits(db, article);
  const blocking = blockingHits(hits);
  if (blocking.length === 0) return hits;
  const fieldSayings: FieldSayings = {};
  for (const hit of blocking) {
    (fieldSayings[hitField(hit)] ??= []).push(
      say("words.blockedField", { phrase: hit.phrase, place: placeSaid(hit.place) }),
    );
  }
  throw invalid(say("words.blocked", { doing: stepSaid(doing), hits: blocking.map(hitSaid) }), fieldSayings);
}

export const ACKNOWLEDGE_FIELD = "acknowledgeWarnings";

/**
 * The whole gate for one release step by a person: no block-level hit, and warn-level hits only with
 * an acknowledgement, which is recorded. The scheduler (no person) checks only for blocks: warnings
 * were acknowledged when the article was scheduled.
 */
export async function checkWordsForRelease(
  tx: Prisma.TransactionClient,
  actor: Actor,
  article: ArticleForCheck,
  step: { doing: WordStep; action: string; acknowledged: boolean },
): Promise<void> {
  const hits = await assertNoBlockingHits(tx, article, step.doing);
  const warnings = warningHits(hits);
  if (warnings.length === 0 || actor.id === null) return;
  if (!step.acknowledged) {
    throw invalid(say("words.needsAck", { doing: stepSaid(step.doing), hits: warnings.map(hitSaid) }), {
      [ACKNOWLEDGE_FIELD]: warnings.map(hitAtSaid),
    });
  }
  await audit(tx, actor, "article.wordsAcknowledged", {
    articleId: article.id,
    details: {
      action: step.action,
      hits: warnings.map((hit) => ({ phrase: hit.phrase, place: word(placeSaid(hit.place)), matched: hit.matched })),
    },
  });
}
