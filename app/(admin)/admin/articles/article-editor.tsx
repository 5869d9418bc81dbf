"use client";

import { unstable_rethrow } from "next/navigation";
import { useActionState, useCallback, useRef, useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { CreditsEditor, type RoleOption } from "@/components/admin/credits-editor";
import { Field } from "@/components/admin/field";
import { MediaPicker } from "@/components/admin/media-picker";
import { MediaLibraryProvider } from "@/components/admin/media-picker/library-context";
import { saveArticleAction, type SaveState } from "@/lib/actions/articles/save-article";
import type { FormFailure } from "@/lib/actions/form-state";
import { fill } from "@/lib/i18n/fill";
import { ARTICLE_FIELD_GROUPS, type ArticleFieldGroup } from "@/lib/validations/article-fields";
import { postedFormValues, type ArticleFormValues } from "@/lib/validations/article-form-values";
import { BodyField } from "./body-field";
import { FieldGroup, fieldClass } from "./declared-field";
import { SaveStatusLine } from "./save-status";
import { PRIMARY_KEYS, SAVE_KEYS, useSaveShortcuts } from "./use-save-shortcuts";
import { failedSave, useSaveStatus } from "./use-save-status";
import { WordChecks } from "./word-checks";
import type { EditorChecks } from "@/lib/services/sensitive-words/editor-checks";
import type { Messages } from "@/lib/i18n";

export interface EditorPermissions {
  canPublish: boolean;
  canSubmit: boolean;
  readOnly: boolean;
  /** Live articles: saving updates what readers see; autosaves are kept aside. */
  live: boolean;
}

interface Props {
  initial: ArticleFormValues;
  roles: RoleOption[];
  sections: Array<{ id: number; name: string }>;
  permissions: EditorPermissions;
  /** Milliseconds between autosaves of unsaved changes. */
  autosaveMs?: number;
  /** The upload limit (MEDIA_MAX_BYTES), for the cover and body image pickers. */
  mediaMaxBytes: number;
  /** The sensitive-word and source checks of the stored article (null: not stored yet), and their words. */
  checks?: { initial: EditorChecks | null; labels: Messages["words"]["editor"] };
}

const GROUPS = Object.keys(ARTICLE_FIELD_GROUPS) as ArticleFieldGroup[];

/** A save that got no answer: the form keeps what was typed, and the save is tried again. */
type Unreachable = Omit<FormFailure<ArticleFormValues>, "code"> & {
  code: "unreachable";
  conflictRevisionId?: undefined;
};
type EditorState = SaveState | Unreachable;

export function ArticleEditor({
  initial,
  roles,
  sections,
  permissions,
  autosaveMs = 10_000,
  mediaMaxBytes,
  checks,
}: Props) {
  const ui = useAdminMessages();
  const m = ui.editor;
  const words = ui.articleFields;
  const formRef = useRef<HTMLFormElement>(null);
  const [ids, setIds] = useState({ id: initial.id, version: initial.version });
  const onSaved = useCallback((saved: { id: number; version: number }) => setIds(saved), []);
  const { status, setStatus, markDirty, retryNow, whileSaving } = useSaveStatus({
    formRef,
    delayMs: autosaveMs,
    paused: permissions.readOnly,
    onSaved,
    unknownError: ui.common.unknownError,
  });

  // The save the editor asks for (a button, a shortcut). A refusal comes back with the input; a save
  // that got no answer keeps the input too, says so, and the autosave tries again.
  const submit = async (_previous: EditorState, form: FormData): Promise<EditorState> => {
    setStatus({ kind: "saving" });
    try {
      // No autosave runs beside it (it would be taken for a rival edit of the same version).
      const result = await whileSaving(() => saveArticleAction(null, form));
      if (result && !result.ok) setStatus({ kind: "refused", message: result.message });
      return result;
    } catch (error) {
      // A successful save redirects; that is Next's to carry out.
      unstable_rethrow(error);
      setStatus(failedSave(1));
      return {
        ok: false,
        code: "unreachable",
        message: m.saveUnreachable,
        fieldErrors: {},
        values: postedFormValues(Object.fromEntries(form)),
        nonce: Date.now(),
      };
    }
  };
  const [state, action, pending] = useActionState<EditorState, FormData>(submit, null);
  const failure = state && !state.ok ? state : null;
  // After a refused or failed save the form shows exactly what the editor submitted, never the stale original.
  const values = failure?.values ?? initial;
  const errors = failure?.fieldErrors ?? {};

  const primary = permissions.canPublish && !permissions.live ? "publish" : permissions.canSubmit ? "submit" : null;
  useSaveShortcuts(formRef, primary);

  const intentButton = (intent: string, label: string, tone: "primary" | "default", keys?: string) => (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      aria-keyshortcuts={keys}
      className={`rounded px-4 py-2 disabled:opacity-60 ${tone === "primary" ? "bg-brand font-medium text-white hover:bg-red-800" : "border border-neutral-400 hover:bg-neutral-100 dark:hover:bg-neutral-800"}`}
    >
      {label}
    </button>
  );

  return (
    <form ref={formRef} action={action} key={failure?.nonce ?? "initial"} noValidate onInput={markDirty}>
      <fieldset disabled={permissions.readOnly} className="space-y-6">
        {ids.id !== undefined && <input type="hidden" name="id" value={ids.id} />}
        {ids.version !== undefined && <input type="hidden" name="version" value={ids.version} />}
        {failure && (
          <div
            role="alert"
            className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            <p>{failure.message}</p>
            {failure.conflictRevisionId && ids.id !== undefined && (
              <p className="mt-1">
                <a
                  className="underline"
                  href={`/admin/articles/${ids.id}/history?compare=${failure.conflictRevisionId}`}
                >
                  {m.compareConflict}
                </a>
              </p>
            )}
          </div>
        )}
        {GROUPS.map((group) => (
          <FieldGroup key={group} group={group} values={values} errors={errors} words={words} sections={sections} />
        ))}
        <fieldset>
          <legend className="text-sm font-medium">{words.fields.credits.label}</legend>
          <div className="mt-2">
            <CreditsEditor name="credits" initial={values.credits} roles={roles} onChange={markDirty} />
          </div>
          {errors.credits && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.credits.join(" ")}</p>}
        </fieldset>
        <MediaPicker
          label={words.fields.coverMediaId.label}
          initial={values.coverMediaId}
          maxBytes={mediaMaxBytes}
          errors={errors.coverMediaId}
          onChange={markDirty}
        />
        {/* The body's image button offers the library too (see components/admin/rich-editor/panels.tsx). */}
        <MediaLibraryProvider maxBytes={mediaMaxBytes}>
          <BodyField label={words.fields.body.label} value={values.body} errors={errors.body} onChange={markDirty} />
        </MediaLibraryProvider>
        {checks && <WordChecks initial={checks.initial} labels={checks.labels} refused={errors.acknowledgeWarnings} />}
        {/* Kept in view however long the article: the save status and the primary actions. */}
        <div
          role="group"
          aria-label={m.actionsBar}
          data-testid="editor-actions"
          className="sticky bottom-0 z-10 -mx-2 flex flex-wrap items-end gap-3 border-t border-neutral-200 bg-neutral-50/95 px-2 py-3 backdrop-blur dark:border-neutral-800 dark:bg-neutral-950/95"
        >
          {intentButton("save", permissions.live ? m.saveLive : m.saveDraft, "default", SAVE_KEYS)}
          {permissions.canSubmit &&
            intentButton("submit", m.submit, "default", primary === "submit" ? PRIMARY_KEYS : undefined)}
          {permissions.canPublish && !permissions.live && intentButton("publish", m.publish, "primary", PRIMARY_KEYS)}
          {permissions.canPublish && !permissions.live && (
            <span className="flex items-end gap-2">
              <Field id="article-scheduled-at" label={m.scheduledAt} errors={errors.scheduledAt}>
                <input
                  id="article-scheduled-at"
                  name="scheduledAt"
                  defaultValue={values.scheduledAt}
                  placeholder="2026-12-01 08:00"
                  className={`${fieldClass} w-44`}
                  aria-invalid={!!errors.scheduledAt}
                />
              </Field>
              {intentButton("schedule", m.schedule, "default")}
            </span>
          )}
          <SaveStatusLine status={status} onRetry={retryNow} />
          <span className="ml-auto text-xs text-neutral-500">
            {primary ? fill(m.shortcutsWith, { action: primary === "publish" ? m.publish : m.submit }) : m.shortcuts}
          </span>
        </div>
      </fieldset>
    </form>
  );
}
