"use client";

import { useActionState } from "react";
import { saveArticleAction, type ArticleFormState } from "./actions";
import { CreditsEditor } from "@/components/admin/credits-editor";
import { describedBy, Field } from "@/components/admin/field";
import type { Messages } from "@/lib/i18n";
import type { ArticleFormValues } from "@/lib/validations/article-form-values";

interface Props {
  initial: ArticleFormValues;
  published: boolean;
  /** Shown but not editable (e.g. a reporter looking at an article they may no longer change). */
  readOnly?: boolean;
  labels: Messages["admin"];
}

const fieldClass =
  "mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

export function ArticleForm({ initial, published, readOnly = false, labels }: Props) {
  const [state, action, pending] = useActionState<ArticleFormState, FormData>(saveArticleAction, null);
  // After a refused save the form shows exactly what the editor submitted, never the stale original.
  const values = state?.values ?? initial;
  const errors = state?.fieldErrors ?? {};
  const f = labels.fields;

  return (
    <form action={action} key={state?.nonce ?? "initial"} noValidate>
      <fieldset disabled={readOnly} className="space-y-6">
        {values.id !== undefined && <input type="hidden" name="id" value={values.id} />}
        {values.version !== undefined && <input type="hidden" name="version" value={values.version} />}
        {state && (
          <p
            role="alert"
            className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {state.message}
          </p>
        )}
        <Field id="article-title" label={f.title} errors={errors.title}>
          <input
            id="article-title"
            name="title"
            defaultValue={values.title}
            className={`${fieldClass} text-lg`}
            aria-invalid={!!errors.title}
            aria-describedby={describedBy("article-title", undefined, errors.title)}
          />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="article-source" label={f.source} errors={errors.source}>
            <input
              id="article-source"
              name="source"
              defaultValue={values.source}
              className={fieldClass}
              aria-invalid={!!errors.source}
              aria-describedby={describedBy("article-source", undefined, errors.source)}
            />
          </Field>
          <Field id="article-published-at" label={f.publishedAt} hint={f.publishedAtHint} errors={errors.publishedAt}>
            <input
              id="article-published-at"
              name="publishedAt"
              defaultValue={values.publishedAt}
              placeholder="2022-08-05 13:48"
              className={fieldClass}
              aria-invalid={!!errors.publishedAt}
              aria-describedby={describedBy("article-published-at", f.publishedAtHint, errors.publishedAt)}
            />
          </Field>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{f.credits}</legend>
          <div className="mt-2">
            <CreditsEditor name="credits" initial={values.credits} labels={labels.credits} />
          </div>
          {errors.credits && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.credits.join(" ")}</p>}
        </fieldset>
        <Field id="article-body" label={f.body} hint={f.bodyHint} errors={errors.body}>
          <textarea
            id="article-body"
            name="body"
            defaultValue={values.body}
            rows={20}
            className={`${fieldClass} font-serif leading-relaxed`}
            aria-invalid={!!errors.body}
            aria-describedby={describedBy("article-body", f.bodyHint, errors.body)}
          />
        </Field>
        <div className="flex gap-3">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className="rounded border border-neutral-400 px-4 py-2 hover:bg-neutral-100 disabled:opacity-60 dark:hover:bg-neutral-800"
          >
            {pending ? labels.actions.saving : published ? labels.actions.update : labels.actions.save}
          </button>
          {!published && (
            <button
              type="submit"
              name="intent"
              value="publish"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
            >
              {labels.actions.publish}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
