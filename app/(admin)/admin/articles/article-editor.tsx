"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { CreditsEditor, type RoleOption } from "@/components/admin/credits-editor";
import { describedBy, Field } from "@/components/admin/field";
import { MediaPicker } from "@/components/admin/media-picker";
import { MediaLibraryProvider } from "@/components/admin/media-picker/library-context";
import { saveArticleAction, type SaveState } from "@/lib/actions/articles/save-article";
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
  const text = {
    clean: "没有未保存的修改",
    dirty: "有未保存的修改",
    saving: "正在自动保存…",
    saved:
      status.kind === "saved"
        ? `已自动保存 ${new Date(status.at).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit" })}${status.keptAside ? "(已发布的文章:修改另存,未公开)" : ""}`
        : "",
    failed: status.kind === "failed" ? `自动保存失败:${status.message}` : "",
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
        setAutosave({ kind: "failed", message: result?.message ?? "未知错误" });
      }
    }, autosaveMs);
    return () => clearTimeout(timer);
  }, [autosave, autosaveMs, pending, permissions.readOnly]);

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
                  对比你的版本与当前版本
                </a>
              </p>
            )}
          </div>
        )}
        <Field id="article-kicker" label="引题" errors={errors.kicker}>
          <input
            id="article-kicker"
            name="kicker"
            defaultValue={values.kicker}
            className={fieldClass}
            aria-describedby={describedBy("article-kicker", undefined, errors.kicker)}
          />
        </Field>
        <Field id="article-title" label="标题" errors={errors.title}>
          <input
            id="article-title"
            name="title"
            defaultValue={values.title}
            className={`${fieldClass} text-lg font-semibold`}
            aria-invalid={!!errors.title}
            aria-describedby={describedBy("article-title", undefined, errors.title)}
          />
        </Field>
        <Field id="article-subtitle" label="副题" errors={errors.subtitle}>
          <input
            id="article-subtitle"
            name="subtitle"
            defaultValue={values.subtitle}
            className={fieldClass}
            aria-describedby={describedBy("article-subtitle", undefined, errors.subtitle)}
          />
        </Field>
        <Field id="article-summary" label="摘要" errors={errors.summary}>
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
          <Field id="article-source" label="来源" errors={errors.source}>
            <input
              id="article-source"
              name="source"
              defaultValue={values.source}
              className={fieldClass}
              aria-describedby={describedBy("article-source", undefined, errors.source)}
            />
          </Field>
          <Field id="article-source-url" label="来源链接" errors={errors.sourceUrl}>
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
          <Field id="article-section" label="栏目" errors={errors.sectionId}>
            <select id="article-section" name="sectionId" defaultValue={values.sectionId} className={fieldClass}>
              <option value="">(无)</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="article-tags" label="标签" hint="用逗号或顿号分隔" errors={errors.tags}>
            <input
              id="article-tags"
              name="tags"
              defaultValue={values.tags}
              className={fieldClass}
              aria-describedby={describedBy("article-tags", "用逗号或顿号分隔", errors.tags)}
            />
          </Field>
          <Field
            id="article-published-at"
            label="发布时间(北京时间)"
            hint="例如 2022-08-05 13:48;留空则在发布时取当前时间"
            errors={errors.publishedAt}
          >
            <input
              id="article-published-at"
              name="publishedAt"
              defaultValue={values.publishedAt}
              placeholder="2022-08-05 13:48"
              className={fieldClass}
              aria-invalid={!!errors.publishedAt}
              aria-describedby={describedBy("article-published-at", "例如", errors.publishedAt)}
            />
          </Field>
          <Field
            id="article-embargo"
            label="禁发至(北京时间)"
            hint="此时间之前,网站、订阅源和搜索中都不会出现本文"
            errors={errors.embargoUntil}
          >
            <input
              id="article-embargo"
              name="embargoUntil"
              defaultValue={values.embargoUntil}
              placeholder="留空表示不设禁发"
              className={fieldClass}
              aria-invalid={!!errors.embargoUntil}
              aria-describedby={describedBy("article-embargo", "此时间", errors.embargoUntil)}
            />
          </Field>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">署名</legend>
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
          {intentButton("save", permissions.live ? "保存并更新" : "保存草稿", "default")}
          {permissions.canSubmit && intentButton("submit", "提交审核", "default")}
          {permissions.canPublish && !permissions.live && intentButton("publish", "发布", "primary")}
          {permissions.canPublish && !permissions.live && (
            <span className="flex items-end gap-2">
              <Field id="article-scheduled-at" label="定时发布时间" errors={errors.scheduledAt}>
                <input
                  id="article-scheduled-at"
                  name="scheduledAt"
                  defaultValue={values.scheduledAt}
                  placeholder="2026-12-01 08:00"
                  className={`${fieldClass} w-44`}
                  aria-invalid={!!errors.scheduledAt}
                />
              </Field>
              {intentButton("schedule", "定时发布", "default")}
            </span>
          )}
          <AutosaveIndicator status={autosave} />
        </div>
      </fieldset>
    </form>
  );
}
