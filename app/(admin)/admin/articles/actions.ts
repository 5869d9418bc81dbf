"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { failureFromError, failureFromZod, type FormFailure } from "@/lib/actions/form-state";
import { env } from "@/lib/env";
import { getMessages } from "@/lib/i18n";
import { textToDoc } from "@/lib/newsroom/body";
import { saveArticle } from "@/lib/services/articles/save-article";
import { unpublishArticle } from "@/lib/services/articles/unpublish-article";
import { articleFormSchema } from "@/lib/validations/article";
import type { ArticleFormValues, CreditRow } from "@/lib/validations/article-form-values";

export type ArticleFormState = FormFailure<ArticleFormValues> | null;

function readCreditRows(text: string): CreditRow[] {
  try {
    const rows: unknown = JSON.parse(text);
    return Array.isArray(rows) ? (rows as CreditRow[]) : [];
  } catch {
    return [];
  }
}

function submittedValues(form: FormData): ArticleFormValues {
  const text = (key: string) => String(form.get(key) ?? "");
  const number = (key: string) => (form.get(key) ? Number(form.get(key)) : undefined);
  return {
    id: number("id"),
    version: number("version"),
    title: text("title"),
    source: text("source"),
    publishedAt: text("publishedAt"),
    body: text("body"),
    credits: readCreditRows(text("credits") || "[]"),
  };
}

export async function saveArticleAction(_previous: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = submittedValues(form);
  const parsed = articleFormSchema(env.timeZone).safeParse(Object.fromEntries(form));
  if (!parsed.success) return failureFromZod(parsed.error, values, getMessages().admin.fixErrors);
  const { intent, body, ...fields } = parsed.data;
  let saved;
  try {
    saved = await saveArticle(await actionContext(), {
      ...fields,
      body: textToDoc(body),
      publish: intent === "publish",
    });
  } catch (error) {
    return failureFromError(error, values);
  }
  redirect(`/admin/articles/${saved.id}?notice=${intent === "publish" ? "published" : "saved"}`);
}

export interface UnpublishState {
  message?: string;
}

export async function unpublishArticleAction(_previous: UnpublishState, form: FormData): Promise<UnpublishState> {
  const id = Number(form.get("id"));
  try {
    await unpublishArticle(await actionContext(), id);
  } catch (error) {
    return { message: failureFromError(error, null).message };
  }
  redirect(`/admin/articles/${id}?notice=unpublished`);
}
