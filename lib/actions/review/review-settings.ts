"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { reviewSettingsSchema, updateReviewSettings } from "@/lib/services/review/review-settings";

export const updateReviewSettingsAction = formAction({
  name: "review.settings",
  input: reviewSettingsSchema,
  run: (settings, ctx) => updateReviewSettings(ctx, settings),
  done: () => redirect("/admin/review?notice=settingsSaved"),
});
