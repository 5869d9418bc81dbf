"use client";

import { ActionForm } from "@/components/admin/action-form";
import { deleteTagAction, renameTagAction } from "@/lib/actions/admin/taxonomy";

export function TagRow({ id, name }: { id: number; name: string }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <ActionForm action={renameTagAction} fields={{ id }} label="改名">
        <input
          name="name"
          defaultValue={name}
          aria-label={`标签 ${name}`}
          className="rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        />
      </ActionForm>
      <ActionForm
        action={deleteTagAction}
        fields={{ id }}
        label="删除"
        tone="danger"
        confirm={`删除标签“${name}”?文章本身不受影响。`}
      />
    </span>
  );
}
