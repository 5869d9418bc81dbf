"use server";

import { formAction } from "@/lib/actions/define-action";
import { newsroomSettingsForm, updateNewsroomSettings } from "@/lib/services/settings/newsroom-settings";

export const updateNewsroomSettingsAction = formAction({
  name: "settings.newsroom",
  input: (strings) => newsroomSettingsForm(strings.validation),
  run: (settings, ctx) => updateNewsroomSettings(ctx, settings),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.words.actions.newsroomSaved }),
});
