// What pages, feeds and the admin get of a stored image: plain JSON (it passes through the cache and
// into client components), with addresses already built for the configured store.
import { z } from "zod";
import { pickVariant, srcsetOf } from "./variants";
import type { MediaVariant } from "./types";

const mimeType = z.enum(["image/jpeg", "image/png", "image/webp", "image/avif"]);

const variantsSchema = z.array(
  z.object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    key: z.string(),
    mimeType,
    bytes: z.number().int().nonnegative(),
  }),
);

/** The fields of a Media row the views need. */
export interface MediaRecord {
  id: number;
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  originalName: string | null;
  variants: unknown;
}

export interface ImageFile {
  url: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
}

export interface MediaImage {
  id: number;
  /** The fallback src (about 960 pixels wide) and its dimensions, which give the page its aspect ratio. */
  src: string;
  width: number;
  height: number;
  srcset: string;
  /** The srcset as a list, for the body renderer, which checks each address itself. */
  candidates: Array<{ url: string; width: number }>;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** One file about 1280 pixels wide, for feeds (enclosure) and share previews (Open Graph). */
  large: ImageFile;
  /** A small copy for lists and pickers. */
  thumb: ImageFile;
}

/** Stored variants, smallest first; a row whose list cannot be read falls back to its original. */
export function readVariants(record: MediaRecord): MediaVariant[] {
  const parsed = variantsSchema.safeParse(record.variants);
  const variants = parsed.success ? parsed.data : [];
  if (variants.length > 0) return [...variants].sort((a, b) => a.width - b.width);
  return [
    {
      width: record.width,
      height: record.height,
      key: record.storageKey,
      mimeType: mimeType.catch("image/jpeg").parse(record.mimeType),
      bytes: record.bytes,
    },
  ];
}

export function toMediaImage(record: MediaRecord, urlOf: (key: string) => string): MediaImage {
  const variants = readVariants(record);
  const file = (variant: MediaVariant): ImageFile => ({
    url: urlOf(variant.key),
    width: variant.width,
    height: variant.height,
    mimeType: variant.mimeType,
    bytes: variant.bytes,
  });
  const fallback = file(pickVariant(variants, 960) ?? variants[0]!);
  const candidates = variants.map((variant) => ({ url: urlOf(variant.key), width: variant.width }));
  return {
    id: record.id,
    src: fallback.url,
    width: fallback.width,
    height: fallback.height,
    srcset: srcsetOf(candidates),
    candidates,
    alt: record.alt,
    caption: record.caption,
    credit: record.credit,
    large: file(pickVariant(variants, 1200) ?? variants[0]!),
    thumb: file(pickVariant(variants, 320) ?? variants[0]!),
  };
}
