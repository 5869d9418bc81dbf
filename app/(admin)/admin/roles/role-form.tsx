"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { createCreditRoleAction } from "@/lib/actions/admin/taxonomy";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export function CreditRoleForm() {
  const m = useAdminMessages().roleForm;
  return (
    <ActionForm action={createCreditRoleAction} label={m.add}>
      <input name="key" placeholder={m.key} aria-label={m.keyLabel} className={`${inputClass} w-40`} />
      <input name="nameZh" placeholder={m.nameZh} aria-label={m.nameZhLabel} className={`${inputClass} w-32`} />
      <input name="nameEn" placeholder={m.nameEn} aria-label={m.nameEnLabel} className={`${inputClass} w-40`} />
      <select name="placement" aria-label={m.placement} className={inputClass}>
        <option value="BYLINE">{m.byline}</option>
        <option value="CLOSING">{m.closing}</option>
      </select>
    </ActionForm>
  );
}
