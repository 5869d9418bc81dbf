"use server";

import { formAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { editorChecks, type EditorChecks } from "@/lib/services/sensitive-words/editor-checks";
import { articleFormSchema } from "@/lib/validations/article";

/** The editor's "check" button: the form as it is, checked as it would be saved; nothing is stored. */
export const checkWordsAction = formAction<ReturnType<typeof articleFormSchema>, EditorChecks, EditorChecks>({
  name: "article.checkWords",
  input: (strings) => articleFormSchema(env.timeZone, strings.admin.ui.articleFields),
  // Everything the form sends besides content (intent, times of the workflow) is not content.
  run: ({ id, version: _version, intent: _intent, scheduledAt: _at, acknowledgeWarnings: _ack, ...content }, ctx) =>
    editorChecks(ctx, id, content),
  done: (checks) => ({ ok: true, data: checks }),
});
