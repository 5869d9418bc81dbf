"use client";

import { useId } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { updateNewsroomSettingsAction } from "@/lib/actions/admin/newsroom-settings";
import type { Messages } from "@/lib/i18n";
import type { NewsroomSettings } from "@/lib/services/settings/newsroom-settings";

interface Props {
  settings: NewsroomSettings;
  labels: Messages["words"]["settings"];
}

export function NewsroomSettingsForm({ settings, labels }: Props) {
  const sourcesId = useId();
  const hintId = useId();
  const modes = [
    ["UNPUBLISHED", labels.takedownUnpublish],
    ["ARCHIVED", labels.takedownArchive],
  ] as const;
  return (
    <ActionForm action={updateNewsroomSettingsAction} label={labels.save} className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="font-medium">{labels.takedownMode}</legend>
        {modes.map(([mode, label]) => (
          <label key={mode} className="block">
            <input type="radio" name="takedownMode" value={mode} defaultChecked={settings.takedownMode === mode} />{" "}
            {label}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={sourcesId} className="block font-medium">
          {labels.allowedSources}
        </label>
        <p id={hintId} className="text-sm text-neutral-500">
          {labels.allowedSourcesHint}
        </p>
        <textarea
          id={sourcesId}
          name="allowedSources"
          rows={6}
          aria-describedby={hintId}
          defaultValue={settings.allowedSources.join("\n")}
          className="w-full max-w-xl rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
        />
      </div>
    </ActionForm>
  );
}
