"use client";

import { ActionForm } from "@/components/admin/action-form";
import { deleteSectionAction, saveSectionAction } from "@/lib/actions/admin/taxonomy";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

interface Section {
  id?: number;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export function SectionForm({ section }: { section: Section }) {
  const label = section.id ? `栏目 ${section.name}` : "新栏目";
  return (
    <ActionForm
      action={saveSectionAction}
      fields={section.id ? { id: section.id } : {}}
      label={section.id ? "保存" : "添加栏目"}
    >
      <input
        name="name"
        defaultValue={section.name}
        placeholder="栏目名"
        aria-label={`${label}:名称`}
        className={`${inputClass} w-32`}
      />
      <input
        name="slug"
        defaultValue={section.slug}
        placeholder="网址名(如 economy)"
        aria-label={`${label}:网址名`}
        className={`${inputClass} w-40`}
      />
      <input
        name="description"
        defaultValue={section.description}
        placeholder="简介"
        aria-label={`${label}:简介`}
        className={`${inputClass} w-64`}
      />
      <input
        name="position"
        type="number"
        defaultValue={section.position}
        aria-label={`${label}:排序`}
        className={`${inputClass} w-20`}
      />
    </ActionForm>
  );
}

export function DeleteSectionButton({ id }: { id: number }) {
  return (
    <ActionForm
      action={deleteSectionAction}
      fields={{ id }}
      label="删除"
      tone="danger"
      confirm="删除栏目后,其中的文章将不属于任何栏目。确定吗?"
    />
  );
}
