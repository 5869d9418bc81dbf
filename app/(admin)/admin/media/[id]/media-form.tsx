"use client";

import { ActionForm } from "@/components/admin/action-form";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { updateMediaAction } from "@/lib/actions/media/update-media";
import type { MediaItem } from "@/lib/services/media/media-item";

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900";

/** Alt text, caption and credit; read-only for someone who may not change this image. */
export function MediaForm({ item }: { item: MediaItem }) {
  const ui = useAdminMessages();
  const m = ui.mediaForm;
  const fields = (
    <fieldset disabled={!item.editable} className="w-full space-y-3">
      <div>
        <label htmlFor="media-alt" className="block">
          {m.alt}
        </label>
        <textarea
          id="media-alt"
          name="alt"
          rows={2}
          defaultValue={item.alt}
          className={inputClass}
          aria-describedby="media-alt-hint"
        />
        <span id="media-alt-hint" className="mt-1 block text-xs text-neutral-500">
          {m.altHint}
        </span>
      </div>
      <label className="block">
        {m.caption}
        <textarea name="caption" rows={3} defaultValue={item.caption ?? ""} className={inputClass} />
      </label>
      <label className="block">
        {m.credit}
        <input name="credit" defaultValue={item.credit ?? ""} className={inputClass} />
      </label>
    </fieldset>
  );
  if (!item.editable) {
    return (
      <div className="space-y-2">
        {fields}
        <p className="text-neutral-500">{m.readOnly}</p>
      </div>
    );
  }
  return (
    <ActionForm
      action={updateMediaAction}
      fields={{ id: item.id }}
      label={ui.common.save}
      tone="primary"
      className="space-y-3"
    >
      {fields}
    </ActionForm>
  );
}
