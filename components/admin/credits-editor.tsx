"use client";

import { useState } from "react";
import { CREDIT_ROLES, type CreditRoleKey } from "@/lib/newsroom/credits";
import type { CreditRow } from "@/lib/validations/article-form-values";
import type { Messages } from "@/lib/i18n";

interface Props {
  name: string;
  initial: CreditRow[];
  labels: Messages["admin"]["credits"];
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** Ordered credits (role, name, affiliation), submitted as one JSON field. */
export function CreditsEditor({ name, initial, labels }: Props) {
  const [rows, setRows] = useState<CreditRow[]>(initial);
  const update = (index: number, patch: Partial<CreditRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div>
      <input type="hidden" name={name} value={JSON.stringify(rows)} />
      <ol className="space-y-2">
        {rows.map((row, index) => (
          <li key={index} className="flex flex-wrap items-center gap-2" data-testid="credit-row">
            <select
              aria-label={`${labels.role} ${index + 1}`}
              value={row.role}
              onChange={(event) => update(index, { role: event.target.value as CreditRoleKey })}
              className={inputClass}
            >
              {CREDIT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {labels.roles[role]}
                </option>
              ))}
            </select>
            <input
              aria-label={`${labels.name} ${index + 1}`}
              placeholder={labels.name}
              value={row.name}
              onChange={(event) => update(index, { name: event.target.value })}
              className={`${inputClass} w-32`}
            />
            <input
              aria-label={`${labels.affiliation} ${index + 1}`}
              placeholder={labels.affiliation}
              value={row.affiliation}
              onChange={(event) => update(index, { affiliation: event.target.value })}
              className={`${inputClass} w-48`}
            />
            <button
              type="button"
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              className="text-sm text-neutral-500 hover:text-red-700"
            >
              {labels.remove}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setRows((current) => [...current, { role: "REPORTER", name: "", affiliation: "" }])}
        className="mt-2 text-sm text-brand hover:underline"
      >
        + {labels.add}
      </button>
    </div>
  );
}
