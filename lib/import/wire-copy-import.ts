// Turns wire copy (plain text in the common Chinese news-site layout) into articles, through the same
// parser and article service an editor uses. Nothing is guessed silently: every note of the parser
// and every uncertain name split travels with the result. Notes and reasons are worded in Chinese, the
// language of the copy and of the parser's own findings (lib/newsroom/wire-copy).
import { blockText, bodyPlainText } from "@/lib/newsroom/body";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";
import { parseWireCopy, type WireCopy } from "@/lib/newsroom/wire-copy";
import type { CreditInput } from "@/lib/services/articles/article-input";
import { findLikelyDuplicate, type LikelyDuplicate } from "@/lib/services/articles/likely-duplicate";
import { saveArticle } from "@/lib/services/articles/save-article";
import type { ServiceContext } from "@/lib/services/context";
import { invalid, say, word } from "@/lib/services/errors";
import { copyWordHits, NOT_PUBLISHED_NOTE, wordNote } from "@/lib/import/wire-copy-words";

export interface ImportOverrides {
  title?: string;
  source?: string | null;
  publishedAt?: Date | null;
  /** The editor's confirmed credits, replacing the parsed ones. */
  credits?: CreditInput[];
}

export interface ImportOutcome {
  status: "created" | "skipped";
  /** Why it was skipped. */
  reason?: string;
  /** The article this copy looks like; it was skipped for that unless the editor said to import anyway. */
  duplicateOf?: LikelyDuplicate;
  id?: number;
  title: string;
  publishedAt: string | null;
  source: string | null;
  credits: Array<{ role: string; roleName: string; name: string; affiliation: string | null }>;
  notes: string[];
  /** Sensitive-word hits, each described (the same are among the notes). */
  wordHits: string[];
}

export function parsedCredits(copy: WireCopy): CreditInput[] {
  return copy.credits.map((credit) => ({ roleKey: credit.role, name: credit.name, affiliation: credit.affiliation }));
}

function describe(
  copy: WireCopy,
  credits: CreditInput[],
  title: string,
  source: string | null,
  publishedAt: Date | null,
) {
  return {
    title,
    publishedAt: publishedAt?.toISOString() ?? null,
    source,
    credits: credits.map((credit) => ({
      role: credit.roleKey,
      roleName: BUILT_IN_ROLES[credit.roleKey as keyof typeof BUILT_IN_ROLES]?.zh ?? credit.roleKey,
      name: credit.name,
      affiliation: credit.affiliation,
    })),
    notes: [
      ...copy.notes,
      ...copy.nameSplits
        .filter((split) => split.alternatives.length > 0)
        .map((split) => word(say("nameSplit", { text: split.text, names: split.names }))),
    ],
  };
}

/** The article this copy most likely repeats (same headline and time, or nearly the same body). */
export function likelyDuplicateOf(
  ctx: ServiceContext,
  copy: WireCopy,
  title: string,
  publishedAt: Date | null,
): Promise<LikelyDuplicate | null> {
  return findLikelyDuplicate(ctx, { title, publishedAt, text: bodyPlainText(copy.body) });
}

export function duplicateReason(duplicate: LikelyDuplicate): string {
  return word(say("duplicateOf", { id: duplicate.id, title: duplicate.title }));
}

export async function importWireCopy(
  ctx: ServiceContext,
  text: string,
  options: {
    timeZone: string;
    publish: boolean;
    overrides?: ImportOverrides;
    /** The editor has seen the likely duplicate and wants another article anyway. */
    allowDuplicate?: boolean;
  },
): Promise<ImportOutcome> {
  const copy = parseWireCopy(text, options.timeZone);
  const overrides = options.overrides ?? {};
  const title = (overrides.title ?? copy.title).trim();
  const source = overrides.source === undefined ? copy.source : overrides.source;
  const publishedAt = overrides.publishedAt === undefined ? copy.publishedAt : overrides.publishedAt;
  const credits = overrides.credits ?? parsedCredits(copy);
  const summary = describe(copy, credits, title, source, publishedAt);

  if (!title) throw invalid("noTitle", { text: ["noTitleField"] });
  if (!copy.body.content.some((block) => blockText(block).trim() !== "")) {
    throw invalid("noBody", { text: ["noBody"] });
  }
  const words = await copyWordHits(ctx.db, { title, body: copy.body, credits });
  summary.notes.push(...words.hits.map(wordNote));
  const publish = options.publish && words.hits.length === 0;
  if (options.publish && !publish) summary.notes.push(NOT_PUBLISHED_NOTE);
  const duplicate = options.allowDuplicate ? null : await likelyDuplicateOf(ctx, copy, title, publishedAt);
  if (duplicate) {
    return {
      ...summary,
      wordHits: words.hits,
      status: "skipped",
      id: duplicate.id,
      reason: duplicateReason(duplicate),
      duplicateOf: duplicate,
    };
  }

  const saved = await saveArticle(ctx, {
    kicker: null,
    title,
    subtitle: null,
    summary: null,
    body: copy.body,
    source,
    sourceUrl: null,
    sectionId: null,
    tags: [],
    publishedAt,
    embargoUntil: null,
    credits,
    then: publish ? { action: "publish" } : undefined,
  });
  return { ...summary, wordHits: words.hits, status: "created", id: saved.id };
}
