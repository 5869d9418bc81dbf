"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { deleteTagAction, renameTagAction } from "@/lib/actions/admin/taxonomy";
import { fill } from "@/lib/i18n/fill";

export function TagRow({ id, name }: { id: number; name: string }) {
  const ui = useAdminMessages();
  const m = ui.tagForm;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <ActionForm action={renameTagAction} fields={{ id }} label={m.rename}>
        <input
          name="name"
          defaultValue={name}
          aria-label={fill(m.name, { name })}
          className="rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        />
      </ActionForm>
      <ActionForm
        action={deleteTagAction}
        fields={{ id }}
        label={ui.common.delete}
        tone="danger"
        confirm={fill(m.confirmDelete, { name })}
      />
    </span>
  );
}
