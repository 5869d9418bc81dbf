"use client";

import { ActionForm } from "@/components/admin/action-form";
import { workflowAction } from "@/lib/actions/articles/workflow";
import { featureAction, retractAction } from "@/lib/actions/articles/curation";
import { trashArticleAction } from "@/lib/actions/articles/trash";
import { previewLinkAction } from "@/lib/actions/articles/preview-link";
import type { Messages } from "@/lib/i18n";
import type { WorkflowAction } from "@/lib/newsroom/workflow";

interface Props {
  id: number;
  version: number;
  /** Published and not retracted: it can be featured or retracted. */
  live: boolean;
  featured: boolean;
  retracted: boolean;
  /** Workflow steps this user may take from the current status. */
  actions: WorkflowAction[];
  canTrash: boolean;
  labels: Messages["admin"]["workflow"];
}

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** Decisions that need no editing: send back, unpublish, archive, trash, share a preview. */
export function WorkflowPanel({ id, version, live, featured, retracted, actions, canTrash, labels: m }: Props) {
  const fields = (action: WorkflowAction) => ({ id, version, action });
  return (
    <div className="space-y-3">
      {actions.includes("sendBack") && (
        <ActionForm action={workflowAction} fields={fields("sendBack")} label={m.sendBack}>
          <input
            name="note"
            aria-label={m.sendBackNote}
            placeholder={m.sendBackPlaceholder}
            className={`${inputClass} w-72`}
          />
        </ActionForm>
      )}
      {actions.includes("unpublish") && (
        <ActionForm
          action={workflowAction}
          fields={fields("unpublish")}
          label={m.unpublish}
          tone="danger"
          confirm={m.confirmUnpublish}
        />
      )}
      {live && (
        <ActionForm
          action={featureAction}
          fields={{ id, featured: String(!featured) }}
          label={featured ? m.unfeature : m.feature}
        />
      )}
      {live && !retracted && (
        <ActionForm action={retractAction} fields={{ id }} label={m.retract} tone="danger" confirm={m.confirmRetract}>
          <input
            name="note"
            aria-label={m.retractNote}
            placeholder={m.retractPlaceholder}
            className={`${inputClass} w-72`}
          />
        </ActionForm>
      )}
      {retracted && <p className="text-sm text-red-700">{m.retracted}</p>}
      {actions.includes("archive") && (
        <ActionForm action={workflowAction} fields={fields("archive")} label={m.archive} />
      )}
      {actions.includes("unarchive") && (
        <ActionForm action={workflowAction} fields={fields("unarchive")} label={m.unarchive} />
      )}
      {canTrash && (
        <ActionForm
          action={trashArticleAction}
          fields={{ id }}
          label={m.trash}
          tone="danger"
          confirm={m.confirmTrash}
        />
      )}
      <ActionForm
        action={previewLinkAction}
        fields={{ id, hours: 48 }}
        label={m.previewLink}
        renderData={(url) => (
          <input
            readOnly
            value={url}
            aria-label={m.previewLinkField}
            onFocus={(event) => event.currentTarget.select()}
            className={`${inputClass} ml-2 w-[28rem]`}
          />
        )}
      />
    </div>
  );
}
