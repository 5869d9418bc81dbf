// Takes an uploaded file into the library: check who and what, make the copies, store them, then record
// them. Nothing of a refused file is stored; files stored for an upload whose record fails are removed.
import { env } from "@/lib/env";
import { toJsonValue } from "@/lib/json-value";
import { checkUpload } from "@/lib/media/check-upload";
import { newMediaId, originalKey, variantKey } from "@/lib/media/keys";
import { canUseMedia } from "@/lib/media/permissions";
import { MAX_PIXELS, processUpload, UnreadableImageError } from "@/lib/media/process";
import { getMediaStorage, type MediaStorage } from "@/lib/media/storage";
import type { MediaVariant } from "@/lib/media/types";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, say, type Saying } from "@/lib/services/errors";
import { mediaItemInclude, toMediaItem, type MediaItem } from "./media-item";

export interface UploadInput {
  data: Uint8Array<ArrayBuffer>;
  /** The name on the uploader's disk: kept to find the image again, never used to store or serve it. */
  name?: string | null;
}

export interface UploadOptions {
  storage?: MediaStorage;
  maxBytes?: number;
}

/** The uploader's file name, reduced to a plain label. */
export function cleanOriginalName(name: string | null | undefined): string | null {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  // Control, zero-width and bidi characters: invisible, and a way to make a name read differently.
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\ufeff]/g, "").trim();
  return cleaned ? cleaned.slice(0, 200) : null;
}

const field = (saying: Saying) => invalid(saying, { file: [saying] });

export async function uploadMedia(
  ctx: ServiceContext,
  input: UploadInput,
  { storage = getMediaStorage(), maxBytes = env.mediaMaxBytes }: UploadOptions = {},
): Promise<MediaItem> {
  if (!canUseMedia(ctx.actor)) throw forbidden("uploadForbidden");
  const sniffed = checkUpload(input.data, maxBytes);
  if (!sniffed.ok) throw field(sniffed.reason);

  let processed;
  try {
    processed = await processUpload(input.data, sniffed.type);
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error;
    throw field(say("imageUnreadable", { type: sniffed.type.label, megapixels: MAX_PIXELS / 1e6 }));
  }

  const id = newMediaId();
  const { original } = processed;
  const storageKey = originalKey(id, original.type.ext);
  const variants: MediaVariant[] = processed.variants.map((variant) => ({
    width: variant.width,
    height: variant.height,
    key: variantKey(id, variant.width, variant.type.ext),
    mimeType: variant.type.mimeType,
    bytes: variant.data.byteLength,
  }));
  const files = [
    { key: storageKey, data: original.data, type: original.type.mimeType },
    ...processed.variants.map((variant, index) => ({
      key: variants[index]!.key,
      data: variant.data,
      type: variant.type.mimeType,
    })),
  ];

  const removeAll = () => Promise.allSettled(files.map((file) => storage.delete(file.key)));
  try {
    await Promise.all(files.map((file) => storage.put(file.key, file.data, file.type)));
    const row = await ctx.db.media.create({
      data: {
        storageKey,
        mimeType: original.type.mimeType,
        width: original.width,
        height: original.height,
        bytes: original.data.byteLength,
        originalName: cleanOriginalName(input.name),
        variants: toJsonValue(variants),
        createdById: ctx.actor.id,
      },
      include: mediaItemInclude,
    });
    return toMediaItem(row, ctx.actor, (key) => storage.url(key));
  } catch (error) {
    await removeAll();
    throw error;
  }
}
