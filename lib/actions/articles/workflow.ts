"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import type { Messages } from "@/lib/i18n";
import { parseLocalDateTime } from "@/lib/newsroom/time";
import type { WorkflowAction } from "@/lib/newsroom/workflow";
import { transitionArticle } from "@/lib/services/articles/transition";
import { acknowledgement } from "@/lib/validations/article";
import { idSchema } from "@/lib/validations/ids";

const ACTIONS = [
  "submit",
  "sendBack",
  "schedule",
  "publish",
  "unpublish",
  "archive",
  "unarchive",
] as const satisfies readonly WorkflowAction[];

/** One workflow button: id, version, action, and (schedule) at / (send back) note. */
const workflowInput = (strings: Messages) =>
  z
    .object({
      id: idSchema,
      version: idSchema.optional(),
      action: z.enum(ACTIONS),
      at: z
        .string()
        .trim()
        .optional()
        .transform((text) => (text ? parseLocalDateTime(text, env.timeZone) : null)),
      note: z.string().max(2000).optional(),
      acknowledgeWarnings: acknowledgement,
    })
    .refine((input) => input.action !== "schedule" || input.at !== null, {
      error: strings.actions.unreadableTime,
      path: ["at"],
    });

export const workflowAction = formAction({
  name: "article.workflow",
  input: workflowInput,
  run: ({ id, version, ...request }, ctx) => transitionArticle(ctx, id, request, version),
  done: (_article, { action }, strings) => ({ ok: true, message: strings.actions.workflowDone[action] }),
});
