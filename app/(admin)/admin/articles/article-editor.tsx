"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { CreditsEditor, type RoleOption } from "@/components/admin/credits-editor";
import { Field } from "@/components/admin/field";
import { MediaPicker } from "@/components/admin/media-picker";
import { MediaLibraryProvider } from "@/components/admin/media-picker/library-context";
import { saveArticleAction, type SaveState } from "@/lib/actions/articles/save-article";
import { fill } from "@/lib/i18n/fill";
import { ARTICLE_FIELD_GROUPS, type ArticleFieldGroup } from "@/lib/validations/article-fields";
import type { ArticleFormValues } from "@/lib/validations/article-form-values";
import { BodyField } from "./body-field";
import { FieldGroup, fieldClass } from "./declared-field";

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
}

const GROUPS = Object.keys(ARTICLE_FIELD_GROUPS) as ArticleFieldGroup[];

type AutosaveStatus =
  | { kind: "clean" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; keptAside: boolean }
  | { kind: "failed"; message: string };

function AutosaveIndicator({ status }: { status: AutosaveStatus }) {
  const m = useAdminMessages().editor;
  const savedAt = (at: string) =>
    new Date(at).toLocaleTimeString(m.timeLocale, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const text = {
    clean: m.autosaveClean,
    dirty: m.autosaveDirty,
    saving: m.autosaveSaving,
    saved:
      status.kind === "saved"
        ? `${fill(m.autosaved, { time: savedAt(status.at) })}${status.keptAside ? m.keptAside : ""}`
        : "",
    failed: status.kind === "failed" ? fill(m.autosaveFailed, { message: status.message }) : "",
  }[status.kind];
  return (
    <span
      data-testid="autosave-status"
      aria-live="polite"
      className={`text-sm ${status.kind === "failed" ? "text-red-700" : "text-neutral-500"}`}
    >
      {text}
    </span>
  );
}

export function ArticleEditor({ initial, roles, sections, permissions, autosaveMs = 10_000, mediaMaxBytes }: Props) {
  const ui = useAdminMessages();
  const m = ui.editor;
  const words = ui.articleFields;
  const [state, action, pending] = useActionState<SaveState, FormData>(saveArticleAction, null);
  const failure = state && !("autosaved" in state) ? state : null;
  // After a refused save the form shows exactly what the editor submitted, never the stale original.
  const values = failure?.values ?? initial;
  const errors = failure?.fieldErrors ?? {};

  const formRef = useRef<HTMLFormElement>(null);
  const [ids, setIds] = useState({ id: values.id, version: values.version });
  const [autosave, setAutosave] = useState<AutosaveStatus>({ kind: "clean" });
  const dirty = autosave.kind === "dirty" || autosave.kind === "failed";
  // Changes typed while an autosave is on its way are not in that save.
  const changedWhileSaving = useRef(false);
  const markDirty = useCallback(() => {
    setAutosave((current) => {
      if (current.kind !== "saving") return { kind: "dirty" };
      changedWhileSaving.current = true;
      return current;
    });
  }, []);

  // Closing the tab with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (autosave.kind !== "dirty" || permissions.readOnly || pending) return;
    const timer = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      const data = new FormData(form);
      if (String(data.get("title") ?? "").trim() === "") return; // nothing worth keeping yet
      data.set("intent", "autosave");
      setAutosave({ kind: "saving" });
      changedWhileSaving.current = false;
      const result = await saveArticleAction(null, data);
      if (result && "autosaved" in result) {
        setIds({ id: result.id, version: result.version });
        setAutosave(
          changedWhileSaving.current
            ? { kind: "dirty" }
            : { kind: "saved", at: result.at, keptAside: result.keptAside },
        );
      } else {
        setAutosave({ kind: "failed", message: result?.message ?? ui.common.unknownError });
      }
    }, autosaveMs);
    return () => clearTimeout(timer);
  }, [autosave, autosaveMs, pending, permissions.readOnly, ui.common.unknownError]);

  const intentButton = (intent: string, label: string, tone: "primary" | "default") => (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      className={`rounded px-4 py-2 disabled:opacity-60 ${tone === "primary" ? "bg-brand font-medium text-white hover:bg-red-800" : "border border-neutral-400 hover:bg-neutral-100 dark:hover:bg-neutral-800"}`}
    >
      {label}
    </button>
  );

  return (
    <form
      ref={formRef}
      action={action}
      key={failure?.nonce ?? "initial"}
      noValidate
      onInput={markDirty}
      onSubmit={() => setAutosave({ kind: "clean" })}
    >
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
        <div className="flex flex-wrap items-end gap-3 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          {intentButton("save", permissions.live ? m.saveLive : m.saveDraft, "default")}
          {permissions.canSubmit && intentButton("submit", m.submit, "default")}
          {permissions.canPublish && !permissions.live && intentButton("publish", m.publish, "primary")}
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
          <AutosaveIndicator status={autosave} />
        </div>
      </fieldset>
    </form>
  );
}
