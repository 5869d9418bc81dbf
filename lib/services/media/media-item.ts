// A library entry as the admin shows it: the record, who uploaded it, and its addresses.
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditMedia } from "@/lib/media/permissions";
import { toMediaImage, type MediaImage } from "@/lib/media/view";

export const mediaItemInclude = { createdBy: { select: { name: true } } } satisfies Prisma.MediaInclude;

export type MediaRow = Prisma.MediaGetPayload<{ include: typeof mediaItemInclude }>;

export interface MediaItem {
  id: number;
  originalName: string | null;
  mimeType: string;
  bytes: number;
  /** Of the stored original. */
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** ISO 8601 instant. */
  createdAt: string;
  uploader: string | null;
  /** The original file's address. */
  url: string;
  image: MediaImage;
  /** May the viewer change or delete it. */
  editable: boolean;
}

export function toMediaItem(row: MediaRow, actor: Actor, urlOf: (key: string) => string): MediaItem {
  return {
    id: row.id,
    originalName: row.originalName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    createdAt: row.createdAt.toISOString(),
    uploader: row.createdBy?.name ?? null,
    url: urlOf(row.storageKey),
    image: toMediaImage(row, urlOf),
    editable: canEditMedia(actor, row),
  };
}
