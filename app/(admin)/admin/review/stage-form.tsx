import { ActionForm } from "@/components/admin/action-form";
import { saveReviewStageAction } from "@/lib/actions/review/save-stage";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n";
import type { ChainStage } from "@/lib/newsroom/review-chain";

interface Props {
  /** null: the form that adds a stage at the end of the chain. */
  stage: ChainStage | null;
  people: Array<{ id: number; name: string; role: UserRole }>;
  labels: Messages["review"]["settings"];
  roleNames: Messages["review"]["roles"];
}

const ROLES: UserRole[] = ["ADMIN", "EDITOR", "REPORTER"];

/** A stage's name and who signs it: roles, and accounts named one by one. */
export function StageForm({ stage, people, labels: m, roleNames }: Props) {
  return (
    <ActionForm
      action={saveReviewStageAction}
      fields={stage ? { id: stage.id } : {}}
      label={stage ? m.saveStage : m.addStage}
      className="space-y-2"
    >
      <label className="block space-y-1">
        <span className="block text-sm font-medium">{m.name}</span>
        <input
          name="name"
          required
          maxLength={30}
          defaultValue={stage?.name ?? ""}
          className="w-60 rounded border border-neutral-300 px-2 py-1.5 dark:border-neutral-700 dark:bg-neutral-900"
        />
      </label>
      <fieldset>
        <legend className="text-sm font-medium">{m.signRoles}</legend>
        {ROLES.map((role) => (
          <label key={role} className="mr-4 inline-block">
            <input
              type="checkbox"
              name={`role-${role}`}
              defaultChecked={stage?.roles.includes(role) ?? role !== "REPORTER"}
            />{" "}
            {roleNames[role]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{m.signUsers}</legend>
        {people.map((person) => (
          <label key={person.id} className="mr-4 inline-block">
            <input
              type="checkbox"
              name={`user-${person.id}`}
              defaultChecked={stage?.userIds.includes(person.id) ?? false}
            />{" "}
            {person.name}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
