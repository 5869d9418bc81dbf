"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { addCorrection } from "@/lib/services/articles/corrections";

export async function addCorrectionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const kind = form.get("kind") === "UPDATE" ? "UPDATE" : "CORRECTION";
  const result = await attempt(async () =>
    addCorrection(await actionContext(), Number(form.get("id")), { kind, text: String(form.get("text") ?? "") }),
  );
  return result.ok ? { ok: true, message: kind === "UPDATE" ? "已发布更新说明" : "已发布更正" } : refused(result.error);
}
