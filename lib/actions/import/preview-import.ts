"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import type { Messages } from "@/lib/i18n";
import { env } from "@/lib/env";
import { blockText } from "@/lib/newsroom/body";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { likelyDuplicateOf, parsedCredits } from "@/lib/import/wire-copy-import";
import { copyWordHits, wordNote } from "@/lib/import/wire-copy-words";
import type { LikelyDuplicate } from "@/lib/services/articles/likely-duplicate";

export interface ImportPreview {
  title: string;
  publishedAt: string;
  source: string;
  credits: Array<{ roleKey: string; name: string; affiliation: string }>;
  nameSplits: Array<{ text: string; names: string[]; alternatives: string[][] }>;
  notes: string[];
  blocks: Array<{ type: string; text: string }>;
  /** The existing article this copy looks like, so the editor is asked before making another. */
  duplicate: LikelyDuplicate | null;
}

const pasted = (strings: Messages) =>
  z.object({
    text: z
      .string({ error: strings.actions.pasteCopy })
      .max(1_000_000)
      .refine((text) => text.trim() !== "", { error: strings.actions.pasteCopy }),
  });

/** Parses pasted wire copy without saving anything, so the editor can check the proposal first. */
export const previewImportAction = formAction({
  name: "import.preview",
  input: pasted,
  // Only staff may use the importer: the chain's session step has checked that already.
  run: async ({ text }, ctx) => {
    const copy = parseWireCopy(text, env.timeZone);
    const [duplicate, words] = await Promise.all([
      likelyDuplicateOf(ctx, copy, copy.title, copy.publishedAt),
      copyWordHits(ctx.db, { title: copy.title, body: copy.body, credits: parsedCredits(copy) }),
    ]);
    return { copy, duplicate, words };
  },
  done: ({ copy, duplicate, words }): { ok: true; data: ImportPreview } => ({
    ok: true,
    data: {
      title: copy.title,
      publishedAt: copy.publishedAt ? formatLocalDateTime(copy.publishedAt, env.timeZone) : "",
      source: copy.source ?? "",
      credits: copy.credits.map((credit) => ({
        roleKey: credit.role,
        name: credit.name,
        affiliation: credit.affiliation ?? "",
      })),
      nameSplits: copy.nameSplits,
      notes: [...copy.notes, ...words.hits.map(wordNote)],
      blocks: copy.body.content.map((block) => ({ type: block.type, text: blockText(block) })),
      duplicate,
    },
  }),
});
