"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { updateMedia } from "@/lib/services/media/update-media";
import { mediaIdSchema, mediaTextSchema } from "@/lib/validations/media";

/** The library's edit form: id, alt, caption, credit. */
export async function updateMediaAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = mediaIdSchema.safeParse(form.get("id"));
  const parsed = mediaTextSchema.safeParse({
    alt: form.get("alt") ?? undefined,
    caption: form.get("caption") ?? undefined,
    credit: form.get("credit") ?? undefined,
  });
  if (!id.success) return { ok: false, message: (await actionMessages()).invalidRequest };
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? (await actionMessages()).invalidInput };
  const result = await attempt(async () => updateMedia(await actionContext(), id.data, parsed.data));
  return result.ok ? { ok: true, message: (await actionMessages()).mediaSaved } : refused(result.error);
}
