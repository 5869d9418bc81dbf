"use client";

import { useActionState } from "react";
import { saveArticleAction, type ArticleFormState } from "./actions";
import { CreditsEditor } from "@/components/admin/credits-editor";
import { FieldError } from "@/components/admin/field-error";
import type { Messages } from "@/lib/i18n";
import type { ArticleFormValues } from "@/lib/validations/article-form-values";

interface Props {
  initial: ArticleFormValues;
  published: boolean;
  /** Shown but not editable (e.g. a reporter looking at their submitted article). */
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
        <label className="block">
          <span className="text-sm font-medium">{f.title}</span>
          <input
            name="title"
            defaultValue={values.title}
            className={`${fieldClass} text-lg`}
            aria-invalid={!!errors.title}
          />
          <FieldError messages={errors.title} />
        </label>
        <div className="grid gap-4 md:grid-cols-2">
          <label className="block">
            <span className="text-sm font-medium">{f.source}</span>
            <input name="source" defaultValue={values.source} className={fieldClass} aria-invalid={!!errors.source} />
            <FieldError messages={errors.source} />
          </label>
          <label className="block">
            <span className="text-sm font-medium">{f.publishedAt}</span>
            <input
              name="publishedAt"
              defaultValue={values.publishedAt}
              placeholder="2022-08-05 13:48"
              className={fieldClass}
              aria-invalid={!!errors.publishedAt}
              aria-describedby="publishedAt-hint"
            />
            <span id="publishedAt-hint" className="mt-1 block text-xs text-neutral-500">
              {f.publishedAtHint}
            </span>
            <FieldError messages={errors.publishedAt} />
          </label>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{f.credits}</legend>
          <div className="mt-2">
            <CreditsEditor name="credits" initial={values.credits} labels={labels.credits} />
          </div>
          <FieldError messages={errors.credits} />
        </fieldset>
        <label className="block">
          <span className="text-sm font-medium">{f.body}</span>
          <span className="ml-2 text-xs text-neutral-500">{f.bodyHint}</span>
          <textarea
            name="body"
            defaultValue={values.body}
            rows={20}
            className={`${fieldClass} font-serif leading-relaxed`}
            aria-invalid={!!errors.body}
          />
          <FieldError messages={errors.body} />
        </label>
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
