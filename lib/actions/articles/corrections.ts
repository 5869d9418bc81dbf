"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { addCorrection } from "@/lib/services/articles/corrections";
import { idSchema } from "@/lib/validations/ids";

export const addCorrectionAction = formAction({
  name: "article.correct",
  input: z.object({
    id: idSchema,
    kind: z.enum(["CORRECTION", "UPDATE"]).default("CORRECTION"),
    text: z.string().max(5000),
  }),
  run: ({ id, ...correction }, ctx) => addCorrection(ctx, id, correction),
  done: (_nothing, { kind }, strings) => ({
    ok: true,
    message: kind === "UPDATE" ? strings.actions.updatePublished : strings.actions.correctionPublished,
  }),
});
