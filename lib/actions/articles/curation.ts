"use server";

import { actionContext } from "@/lib/actions/action-context";
import { actionMessages } from "@/lib/i18n/server";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { retractArticle, setFeatured } from "@/lib/services/articles/curation";

export async function featureAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const featured = form.get("featured") === "true";
  const result = await attempt(async () => setFeatured(await actionContext(), Number(form.get("id")), featured));
  return result.ok
    ? { ok: true, message: featured ? (await actionMessages()).featured : (await actionMessages()).unfeatured }
    : refused(result.error);
}

export async function retractAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () =>
    retractArticle(await actionContext(), Number(form.get("id")), String(form.get("note") ?? "")),
  );
  return result.ok ? { ok: true, message: (await actionMessages()).retracted } : refused(result.error);
}
