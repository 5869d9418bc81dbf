"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { savePersonAction } from "@/lib/actions/admin/people";

interface Props {
  person: { id?: number; name: string; affiliation: string; bio: string; userId: string };
  users: Array<{ id: number; name: string }>;
}

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900";

export function PersonForm({ person, users }: Props) {
  const ui = useAdminMessages();
  const m = ui.personForm;
  return (
    <ActionForm
      action={savePersonAction}
      fields={person.id ? { id: person.id } : {}}
      label={ui.common.save}
      tone="primary"
      className="max-w-xl space-y-3"
    >
      <label className="block">
        {m.name}
        <input name="name" defaultValue={person.name} className={inputClass} />
      </label>
      <label className="block">
        {m.affiliation}
        <input name="affiliation" defaultValue={person.affiliation} className={inputClass} />
      </label>
      <label className="block">
        {m.bio}
        <textarea name="bio" rows={3} defaultValue={person.bio} className={inputClass} />
      </label>
      <label className="block">
        {m.account}
        <select name="userId" defaultValue={person.userId} className={inputClass}>
          <option value="">{m.noAccount}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}
