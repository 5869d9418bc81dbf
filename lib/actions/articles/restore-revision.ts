"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { restoreRevision } from "@/lib/services/articles/restore-revision";
import { idSchema } from "@/lib/validations/ids";

export const restoreRevisionAction = formAction({
  name: "article.restoreRevision",
  input: z.object({ id: idSchema, revisionId: idSchema, version: idSchema }),
  run: ({ id, revisionId, version }, ctx) => restoreRevision(ctx, id, revisionId, version),
  done: (_saved, { id }) => redirect(`/admin/articles/${id}?notice=restored`),
});
