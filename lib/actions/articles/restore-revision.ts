"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { restoreRevision } from "@/lib/services/articles/restore-revision";

export async function restoreRevisionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const articleId = Number(form.get("id"));
  const result = await attempt(async () =>
    restoreRevision(await actionContext(), articleId, Number(form.get("revisionId")), Number(form.get("version"))),
  );
  if (!result.ok) return refused(result.error);
  redirect(`/admin/articles/${articleId}?notice=restored`);
}
