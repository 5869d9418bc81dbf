"use server";

import { formAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { editorChecks, type EditorChecks } from "@/lib/services/sensitive-words/editor-checks";
import { articleFormSchema } from "@/lib/validations/article";

/**
 * The editor's "check" button: the form as it is, checked as saving it would store it; nothing is
 * stored. Only the declared fields are content: the rest of the form (intent, version) is not read.
 */
export const checkWordsAction = formAction({
  name: "article.checkWords",
  input: (strings) => articleFormSchema(env.timeZone, strings.admin.ui.articleFields),
  run: ({ id, ...form }, ctx) => editorChecks(ctx, id, form),
  done: (checks): { ok: true; data: EditorChecks } => ({ ok: true, data: checks }),
});
