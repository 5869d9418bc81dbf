import { ActionForm } from "@/components/admin/action-form";
import { saveTopicAction } from "@/lib/actions/topics/save-topic";
import type { Messages } from "@/lib/i18n";

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

interface Props {
  labels: Messages["topics"]["admin"];
  topic: { id?: number; slug: string; title: string; description: string; coverId: string };
}

/** A topic's own fields; a new topic goes on to its screen, where its articles are added. */
export function TopicForm({ labels: m, topic }: Props) {
  const prefix = topic.id ? `topic-${topic.id}` : "topic-new";
  return (
    <ActionForm
      action={saveTopicAction}
      fields={topic.id ? { id: topic.id } : {}}
      label={topic.id ? m.save : m.create}
      tone="primary"
      className="space-y-3"
    >
      <label className="block text-sm" htmlFor={`${prefix}-title`}>
        {m.titleField}
        <input id={`${prefix}-title`} name="title" defaultValue={topic.title} required className={inputClass} />
      </label>
      <label className="block text-sm" htmlFor={`${prefix}-slug`}>
        {m.slug}
        <input
          id={`${prefix}-slug`}
          name="slug"
          defaultValue={topic.slug}
          required
          className={inputClass}
          aria-describedby={`${prefix}-slug-hint`}
        />
        <span id={`${prefix}-slug-hint`} className="mt-1 block text-xs text-neutral-500">
          {m.slugHint}
        </span>
      </label>
      <label className="block text-sm" htmlFor={`${prefix}-description`}>
        {m.description}
        <textarea
          id={`${prefix}-description`}
          name="description"
          defaultValue={topic.description}
          rows={3}
          className={inputClass}
        />
      </label>
      <label className="block text-sm" htmlFor={`${prefix}-cover`}>
        {m.coverId}
        <input
          id={`${prefix}-cover`}
          name="coverId"
          inputMode="numeric"
          defaultValue={topic.coverId}
          className={inputClass}
          aria-describedby={`${prefix}-cover-hint`}
        />
        <span id={`${prefix}-cover-hint`} className="mt-1 block text-xs text-neutral-500">
          {m.coverHint}
        </span>
      </label>
    </ActionForm>
  );
}
