import { fill } from "@/lib/i18n/fill";
import { ReviewSettingsForm } from "./review-settings-form";
import { StageForm } from "./stage-form";
import { ActionForm } from "@/components/admin/action-form";
import { deleteReviewStageAction } from "@/lib/actions/review/delete-stage";
import { moveReviewStageAction } from "@/lib/actions/review/move-stage";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { currentMessages } from "@/lib/i18n/server";
import { listStaff } from "@/lib/services/articles/admin-queries";
import { readReviewSettings } from "@/lib/services/review/review-settings";
import { listStages } from "@/lib/services/review/stages";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).review.settings.title };
}

const NOTICES = ["settingsSaved", "stageSaved", "stageMoved", "stageDeleted"] as const;

export default async function ReviewSettingsPage({ searchParams }: PageProps<"/admin/review">) {
  await requirePermission("/admin/review", "review.configure");
  const db = await getDb();
  const [settings, stages, staff, messages] = await Promise.all([
    readReviewSettings(db),
    listStages(db),
    listStaff(db),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.review.settings;
  const { notice } = await searchParams;
  const shown = NOTICES.find((key) => key === notice);
  const people = staff.filter((account) => !account.disabledAt).map(({ id, name, role }) => ({ id, name, role }));
  return (
    <main className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{m.heading}</h1>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{m.intro}</p>
        {shown && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {messages.review[shown]}
          </p>
        )}
      </div>
      <ReviewSettingsForm settings={settings} stageCount={stages.length} labels={m} />
      <section aria-labelledby="review-stages" className="space-y-4">
        <h2 id="review-stages" className="text-lg font-bold">
          {m.stages}
        </h2>
        {stages.length === 0 && <p className="text-neutral-500">{m.noStages}</p>}
        <ol className="space-y-4">
          {stages.map((stage, index) => (
            <li
              key={stage.id}
              data-testid="review-stage-settings"
              className="space-y-2 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
            >
              <h3 className="font-medium">
                {fill(m.position, { position: index + 1 })}:{stage.name}
              </h3>
              <StageForm stage={stage} people={people} labels={m} roleNames={messages.review.roles} />
              <div className="flex flex-wrap gap-2">
                {index > 0 && (
                  <ActionForm
                    action={moveReviewStageAction}
                    fields={{ id: stage.id, direction: "up" }}
                    label={m.moveUp}
                  />
                )}
                {index < stages.length - 1 && (
                  <ActionForm
                    action={moveReviewStageAction}
                    fields={{ id: stage.id, direction: "down" }}
                    label={m.moveDown}
                  />
                )}
                <ActionForm
                  action={deleteReviewStageAction}
                  fields={{ id: stage.id }}
                  label={m.remove}
                  tone="danger"
                  confirm={m.confirmRemove}
                />
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="review-add-stage" className="space-y-2">
        <h2 id="review-add-stage" className="text-lg font-bold">
          {m.addStage}
        </h2>
        <StageForm stage={null} people={people} labels={m} roleNames={messages.review.roles} />
      </section>
    </main>
  );
}
