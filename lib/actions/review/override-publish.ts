"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { transitionArticle } from "@/lib/services/articles/transition";
import { idSchema } from "@/lib/validations/ids";
import { reviewNoteSchema } from "@/lib/validations/review";

/** An admin publishes past an incomplete review chain; the service records the reason and audits it. */
export const overridePublishAction = formAction({
  name: "review.override",
  input: z.object({ id: idSchema, version: idSchema.optional(), reason: reviewNoteSchema }),
  run: ({ id, version, reason }, ctx) =>
    transitionArticle(ctx, id, { action: "publish", overrideReason: reason }, version),
  done: (_article, { id }) => redirect(`/admin/articles/${id}?notice=publish`),
});
