// The live coverage panel beside the article form: new entries, and each entry's text, credit, pin and
// deletion. Every form goes through its own server action.
import { ActionForm } from "@/components/admin/action-form";
import { addLiveEntryAction } from "@/lib/actions/live/add-live-entry";
import { deleteLiveEntryAction } from "@/lib/actions/live/delete-live-entry";
import { pinLiveEntryAction } from "@/lib/actions/live/pin-live-entry";
import { updateLiveEntryAction } from "@/lib/actions/live/update-live-entry";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";

type Labels = Messages["topics"]["live"]["panel"];

interface Entry {
  id: number;
  text: string;
  imageId: number | null;
  personId: number | null;
  credit: string | null;
  pinned: boolean;
  createdAt: Date;
}

interface Props {
  articleId: number;
  closed: boolean;
  entries: Entry[];
  people: Array<{ id: number; name: string }>;
  labels: Labels;
  time: (date: Date) => string;
}

const inputClass =
  "mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

function EntryFields({
  prefix,
  entry,
  people,
  labels: m,
}: {
  prefix: string;
  entry?: Entry;
  people: Props["people"];
  labels: Labels;
}) {
  return (
    <>
      <label htmlFor={`${prefix}-text`} className="block w-full">
        {m.text}
        <textarea
          id={`${prefix}-text`}
          name="text"
          rows={4}
          defaultValue={entry?.text}
          className={inputClass}
          aria-describedby={`${prefix}-text-hint`}
        />
        <span id={`${prefix}-text-hint`} className="mt-1 block text-xs text-neutral-500">
          {m.textHint}
        </span>
      </label>
      <label htmlFor={`${prefix}-person`} className="block w-full">
        {m.person}
        <select id={`${prefix}-person`} name="personId" defaultValue={entry?.personId ?? ""} className={inputClass}>
          <option value="">{m.none}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${prefix}-credit`} className="block w-full">
        {m.credit}
        <input
          id={`${prefix}-credit`}
          name="credit"
          defaultValue={entry?.credit ?? ""}
          placeholder={m.creditHint}
          className={inputClass}
        />
      </label>
      <label htmlFor={`${prefix}-image`} className="block w-full">
        {m.imageId}
        <input
          id={`${prefix}-image`}
          name="imageId"
          inputMode="numeric"
          defaultValue={entry?.imageId ?? ""}
          className={inputClass}
        />
      </label>
    </>
  );
}

export function LivePanel({ articleId, closed, entries, people, labels: m, time }: Props) {
  return (
    <div className="space-y-4" data-testid="live-panel">
      {closed ? (
        <p className="text-amber-800 dark:text-amber-200">{m.closed}</p>
      ) : (
        <ActionForm
          action={addLiveEntryAction}
          fields={{ articleId }}
          label={m.add}
          tone="primary"
          className="space-y-2"
        >
          <EntryFields prefix="live-new" people={people} labels={m} />
        </ActionForm>
      )}
      {entries.length === 0 ? (
        <p className="text-neutral-500">{m.empty}</p>
      ) : (
        <ul className="space-y-4">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800"
              data-testid="live-admin-entry"
            >
              <p className="flex flex-wrap items-center gap-2 text-xs text-neutral-500">
                <time dateTime={entry.createdAt.toISOString()}>{time(entry.createdAt)}</time>
                {entry.pinned && <span className="rounded bg-amber-100 px-1 text-amber-900">{m.pinnedBadge}</span>}
              </p>
              <details>
                <summary className="cursor-pointer">{fill(m.editEntry, { time: time(entry.createdAt) })}</summary>
                <ActionForm
                  action={updateLiveEntryAction}
                  fields={{ entryId: entry.id }}
                  label={m.save}
                  className="mt-2 space-y-2"
                >
                  <EntryFields prefix={`live-${entry.id}`} entry={entry} people={people} labels={m} />
                </ActionForm>
              </details>
              <p className="line-clamp-3 whitespace-pre-line">{entry.text}</p>
              <div className="flex flex-wrap gap-2">
                <ActionForm
                  action={pinLiveEntryAction}
                  fields={{ entryId: entry.id, pinned: entry.pinned ? "false" : "true" }}
                  label={entry.pinned ? m.unpin : m.pin}
                />
                <ActionForm
                  action={deleteLiveEntryAction}
                  fields={{ entryId: entry.id }}
                  label={m.delete}
                  tone="danger"
                  confirm={m.confirmDelete}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
