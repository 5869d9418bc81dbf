"use server";

import { formAction } from "@/lib/actions/define-action";
import { getMessages } from "@/lib/i18n";
import { siteSettingsSchema, updateSiteSettings } from "@/lib/services/settings/site-settings";

export const updateSettingsAction = formAction({
  name: "settings.update",
  input: siteSettingsSchema,
  run: (settings, ctx) => updateSiteSettings(ctx, settings),
  // Confirmed in the language just chosen, which is what the admin will see from now on.
  done: (_nothing, settings) => ({ ok: true, message: getMessages(settings.language).admin.settings.saved }),
});
