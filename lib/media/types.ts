// The image formats the media library takes, and how each is named on disk and on the wire.

export const IMAGE_TYPES = {
  jpeg: { mimeType: "image/jpeg", ext: "jpg", label: "JPEG" },
  png: { mimeType: "image/png", ext: "png", label: "PNG" },
  webp: { mimeType: "image/webp", ext: "webp", label: "WebP" },
  avif: { mimeType: "image/avif", ext: "avif", label: "AVIF" },
} as const;

export type ImageFormat = keyof typeof IMAGE_TYPES;
export type ImageType = (typeof IMAGE_TYPES)[ImageFormat];
export type ImageExt = ImageType["ext"];
export type ImageMimeType = ImageType["mimeType"];

// Format names read the same in every language; a slash keeps the list free of any one language's comma.
export const ACCEPTED_LABELS = Object.values(IMAGE_TYPES)
  .map((type) => type.label)
  .join(" / ");

/** The file input's accept list: a hint for the file chooser only; the server judges by content. */
export const ACCEPT_ATTRIBUTE = Object.values(IMAGE_TYPES)
  .map((type) => type.mimeType)
  .join(",");

const BY_EXT: Record<string, ImageType> = Object.fromEntries(
  Object.values(IMAGE_TYPES).map((type) => [type.ext, type]),
);

/** The content type of a stored file, from the extension its generated key was given. */
export function typeForExt(ext: string): ImageType | undefined {
  return BY_EXT[ext];
}

/** One resized copy, as kept in Media.variants. */
export interface MediaVariant {
  width: number;
  height: number;
  key: string;
  mimeType: ImageMimeType;
  bytes: number;
}

/** "15 MB", "1.5 MB", "820 KB": sizes as the upload messages print them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
