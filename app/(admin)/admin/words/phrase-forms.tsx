"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { ActionForm } from "@/components/admin/action-form";
import { addPhrasesAction } from "@/lib/actions/admin/words/add-phrases";
import { createPhraseAction } from "@/lib/actions/admin/words/create-phrase";
import { deletePhraseAction } from "@/lib/actions/admin/words/delete-phrase";
import { updatePhraseAction } from "@/lib/actions/admin/words/update-phrase";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n";
import { PHRASE_LEVELS, type PhraseLevel } from "@/lib/newsroom/sensitive-words/levels";

type Labels = Messages["words"]["screen"] & { levels: Messages["words"]["levels"] };
type FormActionFn = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

const inputClass = "rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** The list on the page is the server's: after a change it is read again. */
function useRefreshing(action: FormActionFn): FormActionFn {
  const router = useRouter();
  return async (previous, form) => {
    const result = await action(previous, form);
    if (result.ok) router.refresh();
    return result;
  };
}

interface Phrase {
  id: number;
  phrase: string;
  level: PhraseLevel;
  replacement: string | null;
  note: string | null;
}

function LevelSelect({ value, labels, label }: { value: PhraseLevel; labels: Labels; label: string }) {
  return (
    <select name="level" defaultValue={value} aria-label={label} className={inputClass}>
      {PHRASE_LEVELS.map((level) => (
        <option key={level} value={level}>
          {labels.levels[level]}
        </option>
      ))}
    </select>
  );
}

/** One phrase: a row of the list (with its id), or the form that adds one. */
export function PhraseForm({ phrase, labels }: { phrase?: Phrase; labels: Labels }) {
  const action = useRefreshing(phrase ? updatePhraseAction : createPhraseAction);
  const of = phrase ? ` ${phrase.phrase}` : "";
  return (
    <ActionForm action={action} fields={phrase ? { id: phrase.id } : {}} label={phrase ? labels.save : labels.add}>
      <input
        name="phrase"
        required
        defaultValue={phrase?.phrase ?? ""}
        placeholder={labels.phrase}
        aria-label={`${labels.phrase}${of}`}
        className={`${inputClass} w-40`}
      />
      <LevelSelect value={phrase?.level ?? "WARN"} labels={labels} label={`${labels.level}${of}`} />
      <input
        name="replacement"
        defaultValue={phrase?.replacement ?? ""}
        placeholder={labels.replacement}
        aria-label={`${labels.replacement}${of}`}
        className={`${inputClass} w-40`}
      />
      <input
        name="note"
        defaultValue={phrase?.note ?? ""}
        placeholder={labels.note}
        aria-label={`${labels.note}${of}`}
        className={`${inputClass} w-56`}
      />
    </ActionForm>
  );
}

export function DeletePhraseButton({ id, phrase, label }: { id: number; phrase: string; label: string }) {
  const action = useRefreshing(deletePhraseAction);
  return (
    <span aria-label={`${label} ${phrase}`} role="group">
      <ActionForm action={action} fields={{ id }} label={label} tone="danger" />
    </span>
  );
}

export function AddPhrasesForm({ labels }: { labels: Labels }) {
  const action = useRefreshing(addPhrasesAction);
  const linesId = useId();
  const noteId = useId();
  return (
    <ActionForm action={action} label={labels.bulkAdd} className="flex max-w-2xl flex-col items-start gap-2">
      <label htmlFor={linesId} className="text-sm font-medium">
        {labels.bulkLines}
      </label>
      <textarea id={linesId} name="lines" rows={8} className={`${inputClass} w-full font-mono`} />
      <LevelSelect value="WARN" labels={labels} label={`${labels.level}(${labels.bulkHeading})`} />
      <label htmlFor={noteId} className="text-sm">
        {labels.bulkNote}
      </label>
      <input id={noteId} name="note" className={`${inputClass} w-full`} />
    </ActionForm>
  );
}
