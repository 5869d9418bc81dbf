"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { addCorrection } from "@/lib/services/articles/corrections";

export async function addCorrectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const kind = form.get("kind") === "UPDATE" ? "UPDATE" : "CORRECTION";
  const result = await attempt(async () =>
    addCorrection(await actionContext(), Number(form.get("id")), { kind, text: String(form.get("text") ?? "") }),
  );
  return result.ok
    ? {
        ok: true,
        message:
          kind === "UPDATE" ? (await actionMessages()).updatePublished : (await actionMessages()).correctionPublished,
      }
    : refused(result.error);
}
