"use client";

import { ActionForm } from "@/components/admin/action-form";
import { addCorrectionAction } from "@/lib/actions/articles/corrections";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export function CorrectionForm({ id }: { id: number }) {
  return (
    <ActionForm
      action={addCorrectionAction}
      fields={{ id }}
      label="发布更正"
      className="flex flex-wrap items-start gap-2"
    >
      <select name="kind" aria-label="类型" className={inputClass}>
        <option value="CORRECTION">更正</option>
        <option value="UPDATE">更新</option>
      </select>
      <textarea
        name="text"
        aria-label="更正内容"
        rows={2}
        placeholder="例如:本文此前将某某误写为……,现已更正。"
        className={`${inputClass} w-[32rem]`}
      />
    </ActionForm>
  );
}
