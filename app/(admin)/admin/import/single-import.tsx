"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { CreditsEditor, type RoleOption } from "@/components/admin/credits-editor";
import { createFromImportAction } from "@/lib/actions/import/create-from-import";
import { previewImportAction, type ImportPreview } from "@/lib/actions/import/preview-import";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900";

function Preview({
  text,
  preview,
  roles,
  canPublish,
}: {
  text: string;
  preview: ImportPreview;
  roles: RoleOption[];
  canPublish: boolean;
}) {
  const m = useAdminMessages().import;
  const uncertain = preview.nameSplits.filter((split) => split.alternatives.length > 0);
  const fields = (publish: boolean) => ({ text, publish: String(publish) });
  const form = (publish: boolean) => (
    <ActionForm
      action={createFromImportAction}
      fields={fields(publish)}
      label={publish ? m.createAndPublish : m.createDraft}
      tone={publish ? "primary" : "default"}
      className="space-y-3"
    >
      <label className="block">
        {m.title}
        <input name="title" defaultValue={preview.title} className={inputClass} />
      </label>
      <div className="grid gap-3 md:grid-cols-2">
        <label className="block">
          {m.publishedAt}
          <input name="publishedAt" defaultValue={preview.publishedAt} className={inputClass} />
        </label>
        <label className="block">
          {m.source}
          <input name="source" defaultValue={preview.source} className={inputClass} />
        </label>
      </div>
      <fieldset>
        <legend>{m.credits}</legend>
        <CreditsEditor name="credits" initial={preview.credits} roles={roles} />
      </fieldset>
      {preview.duplicate && (
        <label className="block text-sm">
          <input type="checkbox" name="allowDuplicate" value="true" /> {m.importAnyway}
        </label>
      )}
    </ActionForm>
  );
  return (
    <section
      aria-label={m.result}
      className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <h2 className="font-bold">{m.result}</h2>
      {preview.duplicate && (
        <div
          data-testid="duplicate-warning"
          className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          <p className="font-bold">
            {fill(m.duplicateWarning, { id: preview.duplicate.id, title: preview.duplicate.title })}
          </p>
          <p>
            {m.duplicateCheck}{" "}
            <Link className="underline" href={preview.duplicate.path}>
              {m.openExisting}
            </Link>
          </p>
        </div>
      )}
      {preview.nameSplits.length > 0 && (
        <ul className="space-y-1 text-sm" data-testid="name-splits">
          {preview.nameSplits.map((split) => (
            <li key={split.text}>
              {fill(m.splitInto, { text: split.text })}
              <strong>{split.names.join(m.nameSeparator)}</strong>
              {split.alternatives.length > 0 && (
                <>
                  {fill(m.alternatives, {
                    names: split.alternatives.map((names) => names.join(m.nameSeparator)).join(" / "),
                  })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {(preview.notes.length > 0 || uncertain.length > 0) && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300" data-testid="import-notes">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {form(false)}
      {canPublish && <p className="text-sm text-neutral-500">{m.orPublish}</p>}
      {canPublish && form(true)}
      <details>
        <summary className="cursor-pointer text-sm">{fill(m.body, { n: preview.blocks.length })}</summary>
        <ol className="mt-2 space-y-1 text-sm">
          {preview.blocks.map((block, index) => (
            <li key={index} className={block.type === "heading" ? "font-bold" : ""}>
              {block.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

export function SingleImport({ roles, canPublish }: { roles: RoleOption[]; canPublish: boolean }) {
  const m = useAdminMessages().import;
  const [text, setText] = useState("");
  const [state, dispatch, pending] = useActionState<ActionResult<ImportPreview> | null, FormData>(
    previewImportAction,
    null,
  );
  return (
    <div className="space-y-4">
      <form action={dispatch} className="space-y-2">
        <label className="block">
          {m.paste}
          <textarea
            name="text"
            rows={10}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className={`${inputClass} font-mono text-sm`}
          />
        </label>
        <label className="block text-sm">
          {m.orFile}
          <input
            type="file"
            accept=".txt,text/plain"
            className="ml-2"
            onChange={async (event) => setText((await event.target.files?.[0]?.text()) ?? "")}
          />
        </label>
        <button type="submit" disabled={pending} className="rounded border border-neutral-400 px-3 py-1.5">
          {pending ? m.parsing : m.parse}
        </button>
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {state.message}
          </p>
        )}
      </form>
      {state?.ok && state.data && (
        <Preview key={text} text={text} preview={state.data} roles={roles} canPublish={canPublish} />
      )}
    </div>
  );
}
