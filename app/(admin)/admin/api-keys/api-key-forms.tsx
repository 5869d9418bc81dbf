"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { createApiKeyAction } from "@/lib/actions/admin/api-keys/create-api-key";
import { revokeApiKeyAction } from "@/lib/actions/admin/api-keys/revoke-api-key";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";

type Labels = Messages["api"]["screen"];

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** The list on the page is the server's: after a change it is read again (the form keeps its answer). */
function useRefreshing<T>(action: (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>) {
  const router = useRouter();
  return async (previous: ActionResult<T> | null, form: FormData) => {
    const result = await action(previous, form);
    if (result.ok) router.refresh();
    return result;
  };
}

function ShownSecret({ secret, labels }: { secret: string; labels: Labels }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="mt-2 block space-y-1">
      <strong className="block">{labels.createdHeading}</strong>
      <span className="flex flex-wrap items-center gap-2">
        <code
          data-testid="api-key-secret"
          aria-label={labels.secretLabel}
          className="rounded bg-neutral-100 px-2 py-1 break-all text-neutral-900 dark:bg-neutral-800 dark:text-neutral-100"
        >
          {secret}
        </code>
        <button
          type="button"
          className="rounded border border-neutral-400 px-2 py-1 text-sm"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? labels.copied : labels.copy}
        </button>
      </span>
    </span>
  );
}

export function CreateApiKeyForm({ labels }: { labels: Labels }) {
  const action = useRefreshing(createApiKeyAction);
  return (
    <ActionForm
      action={action}
      label={labels.create}
      tone="primary"
      renderData={(data: { secret: string }) => <ShownSecret secret={data.secret} labels={labels} />}
    >
      <input
        name="name"
        required
        maxLength={100}
        placeholder={labels.namePlaceholder}
        aria-label={labels.name}
        className={`${inputClass} w-72`}
      />
    </ActionForm>
  );
}

export function RevokeApiKeyButton({ id, name, labels }: { id: number; name: string; labels: Labels }) {
  const action = useRefreshing(revokeApiKeyAction);
  return (
    <ActionForm
      action={action}
      fields={{ id }}
      label={labels.revoke}
      tone="danger"
      confirm={fill(labels.revokeConfirm, { name })}
    />
  );
}
