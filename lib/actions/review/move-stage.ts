"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { moveStage } from "@/lib/services/review/stages";
import { idSchema } from "@/lib/validations/ids";

export const moveReviewStageAction = formAction({
  name: "review.stage.move",
  input: z.object({ id: idSchema, direction: z.enum(["up", "down"]) }),
  run: ({ id, direction }, ctx) => moveStage(ctx, id, direction),
  done: () => redirect("/admin/review?notice=stageMoved"),
});
