"use client";

// The article's cover image: a field of the article form. It posts the chosen image's id (coverMediaId,
// "" for none) and, for showing a refused form again, what the picker displayed of it (coverChoice).
import { useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import type { MediaItem } from "@/lib/services/media/media-item";
import type { CoverChoice } from "@/lib/validations/article-form-values";
import { MediaBrowser } from "./media-picker/media-browser";
import { mediaName } from "./media-picker/media-thumb";

interface Props {
  label: string;
  initial: CoverChoice | null;
  maxBytes: number;
  errors?: string[];
  onChange?: () => void;
}

const buttonClass =
  "rounded border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";

export function coverChoiceOf(item: MediaItem, unnamed: string): CoverChoice {
  const thumb = item.image.thumb;
  return {
    id: item.id,
    url: thumb.url,
    width: thumb.width,
    height: thumb.height,
    alt: item.alt,
    name: mediaName(item, unnamed),
  };
}

export function MediaPicker({ label, initial, maxBytes, errors, onChange }: Props) {
  const ui = useAdminMessages();
  const m = ui.cover;
  const [cover, setCover] = useState<CoverChoice | null>(initial);
  const [open, setOpen] = useState(false);
  const choose = (next: CoverChoice | null) => {
    setCover(next);
    setOpen(false);
    onChange?.();
  };

  return (
    <fieldset aria-describedby={errors?.length ? "article-cover-error" : undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      <input type="hidden" name="coverMediaId" value={cover?.id ?? ""} />
      <input type="hidden" name="coverChoice" value={cover ? JSON.stringify(cover) : ""} />
      <div className="mt-2 flex flex-wrap items-start gap-4">
        {cover ? (
          <figure className="w-48" data-testid="cover-choice">
            {cover.url ? (
              // eslint-disable-next-line @next/next/no-img-element -- a library thumbnail, already resized
              <img
                src={cover.url}
                width={cover.width || undefined}
                height={cover.height || undefined}
                alt={cover.alt}
                className="h-auto w-full rounded bg-neutral-100 dark:bg-neutral-800"
              />
            ) : null}
            <figcaption className="mt-1 text-xs break-all text-neutral-600 dark:text-neutral-400">
              {cover.name}
              {cover.alt ? null : <span className="block text-amber-700 dark:text-amber-400">{m.missingAlt}</span>}
            </figcaption>
          </figure>
        ) : (
          <p className="text-sm text-neutral-500">{m.none}</p>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} aria-expanded={open} onClick={() => setOpen(!open)}>
            {cover ? m.change : m.choose}
          </button>
          {cover ? (
            <button type="button" className={buttonClass} onClick={() => choose(null)}>
              {m.remove}
            </button>
          ) : null}
        </div>
      </div>
      {errors?.length ? (
        <p id="article-cover-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
      {open ? (
        <div className="mt-3 rounded border border-neutral-200 bg-neutral-50 p-3 dark:border-neutral-800 dark:bg-neutral-900">
          <MediaBrowser maxBytes={maxBytes} onSelect={(item) => choose(coverChoiceOf(item, ui.common.imageName))} />
        </div>
      ) : null}
    </fieldset>
  );
}
