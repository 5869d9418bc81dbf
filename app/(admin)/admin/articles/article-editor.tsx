"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { CreditsEditor, type RoleOption } from "@/components/admin/credits-editor";
import { describedBy, Field } from "@/components/admin/field";
import { MediaPicker } from "@/components/admin/media-picker";
import { MediaLibraryProvider } from "@/components/admin/media-picker/library-context";
import { saveArticleAction, type SaveState } from "@/lib/actions/articles/save-article";
import { fill } from "@/lib/i18n/fill";
import type { ArticleFormValues } from "@/lib/validations/article-form-values";
import { BodyField } from "./body-field";

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

const fieldClass =
  "mt-1 block w-full rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

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
        <Field id="article-kicker" label={m.kicker} errors={errors.kicker}>
          <input
            id="article-kicker"
            name="kicker"
            defaultValue={values.kicker}
            className={fieldClass}
            aria-describedby={describedBy("article-kicker", undefined, errors.kicker)}
          />
        </Field>
        <Field id="article-title" label={m.title} errors={errors.title}>
          <input
            id="article-title"
            name="title"
            defaultValue={values.title}
            className={`${fieldClass} text-lg font-semibold`}
            aria-invalid={!!errors.title}
            aria-describedby={describedBy("article-title", undefined, errors.title)}
          />
        </Field>
        <Field id="article-subtitle" label={m.subtitle} errors={errors.subtitle}>
          <input
            id="article-subtitle"
            name="subtitle"
            defaultValue={values.subtitle}
            className={fieldClass}
            aria-describedby={describedBy("article-subtitle", undefined, errors.subtitle)}
          />
        </Field>
        <Field id="article-summary" label={m.summary} errors={errors.summary}>
          <textarea
            id="article-summary"
            name="summary"
            rows={2}
            defaultValue={values.summary}
            className={fieldClass}
            aria-describedby={describedBy("article-summary", undefined, errors.summary)}
          />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="article-source" label={m.source} errors={errors.source}>
            <input
              id="article-source"
              name="source"
              defaultValue={values.source}
              className={fieldClass}
              aria-describedby={describedBy("article-source", undefined, errors.source)}
            />
          </Field>
          <Field id="article-source-url" label={m.sourceUrl} errors={errors.sourceUrl}>
            <input
              id="article-source-url"
              name="sourceUrl"
              type="url"
              defaultValue={values.sourceUrl}
              className={fieldClass}
              aria-invalid={!!errors.sourceUrl}
              aria-describedby={describedBy("article-source-url", undefined, errors.sourceUrl)}
            />
          </Field>
          <Field id="article-section" label={m.section} errors={errors.sectionId}>
            <select id="article-section" name="sectionId" defaultValue={values.sectionId} className={fieldClass}>
              <option value="">{m.noSection}</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="article-tags" label={m.tags} hint={m.tagsHint} errors={errors.tags}>
            <input
              id="article-tags"
              name="tags"
              defaultValue={values.tags}
              className={fieldClass}
              aria-describedby={describedBy("article-tags", m.tagsHint, errors.tags)}
            />
          </Field>
          <Field id="article-published-at" label={m.publishedAt} hint={m.publishedAtHint} errors={errors.publishedAt}>
            <input
              id="article-published-at"
              name="publishedAt"
              defaultValue={values.publishedAt}
              placeholder="2022-08-05 13:48"
              className={fieldClass}
              aria-invalid={!!errors.publishedAt}
              aria-describedby={describedBy("article-published-at", m.publishedAtHint, errors.publishedAt)}
            />
          </Field>
          <Field id="article-embargo" label={m.embargoUntil} hint={m.embargoHint} errors={errors.embargoUntil}>
            <input
              id="article-embargo"
              name="embargoUntil"
              defaultValue={values.embargoUntil}
              placeholder={m.embargoPlaceholder}
              className={fieldClass}
              aria-invalid={!!errors.embargoUntil}
              aria-describedby={describedBy("article-embargo", m.embargoHint, errors.embargoUntil)}
            />
          </Field>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{m.credits}</legend>
          <div className="mt-2">
            <CreditsEditor name="credits" initial={values.credits} roles={roles} onChange={markDirty} />
          </div>
          {errors.credits && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.credits.join(" ")}</p>}
        </fieldset>
        <MediaPicker
          initial={values.cover}
          maxBytes={mediaMaxBytes}
          errors={errors.coverMediaId}
          onChange={markDirty}
        />
        {/* The body's image button offers the library too (see components/admin/rich-editor/panels.tsx). */}
        <MediaLibraryProvider maxBytes={mediaMaxBytes}>
          <BodyField value={values.body} errors={errors.body} onChange={markDirty} />
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
