// Storage keys: generated, never derived from the uploader's file name, and never reused, so a file
// under a key never changes and can be cached for a year. The same pattern is what the public route
// accepts, which keeps every other path (../, .html, an S3 listing) out of it.
import { randomBytes } from "node:crypto";
import { typeForExt, type ImageExt, type ImageType } from "./types";

const ID = /^[0-9a-f]{24}$/;
const KEY = /^([0-9a-f]{24})\/(original|[1-9]\d{0,4}w)\.(jpg|png|webp|avif)$/;

/** A fresh id for one upload: 96 random bits, so keys cannot be guessed from one another. */
export function newMediaId(): string {
  return randomBytes(12).toString("hex");
}

export function originalKey(id: string, ext: ImageExt): string {
  if (!ID.test(id)) throw new Error(`not a media id: ${id}`);
  return `${id}/original.${ext}`;
}

export function variantKey(id: string, width: number, ext: ImageExt): string {
  if (!ID.test(id) || !Number.isInteger(width) || width < 1 || width > 99_999) {
    throw new Error(`bad variant: ${id} ${width}`);
  }
  return `${id}/${width}w.${ext}`;
}

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

/** The content type a stored file is served with, or undefined for a key this library never makes. */
export function typeForKey(key: string): ImageType | undefined {
  const match = KEY.exec(key);
  return match?.[3] ? typeForExt(match[3]) : undefined;
}
