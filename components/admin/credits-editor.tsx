"use client";

import { useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { fill } from "@/lib/i18n/fill";
import type { CreditRow } from "@/lib/validations/article-form-values";

export interface RoleOption {
  key: string;
  nameZh: string;
}

interface Props {
  name: string;
  initial: CreditRow[];
  roles: RoleOption[];
  onChange?: () => void;
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** Ordered credits (role, name, affiliation), submitted as one JSON field. */
export function CreditsEditor({ name, initial, roles, onChange }: Props) {
  const m = useAdminMessages().credits;
  const [rows, setRows] = useState<CreditRow[]>(initial);
  const change = (next: (current: CreditRow[]) => CreditRow[]) => {
    setRows(next);
    onChange?.();
  };
  const update = (index: number, patch: Partial<CreditRow>) =>
    change((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) =>
    change((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  return (
    <div>
      <input type="hidden" name={name} value={JSON.stringify(rows)} />
      <ol className="space-y-2">
        {rows.map((row, index) => (
          <li key={index} className="flex flex-wrap items-center gap-2" data-testid="credit-row">
            <select
              aria-label={fill(m.role, { n: index + 1 })}
              value={row.roleKey}
              onChange={(event) => update(index, { roleKey: event.target.value })}
              className={inputClass}
            >
              {roles.map((role) => (
                <option key={role.key} value={role.key}>
                  {role.nameZh}
                </option>
              ))}
            </select>
            <input
              aria-label={fill(m.name, { n: index + 1 })}
              placeholder={m.namePlaceholder}
              value={row.name}
              onChange={(event) => update(index, { name: event.target.value })}
              className={`${inputClass} w-32`}
            />
            <input
              aria-label={fill(m.affiliation, { n: index + 1 })}
              placeholder={m.affiliationPlaceholder}
              value={row.affiliation}
              onChange={(event) => update(index, { affiliation: event.target.value })}
              className={`${inputClass} w-48`}
            />
            <button
              type="button"
              aria-label={fill(m.moveUp, { n: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
              className="px-1 text-neutral-500 disabled:opacity-30"
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={fill(m.moveDown, { n: index + 1 })}
              disabled={index === rows.length - 1}
              onClick={() => move(index, 1)}
              className="px-1 text-neutral-500 disabled:opacity-30"
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => change((current) => current.filter((_, i) => i !== index))}
              className="text-sm text-neutral-500 hover:text-red-700"
            >
              {m.remove}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          change((current) => [...current, { roleKey: roles[0]?.key ?? "REPORTER", name: "", affiliation: "" }])
        }
        className="mt-2 text-sm text-brand hover:underline"
      >
        {m.add}
      </button>
    </div>
  );
}
