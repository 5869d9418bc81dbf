"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { searchMedia, type MediaPage } from "@/lib/services/media/media-queries";
import { mediaSearchSchema } from "@/lib/validations/media";

/** The pickers' search (cover and body images): a read, but one the picker asks for without leaving the form. */
export async function searchMediaAction(query: { q?: string; page?: number }): Promise<ActionResult<MediaPage>> {
  const parsed = mediaSearchSchema.safeParse(query);
  if (!parsed.success) return { ok: false, message: (await actionMessages()).invalidSearch };
  const result = await attempt(async () => {
    const ctx = await actionContext();
    return searchMedia(ctx.db, ctx.actor, parsed.data);
  });
  return result.ok ? { ok: true, data: result.value } : refused(result.error);
}
