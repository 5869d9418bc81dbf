"use client";

// Search the library and pick an image, or upload a new one and pick that. Used inside the article form,
// so it is not a <form> (forms cannot nest): Enter in the search box searches and never submits the article.
import { useEffect, useState, useTransition } from "react";
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
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<MediaPage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const search = (q: string, page = 1) =>
    startTransition(async () => {
      const answer = await searchMediaAction({ q, page });
      if (answer.ok && answer.data) {
        setResult(answer.data);
        setMessage(null);
      } else {
        setMessage(answer.ok ? "搜索失败" : answer.message);
      }
    });

  // The newest images, as soon as the browser opens.
  useEffect(() => search(""), []);

  return (
    <div className="space-y-3" data-testid="media-browser">
      <UploadInput
        label="上传新图片"
        maxBytes={maxBytes}
        onUploaded={(item) => {
          onSelect(item);
          search(query);
        }}
      />
      <div className="flex items-end gap-2">
        <label className="flex-1 text-sm font-medium">
          搜索图片库
          <input
            type="search"
            value={query}
            placeholder="替代文字、说明、摄影或文件名"
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
          搜索
        </button>
      </div>
      {message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {result && result.items.length === 0 ? (
        <p className="text-sm text-neutral-500">
          {result.q ? `没有找到与“${result.q}”有关的图片。` : "图片库还是空的。"}
        </p>
      ) : null}
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-busy={pending}>
        {result?.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onSelect(item)}
              aria-label={`选择图片 ${mediaName(item)}`}
              className="block w-full rounded border border-neutral-200 p-1 text-left text-xs hover:border-brand dark:border-neutral-700"
            >
              <MediaThumb item={item} />
              <span className="mt-1 block truncate">{item.alt || mediaName(item)}</span>
              {item.alt ? null : <span className="block text-amber-700 dark:text-amber-400">缺少替代文字</span>}
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
            上一页
          </button>
          第 {result.page} / {result.pages} 页
          <button
            type="button"
            className={buttonClass}
            disabled={pending || result.page >= result.pages}
            onClick={() => search(result.q, result.page + 1)}
          >
            下一页
          </button>
        </p>
      ) : null}
    </div>
  );
}
