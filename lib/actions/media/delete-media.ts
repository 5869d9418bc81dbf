"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { deleteMedia } from "@/lib/services/media/delete-media";
import { mediaIdSchema } from "@/lib/validations/media";

export async function deleteMediaAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = mediaIdSchema.safeParse(form.get("id"));
  if (!id.success) return { ok: false, message: (await actionMessages()).invalidRequest };
  const result = await attempt(async () => deleteMedia(await actionContext(), id.data));
  if (!result.ok) return refused(result.error);
  redirect("/admin/media?notice=deleted");
}
