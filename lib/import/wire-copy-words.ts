// The sensitive-word check of wire copy on its way in: hits are reported with the import (as notes,
// and one by one for --json), and copy with hits is never published by the import itself, so an
// editor sees it first; nothing of it is lost, it is kept as a draft.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { BodyDoc } from "@/lib/newsroom/body";
import { say, word } from "@/lib/services/errors";
import { contentHits } from "@/lib/services/sensitive-words/check-article";
import { hitSaid } from "@/lib/services/sensitive-words/describe-hits";

export interface CopyWords {
  /** Each hit in words: “词语”(正文第 2 段:“…”,建议改为“…”) */
  hits: string[];
  blocking: boolean;
}

export async function copyWordHits(
  db: PrismaClient | Prisma.TransactionClient,
  copy: { title: string; body: BodyDoc; credits: ReadonlyArray<{ name: string }> },
): Promise<CopyWords> {
  const hits = await contentHits(db, {
    kicker: null,
    title: copy.title,
    subtitle: null,
    summary: null,
    body: copy.body,
    credits: copy.credits,
    coverMediaId: null,
  });
  return {
    // In the copy's language, like the importer's other notes.
    hits: hits.map((hit) => word(hitSaid(hit))),
    blocking: hits.some((hit) => hit.level === "BLOCK"),
  };
}

export const wordNote = (hit: string) => word(say("words.importNote", { hit }));
export const NOT_PUBLISHED_NOTE = word("words.importKeptDraft");
