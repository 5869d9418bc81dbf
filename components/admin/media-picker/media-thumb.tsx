import { fill } from "@/lib/i18n/fill";
import type { MediaItem } from "@/lib/services/media/media-item";

/** A library image's small copy, for lists and pickers (admin only, so no srcset). */
export function MediaThumb({ item, className }: { item: MediaItem; className?: string }) {
  const thumb = item.image.thumb;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- library copies are already resized (see responsive-image.tsx)
    <img
      src={thumb.url}
      width={thumb.width}
      height={thumb.height}
      alt={item.alt}
      loading="lazy"
      decoding="async"
      className={className ?? "h-24 w-full rounded bg-neutral-100 object-contain dark:bg-neutral-800"}
    />
  );
}

/** How an image is named in lists and messages; `unnamed` is the "image #{id}" message. */
export function mediaName(item: Pick<MediaItem, "id" | "originalName">, unnamed: string): string {
  return item.originalName ?? fill(unnamed, { id: item.id });
}
