import type { LiveEntryView, LiveView } from "@/lib/content/live-view";
import { liveJsonPath } from "@/lib/content/live-view";
import type { Messages } from "@/lib/i18n";

interface Props {
  articleId: number;
  view: LiveView;
  m: Messages["topics"]["live"];
}

function Entry({ entry, pinnedLabel }: { entry: LiveEntryView; pinnedLabel: string }) {
  return (
    <li
      id={entry.id ? `live-${entry.id}` : undefined}
      data-live-entry={entry.id}
      data-updated={entry.updatedAt}
      className="border-l-4 border-neutral-200 pl-4 dark:border-neutral-700"
    >
      <p className="flex flex-wrap gap-x-3 text-sm text-neutral-600 dark:text-neutral-400">
        <time dateTime={entry.at} data-live-time>
          {entry.when}
        </time>
        <span data-live-pinned hidden={!entry.pinned} className="font-bold text-accent">
          {pinnedLabel}
        </span>
        <span data-live-credit>{entry.credit}</span>
      </p>
      {/* The allow-list renderer's output (lib/newsroom/body.ts): all text escaped. */}
      <div className="article-body" data-live-body dangerouslySetInnerHTML={{ __html: entry.html }} />
    </li>
  );
}

/**
 * Every entry as HTML, newest first with pinned ones on top: the page is complete without JavaScript.
 * public/live.js polls the cached live.json and brings new, changed and removed entries into this list.
 */
export function LiveCoverage({ articleId, view, m }: Props) {
  return (
    <section
      aria-labelledby="live-heading"
      className="mx-auto mt-8 max-w-3xl px-4"
      data-live
      data-live-src={liveJsonPath(articleId)}
      data-live-closed={view.closed ? "true" : "false"}
      data-live-updated={view.updatedAt}
    >
      <h2 id="live-heading" className="flex flex-wrap items-baseline gap-3 font-serif text-2xl font-bold">
        {m.heading}
        <span data-live-status className={`text-base ${view.closed ? "text-neutral-600" : "text-accent"}`}>
          {view.status}
        </span>
      </h2>
      {view.endsAt && view.endsAtText && (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {m.endsAt}
          <time dateTime={view.endsAt}>{view.endsAtText}</time>
        </p>
      )}
      <p data-live-empty hidden={view.entries.length > 0} className="mt-4 text-neutral-600">
        {m.empty}
      </p>
      <ol className="mt-4 space-y-6" data-live-entries aria-live="polite" aria-relevant="additions">
        {view.entries.map((entry) => (
          <Entry key={entry.id} entry={entry} pinnedLabel={m.pinned} />
        ))}
      </ol>
      {/* What the script copies for an entry it has not seen: the same markup as above, empty. */}
      <template data-live-template>
        <Entry
          entry={{ id: 0, html: "", when: "", at: "", credit: null, pinned: false, updatedAt: "" }}
          pinnedLabel={m.pinned}
        />
      </template>
      <script data-masthead src="/live.js" defer />
    </section>
  );
}
