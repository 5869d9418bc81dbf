"use server";

import { redirect } from "next/navigation";
import { actionContext } from "@/lib/actions/action-context";
import { failureFromZod, type FormFailure } from "@/lib/actions/form-state";
import { attempt } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { actionStrings } from "@/lib/i18n/server";
import { normalizeEditorJson, textToDoc, type BodyDoc } from "@/lib/newsroom/body";
import { ConflictError, saveArticle } from "@/lib/services/articles/save-article";
import type { TransitionRequest } from "@/lib/services/articles/transition";
import { articleFormSchema, coverChoiceSchema, type ArticleFormData } from "@/lib/validations/article";
import type { ArticleFormValues, CoverChoice, CreditRow } from "@/lib/validations/article-form-values";

export type SaveState =
  | null
  | (FormFailure<ArticleFormValues> & { conflictRevisionId?: number })
  | { ok: true; autosaved: true; id: number; version: number; at: string; keptAside: boolean; nonce: number };

function creditRows(text: string): CreditRow[] {
  try {
    const rows: unknown = JSON.parse(text);
    return Array.isArray(rows) ? (rows as CreditRow[]) : [];
  } catch {
    return [];
  }
}

/** The cover the form was sent with, to show it again if the save is refused. */
function submittedCover(form: FormData): CoverChoice | null {
  const id = Number(form.get("coverMediaId") || NaN);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  try {
    const choice = coverChoiceSchema.safeParse(JSON.parse(String(form.get("coverChoice") ?? "")));
    if (choice.success && choice.data.id === id) return choice.data;
  } catch {
    // Not sent or not readable: the picker still shows which image by its number.
  }
  return { id, url: "", width: 0, height: 0, alt: "", name: `#${id}` };
}

function submittedValues(form: FormData): ArticleFormValues {
  const text = (key: string) => String(form.get(key) ?? "");
  const number = (key: string) => (form.get(key) ? Number(form.get(key)) : undefined);
  return {
    id: number("id"),
    version: number("version"),
    kicker: text("kicker"),
    title: text("title"),
    subtitle: text("subtitle"),
    summary: text("summary"),
    source: text("source"),
    sourceUrl: text("sourceUrl"),
    sectionId: text("sectionId"),
    tags: text("tags"),
    publishedAt: text("publishedAt"),
    embargoUntil: text("embargoUntil"),
    scheduledAt: text("scheduledAt"),
    body: text("body"),
    credits: creditRows(text("credits") || "[]"),
    cover: submittedCover(form),
  };
}

/** The editor posts the document as JSON; plain text (one paragraph per line) is accepted too. */
function readBody(raw: string, format: FormDataEntryValue | null): BodyDoc | null {
  if (format !== "json") return textToDoc(raw);
  if (raw.trim() === "") return { type: "doc", content: [] };
  try {
    return normalizeEditorJson(JSON.parse(raw));
  } catch {
    return null;
  }
}

function transitionFor(data: ArticleFormData): TransitionRequest | undefined {
  if (data.intent === "publish") return { action: "publish" };
  if (data.intent === "submit") return { action: "submit" };
  if (data.intent === "schedule") return { action: "schedule", at: data.scheduledAt };
  return undefined;
}

export async function saveArticleAction(_previous: SaveState, form: FormData): Promise<SaveState> {
  const values = submittedValues(form);
  const messages = (await actionStrings()).admin;
  const parsed = articleFormSchema(env.timeZone).safeParse(Object.fromEntries(form));
  if (!parsed.success) return failureFromZod(parsed.error, values, messages.fixErrors);
  const body = readBody(parsed.data.body, form.get("bodyFormat"));
  if (!body) {
    return {
      ok: false,
      code: "validation",
      message: messages.fixErrors,
      fieldErrors: { body: [(await actionStrings()).actions.unreadableBody] },
      values,
      nonce: Date.now(),
    };
  }
  const data = parsed.data;
  const { intent } = data;
  const result = await attempt(async () =>
    saveArticle(await actionContext(), {
      id: data.id,
      version: data.version,
      kicker: data.kicker,
      title: data.title,
      subtitle: data.subtitle,
      summary: data.summary,
      body,
      source: data.source,
      sourceUrl: data.sourceUrl,
      sectionId: data.sectionId,
      tags: data.tags,
      publishedAt: data.publishedAt,
      embargoUntil: data.embargoUntil,
      credits: data.credits,
      coverMediaId: data.coverMediaId,
      autosave: intent === "autosave",
      then: transitionFor(data),
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
