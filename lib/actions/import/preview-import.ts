"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { blockText } from "@/lib/newsroom/body";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { likelyDuplicateOf } from "@/lib/import/wire-copy-import";
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

/** Parses pasted wire copy without saving anything, so the editor can check the proposal first. */
export async function previewImportAction(
  _previous: ActionResult<ImportPreview> | null,
  form: FormData,
): Promise<ActionResult<ImportPreview>> {
  const text = String(form.get("text") ?? "");
  if (text.trim() === "") return { ok: false, message: (await actionMessages()).pasteCopy };
  const result = await attempt(async () => {
    const ctx = await actionContext(); // only staff may use the importer
    const copy = parseWireCopy(text, env.timeZone);
    return { copy, duplicate: await likelyDuplicateOf(ctx, copy, copy.title, copy.publishedAt) };
  });
  if (!result.ok) return refused(result.error);
  const { copy, duplicate } = result.value;
  return {
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
      notes: copy.notes,
      blocks: copy.body.content.map((block) => ({ type: block.type, text: blockText(block) })),
      duplicate,
    },
  };
}
