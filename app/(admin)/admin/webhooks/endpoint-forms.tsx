"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { ActionForm } from "@/components/admin/action-form";
import type { ActionResult } from "@/lib/actions/result";
import { createEndpointAction } from "@/lib/actions/webhooks/create-endpoint";
import { deleteEndpointAction } from "@/lib/actions/webhooks/delete-endpoint";
import { resumeEndpointAction } from "@/lib/actions/webhooks/resume-endpoint";
import { updateEndpointAction } from "@/lib/actions/webhooks/update-endpoint";
import { DOMAIN_EVENT_TYPES, type DomainEventType } from "@/lib/events/types";
import type { Messages } from "@/lib/i18n";
import { EVENT_FIELD } from "@/lib/validations/webhooks";

type Labels = Messages["webhooks"]["screen"] & { eventNames: Messages["webhooks"]["events"] };
type FormActionFn<T = undefined> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

function useRefreshing<T>(action: FormActionFn<T>): FormActionFn<T> {
  const router = useRouter();
  return async (previous, form) => {
    const result = await action(previous, form);
    if (result.ok) router.refresh();
    return result;
  };
}

interface Endpoint {
  id: number;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
}

function Fields({ endpoint, labels }: { endpoint?: Endpoint; labels: Labels }) {
  const urlId = useId();
  const descriptionId = useId();
  const chosen = new Set(endpoint?.events ?? DOMAIN_EVENT_TYPES);
  return (
    <div className="flex w-full max-w-2xl flex-col gap-3">
      <label htmlFor={urlId} className="text-sm font-medium">
        {labels.url}
      </label>
      <input
        id={urlId}
        name="url"
        type="url"
        required
        defaultValue={endpoint?.url ?? ""}
        placeholder="https://"
        className={`${inputClass} w-full font-mono`}
      />
      <label htmlFor={descriptionId} className="text-sm font-medium">
        {labels.description}
      </label>
      <input
        id={descriptionId}
        name="description"
        defaultValue={endpoint?.description ?? ""}
        className={`${inputClass} w-full`}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{labels.events}</legend>
        {DOMAIN_EVENT_TYPES.map((type: DomainEventType) => (
          <label key={type} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={`${EVENT_FIELD}${type}`} defaultChecked={chosen.has(type)} />
            {labels.eventNames[type]} <code className="text-xs text-neutral-500">{type}</code>
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={endpoint?.enabled ?? true} />
        {labels.enabled}
      </label>
    </div>
  );
}

export function CreateEndpointForm({ labels }: { labels: Labels }) {
  const action = useRefreshing(createEndpointAction);
  return (
    <ActionForm
      action={action}
      label={labels.add}
      className="flex flex-col items-start gap-3"
      renderData={({ secret }) => (
        <span className="mt-2 block text-neutral-900 dark:text-neutral-100">
          {labels.secretShown}{" "}
          <code data-testid="webhook-secret" className="font-mono break-all select-all">
            {secret}
          </code>
        </span>
      )}
    >
      <Fields labels={labels} />
    </ActionForm>
  );
}

export function EditEndpointForm({ endpoint, labels }: { endpoint: Endpoint; labels: Labels }) {
  const action = useRefreshing(updateEndpointAction);
  return (
    <ActionForm
      action={action}
      fields={{ id: endpoint.id }}
      label={labels.save}
      className="flex flex-col items-start gap-3"
    >
      <Fields endpoint={endpoint} labels={labels} />
    </ActionForm>
  );
}

export function ResumeEndpointButton({ id, label }: { id: number; label: string }) {
  const action = useRefreshing(resumeEndpointAction);
  return <ActionForm action={action} fields={{ id }} label={label} tone="primary" />;
}

export function DeleteEndpointButton({ id, label, confirm }: { id: number; label: string; confirm: string }) {
  return <ActionForm action={deleteEndpointAction} fields={{ id }} label={label} confirm={confirm} tone="danger" />;
}
