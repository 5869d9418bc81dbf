"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { failureFromZod, type FormFailure } from "@/lib/actions/form-state";
import { attempt } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { actionStrings } from "@/lib/i18n/server";
import { ConflictError, saveArticle } from "@/lib/services/articles/save-article";
import type { TransitionRequest } from "@/lib/services/articles/transition";
import { articleFormSchema, type ArticleFormData } from "@/lib/validations/article";
import { postedFormValues, type ArticleFormValues } from "@/lib/validations/article-form-values";

export type SaveState =
  | null
  | (FormFailure<ArticleFormValues> & { conflictRevisionId?: number })
  | { ok: true; autosaved: true; id: number; version: number; at: string; keptAside: boolean; nonce: number };

function transitionFor(intent: ArticleFormData["intent"], at: Date | null | undefined): TransitionRequest | undefined {
  if (intent === "publish") return { action: "publish" };
  if (intent === "submit") return { action: "submit" };
  if (intent === "schedule") return { action: "schedule", at: at ?? null };
  return undefined;
}

export async function saveArticleAction(_previous: SaveState, form: FormData): Promise<SaveState> {
  const values = postedFormValues(form);
  const messages = await actionStrings();
  const parsed = articleFormSchema(env.timeZone, messages.admin.ui.articleFields).safeParse(Object.fromEntries(form));
  if (!parsed.success) return failureFromZod(parsed.error, values, messages.admin.fixErrors);
  const { intent, scheduledAt, ...input } = parsed.data;
  const result = await attempt(async () =>
    saveArticle(await actionContext(), {
      ...input,
      autosave: intent === "autosave",
      then: transitionFor(intent, scheduledAt),
    }),
  );
  if (!result.ok) {
    const { error } = result;
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values,
      nonce: Date.now(),
      conflictRevisionId: error instanceof ConflictError ? error.revisionId : undefined,
    };
  }
  const saved = result.value;
  if (intent === "autosave") {
    return {
      ok: true,
      autosaved: true,
      id: saved.id,
      version: saved.version,
      at: new Date().toISOString(),
      keptAside: saved.keptAside,
      nonce: Date.now(),
    };
  }
  redirect(`/admin/articles/${saved.id}?notice=${intent === "save" ? "saved" : intent}`);
}
