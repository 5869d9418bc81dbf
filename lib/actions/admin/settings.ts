"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { siteSettingsSchema, updateSiteSettings } from "@/lib/services/settings/site-settings";

export async function updateSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = siteSettingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "设置无效" };
  const result = await attempt(async () => updateSiteSettings(await actionContext(), parsed.data));
  return result.ok ? { ok: true, message: "设置已保存" } : refused(result.error);
}
