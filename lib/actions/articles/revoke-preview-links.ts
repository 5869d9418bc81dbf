"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { revokePreviewLinks } from "@/lib/services/articles/preview";
import { idSchema } from "@/lib/validations/ids";

export const revokePreviewLinksAction = formAction({
  name: "article.previewRevoke",
  input: z.object({ id: idSchema }),
  run: ({ id }, ctx) => revokePreviewLinks(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.previewLinks.revoked }),
});
