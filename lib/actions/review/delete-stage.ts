"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { deleteStage } from "@/lib/services/review/stages";
import { idSchema } from "@/lib/validations/ids";

export const deleteReviewStageAction = formAction({
  name: "review.stage.delete",
  input: z.object({ id: idSchema }),
  run: ({ id }, ctx) => deleteStage(ctx, id),
  done: () => redirect("/admin/review?notice=stageDeleted"),
});
