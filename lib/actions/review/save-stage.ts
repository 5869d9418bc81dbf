"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { saveStage } from "@/lib/services/review/stages";
import { reviewStageSchema } from "@/lib/validations/review";

export const saveReviewStageAction = formAction({
  name: "review.stage",
  input: (strings) => reviewStageSchema(strings.validation),
  run: ({ id, ...stage }, ctx) => saveStage(ctx, id ?? null, stage),
  done: () => redirect("/admin/review?notice=stageSaved"),
});
