"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { createPreviewLink } from "@/lib/services/articles/preview";
import { idSchema } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

export const previewLinkAction = formAction({
  name: "article.previewLink",
  input: z.object({
    id: idSchema,
    hours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
  }),
  run: ({ id, hours }, ctx) => createPreviewLink(ctx, id, hours),
  done: (link, { hours }, strings) => ({ ok: true, data: link, message: fill(strings.actions.previewLink, { hours }) }),
});
