"use client";

import { ActionForm } from "@/components/admin/action-form";
import { savePersonAction } from "@/lib/actions/admin/people";

interface Props {
  person: { id?: number; name: string; affiliation: string; bio: string; userId: string };
  users: Array<{ id: number; name: string }>;
}

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900";

export function PersonForm({ person, users }: Props) {
  return (
    <ActionForm
      action={savePersonAction}
      fields={person.id ? { id: person.id } : {}}
      label="保存"
      tone="primary"
      className="max-w-xl space-y-3"
    >
      <label className="block">
        姓名
        <input name="name" defaultValue={person.name} className={inputClass} />
      </label>
      <label className="block">
        单位
        <input name="affiliation" defaultValue={person.affiliation} className={inputClass} />
      </label>
      <label className="block">
        简介
        <textarea name="bio" rows={3} defaultValue={person.bio} className={inputClass} />
      </label>
      <label className="block">
        关联账号
        <select name="userId" defaultValue={person.userId} className={inputClass}>
          <option value="">(无账号)</option>
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
