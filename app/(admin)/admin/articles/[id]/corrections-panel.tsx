"use client";

import { ActionForm } from "@/components/admin/action-form";
import type { Messages } from "@/lib/i18n";
import { addCorrectionAction } from "@/lib/actions/articles/corrections";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export function CorrectionForm({ id, labels: m }: { id: number; labels: Messages["admin"]["corrections"] }) {
  return (
    <ActionForm
      action={addCorrectionAction}
      fields={{ id }}
      label={m.submit}
      className="flex flex-wrap items-start gap-2"
    >
      <select name="kind" aria-label={m.kind} className={inputClass}>
        <option value="CORRECTION">{m.correction}</option>
        <option value="UPDATE">{m.update}</option>
      </select>
      <textarea
        name="text"
        aria-label={m.text}
        rows={2}
        placeholder={m.placeholder}
        className={`${inputClass} w-[32rem]`}
      />
    </ActionForm>
  );
}
