"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { emptyTrash, restoreFromTrash, trashArticle } from "@/lib/services/articles/trash";

export async function trashArticleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => trashArticle(await actionContext(), Number(form.get("id"))));
  if (!result.ok) return refused(result.error);
  redirect("/admin/articles?notice=trashed");
}

export async function restoreArticleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () => restoreFromTrash(await actionContext(), Number(form.get("id"))));
  return result.ok ? { ok: true, message: (await actionMessages()).restored } : refused(result.error);
}

export async function emptyTrashAction(): Promise<ActionResult> {
  const result = await attempt(async () => emptyTrash(await actionContext()));
  return result.ok ? { ok: true, message: (await actionMessages()).trashEmptied(result.value) } : refused(result.error);
}
