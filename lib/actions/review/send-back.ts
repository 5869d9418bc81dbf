"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { sendBackFromStage } from "@/lib/services/review/sign-off";
import { idSchema } from "@/lib/validations/ids";
import { reviewNoteSchema } from "@/lib/validations/review";

export const reviewSendBackAction = formAction({
  name: "review.sendBack",
  input: z.object({ id: idSchema, note: reviewNoteSchema }),
  run: ({ id, note }, ctx) => sendBackFromStage(ctx, id, note),
  done: (_nothing, { id }) => redirect(`/admin/articles/${id}?review=sentBack#review-chain`),
});
