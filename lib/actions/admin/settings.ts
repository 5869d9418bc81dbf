"use server";

import { actionContext } from "@/lib/actions/action-context";
import { attempt, refused, type ActionResult } from "@/lib/actions/result";
import { getMessages } from "@/lib/i18n";
import { actionStrings } from "@/lib/i18n/server";
import { siteSettingsSchema, updateSiteSettings } from "@/lib/services/settings/site-settings";

export async function updateSettingsAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const m = (await actionStrings()).admin.settings;
  const parsed = siteSettingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: m.invalid };
  const result = await attempt(async () => updateSiteSettings(await actionContext(), parsed.data));
  // Confirmed in the language just chosen, which is what the admin will see from now on.
  return result.ok
    ? { ok: true, message: getMessages(parsed.data.language).admin.settings.saved }
    : refused(result.error);
}
