"use server";

import { redirect } from "next/navigation";
import { formActionWith } from "@/lib/actions/define-action";
import type { FormFailure } from "@/lib/actions/form-state";
import { env } from "@/lib/env";
import { ConflictError, saveArticle } from "@/lib/services/articles/save-article";
import type { TransitionRequest } from "@/lib/services/articles/transition";
import { articleFormSchema, type ArticleFormData } from "@/lib/validations/article";
import { postedFormValues, type ArticleFormValues } from "@/lib/validations/article-form-values";

export type SaveState =
  | null
  | (FormFailure<ArticleFormValues> & { conflictRevisionId?: number })
  | { ok: true; autosaved: true; id: number; version: number; at: string; keptAside: boolean; nonce: number };

function transitionFor(
  intent: ArticleFormData["intent"],
  at: Date | null | undefined,
  acknowledgeWarnings: boolean,
): TransitionRequest | undefined {
  if (intent === "publish") return { action: "publish", acknowledgeWarnings };
  if (intent === "submit") return { action: "submit", acknowledgeWarnings };
  if (intent === "schedule") return { action: "schedule", at: at ?? null, acknowledgeWarnings };
  return undefined;
}

/** The article editor's save, autosave, submit, publish and schedule. A refusal gives the form back its input. */
export const saveArticleAction = formActionWith({
  name: "article.save",
  input: (strings) => articleFormSchema(env.timeZone, strings.admin.ui.articleFields),
  run: ({ intent, scheduledAt, acknowledgeWarnings, ...content }, ctx) =>
    saveArticle(ctx, {
      ...content,
      autosave: intent === "autosave",
      then: transitionFor(intent, scheduledAt, acknowledgeWarnings),
    }),
  done: (saved, { intent }): SaveState => {
    if (intent !== "autosave") redirect(`/admin/articles/${saved.id}?notice=${intent === "save" ? "saved" : intent}`);
    const at = new Date();
    return {
      ok: true,
      autosaved: true,
      id: saved.id,
      version: saved.version,
      at: at.toISOString(),
      keptAside: saved.keptAside,
      nonce: at.getTime(),
    };
  },
  refuse: (refusal, raw, strings): SaveState => ({
    ok: false,
    code: refusal.code,
    // Invalid input is marked field by field; the message says what to do about it.
    message: refusal.code === "validation" && !refusal.error ? strings.admin.fixErrors : refusal.message,
    fieldErrors: refusal.fieldErrors,
    values: postedFormValues(raw),
    nonce: Date.now(),
    conflictRevisionId: refusal.error instanceof ConflictError ? refusal.error.revisionId : undefined,
  }),
});
