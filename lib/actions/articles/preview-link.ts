"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { createPreviewLink } from "@/lib/services/articles/preview";

export async function previewLinkAction(
  _previous: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  const hours = Math.min(Math.max(Number(form.get("hours")) || 48, 1), 24 * 14);
  const result = await attempt(async () => createPreviewLink(await actionContext(), Number(form.get("id")), hours));
  return result.ok
    ? { ok: true, data: result.value, message: (await actionMessages()).previewLink(hours) }
    : refused(result.error);
}
