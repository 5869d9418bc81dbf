import { ActionForm } from "@/components/admin/action-form";
import { updateReviewSettingsAction } from "@/lib/actions/review/review-settings";
import type { Messages } from "@/lib/i18n";
import type { ReviewSettings } from "@/lib/services/review/review-settings";

interface Props {
  settings: ReviewSettings;
  stageCount: number;
  labels: Messages["review"]["settings"];
}

export function ReviewSettingsForm({ settings, stageCount, labels: m }: Props) {
  return (
    <ActionForm action={updateReviewSettingsAction} label={m.save} tone="primary" className="space-y-3">
      <label className="block space-y-1">
        <span className="block font-medium">{m.stagesRequired}</span>
        <input
          type="number"
          name="stagesRequired"
          min={0}
          max={stageCount}
          defaultValue={settings.stagesRequired}
          className="w-24 rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900"
        />
        <span className="block text-sm text-neutral-500">{m.stagesRequiredHint}</span>
      </label>
      <label className="block">
        <input type="checkbox" name="distinctSigners" defaultChecked={settings.distinctSigners} /> {m.distinctSigners}
      </label>
      <label className="block">
        <input type="checkbox" name="showResponsibleEditor" defaultChecked={settings.showResponsibleEditor} />{" "}
        {m.showResponsibleEditor}
      </label>
    </ActionForm>
  );
}
