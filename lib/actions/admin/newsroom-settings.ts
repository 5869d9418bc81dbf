"use server";

import { formAction } from "@/lib/actions/define-action";
import { newsroomSettingsSchema, updateNewsroomSettings } from "@/lib/services/settings/newsroom-settings";

export const updateNewsroomSettingsAction = formAction({
  name: "settings.newsroom",
  input: newsroomSettingsSchema,
  run: (settings, ctx) => updateNewsroomSettings(ctx, settings),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.words.actions.newsroomSaved }),
});
