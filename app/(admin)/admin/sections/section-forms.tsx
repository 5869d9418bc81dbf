"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { deleteSectionAction, saveSectionAction } from "@/lib/actions/admin/taxonomy";
import { fill } from "@/lib/i18n/fill";

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

interface Section {
  id?: number;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export function SectionForm({ section }: { section: Section }) {
  const ui = useAdminMessages();
  const m = ui.sectionForm;
  const label = section.id ? fill(m.existing, { name: section.name }) : m.new;
  return (
    <ActionForm
      action={saveSectionAction}
      fields={section.id ? { id: section.id } : {}}
      label={section.id ? ui.common.save : m.add}
    >
      <input
        name="name"
        defaultValue={section.name}
        placeholder={m.name}
        aria-label={fill(m.nameLabel, { label })}
        className={`${inputClass} w-32`}
      />
      <input
        name="slug"
        defaultValue={section.slug}
        placeholder={m.slug}
        aria-label={fill(m.slugLabel, { label })}
        className={`${inputClass} w-40`}
      />
      <input
        name="description"
        defaultValue={section.description}
        placeholder={m.description}
        aria-label={fill(m.descriptionLabel, { label })}
        className={`${inputClass} w-64`}
      />
      <input
        name="position"
        type="number"
        defaultValue={section.position}
        aria-label={fill(m.positionLabel, { label })}
        className={`${inputClass} w-20`}
      />
    </ActionForm>
  );
}

export function DeleteSectionButton({ id }: { id: number }) {
  const ui = useAdminMessages();
  return (
    <ActionForm
      action={deleteSectionAction}
      fields={{ id }}
      label={ui.common.delete}
      tone="danger"
      confirm={ui.sectionForm.confirmDelete}
    />
  );
}
