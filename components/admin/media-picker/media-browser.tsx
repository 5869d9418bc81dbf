"use client";

// Search the library and pick an image, or upload a new one and pick that. Used inside the article form,
// so it is not a <form> (forms cannot nest): Enter in the search box searches and never submits the article.
import { useEffect, useState, useTransition } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { fill } from "@/lib/i18n/fill";
import { searchMediaAction } from "@/lib/actions/media/search-media";
import type { MediaPage } from "@/lib/services/media/media-queries";
import type { MediaItem } from "@/lib/services/media/media-item";
import { MediaThumb, mediaName } from "./media-thumb";
import { UploadInput } from "./upload-input";

interface Props {
  maxBytes: number;
  onSelect: (item: MediaItem) => void;
}

const buttonClass =
  "rounded border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800";

export function MediaBrowser({ maxBytes, onSelect }: Props) {
  const ui = useAdminMessages();
  const m = ui.mediaBrowser;
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<MediaPage | null>(null);
  // A refusal carries the server's words; a failed search is named at render time, in the current language.
  const [problem, setProblem] = useState<{ refused: string } | "failed" | null>(null);
  const [pending, startTransition] = useTransition();

  const search = (q: string, page = 1) =>
    startTransition(async () => {
      const answer = await searchMediaAction({ q, page });
      if (answer.ok && answer.data) {
        setResult(answer.data);
        setProblem(null);
      } else {
        setProblem(answer.ok ? "failed" : { refused: answer.message });
      }
    });

  // The newest images, as soon as the browser opens.
  useEffect(() => search(""), []);

  return (
    <div className="space-y-3" data-testid="media-browser">
      <UploadInput
        label={m.uploadNew}
        maxBytes={maxBytes}
        onUploaded={(item) => {
          onSelect(item);
          search(query);
        }}
      />
      <div className="flex items-end gap-2">
        <label className="flex-1 text-sm font-medium">
          {m.searchLibrary}
          <input
            type="search"
            value={query}
            placeholder={m.searchPlaceholder}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.nativeEvent.isComposing) {
                event.preventDefault();
                search(query);
              }
            }}
            className="mt-1 block w-full rounded border border-neutral-300 px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
          />
        </label>
        <button type="button" className={buttonClass} disabled={pending} onClick={() => search(query)}>
          {ui.common.search}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem === "failed" ? m.searchFailed : problem.refused}
        </p>
      ) : null}
      {result && result.items.length === 0 ? (
        <p className="text-sm text-neutral-500">{result.q ? fill(m.noneFound, { q: result.q }) : m.empty}</p>
      ) : null}
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-busy={pending}>
        {result?.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onSelect(item)}
              aria-label={fill(m.choose, { name: mediaName(item, ui.common.imageName) })}
              className="block w-full rounded border border-neutral-200 p-1 text-left text-xs hover:border-brand dark:border-neutral-700"
            >
              <MediaThumb item={item} />
              <span className="mt-1 block truncate">{item.alt || mediaName(item, ui.common.imageName)}</span>
              {item.alt ? null : (
                <span className="block text-amber-700 dark:text-amber-400">{ui.common.missingAlt}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {result && result.pages > 1 ? (
        <p className="flex items-center gap-2 text-sm">
          <button
            type="button"
            className={buttonClass}
            disabled={pending || result.page <= 1}
            onClick={() => search(result.q, result.page - 1)}
          >
            {ui.common.previousPage}
          </button>
          {fill(ui.common.page, { page: result.page, pages: result.pages })}
          <button
            type="button"
            className={buttonClass}
            disabled={pending || result.page >= result.pages}
            onClick={() => search(result.q, result.page + 1)}
          >
            {ui.common.nextPage}
          </button>
        </p>
      ) : null}
    </div>
  );
}
