"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { signStage } from "@/lib/services/review/sign-off";
import { idSchema } from "@/lib/validations/ids";
import { reviewNoteSchema } from "@/lib/validations/review";

export const signStageAction = formAction({
  name: "review.signOff",
  input: z.object({
    id: idSchema,
    stageId: idSchema,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    note: reviewNoteSchema.optional(),
  }),
  run: ({ id, stageId, contentHash, note }, ctx) => signStage(ctx, { articleId: id, stageId, contentHash, note }),
  done: (_signed, { id }) => redirect(`/admin/articles/${id}?review=signed#review-chain`),
});
