"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { retractArticle, setFeatured } from "@/lib/services/articles/curation";

export async function featureAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const featured = form.get("featured") === "true";
  const result = await attempt(async () => setFeatured(await actionContext(), Number(form.get("id")), featured));
  return result.ok ? { ok: true, message: featured ? "已推荐到首页" : "已取消首页推荐" } : refused(result.error);
}

export async function retractAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await attempt(async () =>
    retractArticle(await actionContext(), Number(form.get("id")), String(form.get("note") ?? "")),
  );
  return result.ok ? { ok: true, message: "已撤稿:原网址将返回 410 和撤稿说明" } : refused(result.error);
}
