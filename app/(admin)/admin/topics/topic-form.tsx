import { ActionForm } from "@/components/admin/action-form";
import { saveTopicAction } from "@/lib/actions/topics/save-topic";
import type { Messages } from "@/lib/i18n";

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

interface Props {
  labels: Messages["topics"]["admin"];
  topic: { id?: number; slug: string; title: string; description: string; coverId: string };
}

interface InputProps {
  id: string;
  name: string;
  label: string;
  value: string;
  hint?: string;
  required?: boolean;
  numeric?: boolean;
  lines?: number;
}

function Input({ id, name, label, value, hint, required, numeric, lines }: InputProps) {
  const common = {
    id,
    name,
    defaultValue: value,
    required,
    className: inputClass,
    "aria-describedby": hint ? `${id}-hint` : undefined,
  };
  return (
    <label className="block text-sm" htmlFor={id}>
      {label}
      {lines ? (
        <textarea {...common} rows={lines} />
      ) : (
        <input {...common} inputMode={numeric ? "numeric" : undefined} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="mt-1 block text-xs text-neutral-500">
          {hint}
        </span>
      )}
    </label>
  );
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
      <Input id={`${prefix}-title`} name="title" label={m.titleField} value={topic.title} required />
      <Input id={`${prefix}-slug`} name="slug" label={m.slug} value={topic.slug} hint={m.slugHint} required />
      <Input
        id={`${prefix}-description`}
        name="description"
        label={m.description}
        value={topic.description}
        lines={3}
      />
      <Input id={`${prefix}-cover`} name="coverId" label={m.coverId} value={topic.coverId} hint={m.coverHint} numeric />
    </ActionForm>
  );
}
