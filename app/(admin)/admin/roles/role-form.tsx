"use client";

import { ActionForm } from "@/components/admin/action-form";
import { createCreditRoleAction } from "@/lib/actions/admin/taxonomy";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

export function CreditRoleForm() {
  return (
    <ActionForm action={createCreditRoleAction} label="添加角色">
      <input name="key" placeholder="代码,如 TRANSLATOR" aria-label="角色代码" className={`${inputClass} w-40`} />
      <input name="nameZh" placeholder="中文名,如 翻译" aria-label="中文名称" className={`${inputClass} w-32`} />
      <input name="nameEn" placeholder="英文名,如 Translator" aria-label="英文名称" className={`${inputClass} w-40`} />
      <select name="placement" aria-label="位置" className={inputClass}>
        <option value="BYLINE">正文前署名</option>
        <option value="CLOSING">文末署名</option>
      </select>
    </ActionForm>
  );
}
