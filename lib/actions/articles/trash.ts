"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { emptyTrash, restoreFromTrash, trashArticle } from "@/lib/services/articles/trash";
import { idSchema } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

const byId = z.object({ id: idSchema });

export const trashArticleAction = formAction({
  name: "article.delete",
  input: byId,
  run: ({ id }, ctx) => trashArticle(ctx, id),
  done: () => redirect("/admin/articles?notice=trashed"),
});

export const restoreArticleAction = formAction({
  name: "article.restore",
  input: byId,
  run: ({ id }, ctx) => restoreFromTrash(ctx, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.restored }),
});

export const emptyTrashAction = formAction({
  name: "trash.empty",
  input: z.object({}),
  run: (_input, ctx) => emptyTrash(ctx),
  done: (count, _input, strings) => ({ ok: true, message: fill(strings.actions.trashEmptied, { n: count }) }),
});
