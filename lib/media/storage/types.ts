// One interface for wherever image files live; the rest of the media library never knows which.

export interface StoredFile {
  data: Uint8Array<ArrayBuffer>;
  /** The type the store kept with the file, when it keeps one. */
  contentType?: string;
}

export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Stores a file under a generated key (lib/media/keys.ts). Keys are never reused, so nothing is overwritten. */
  put(key: string, data: Uint8Array<ArrayBuffer>, contentType: string): Promise<void>;
  /** The file, or null when there is none under that key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes a file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** The address a browser loads the file from: a site path (/media/…) or the bucket's public URL. */
  url(key: string): string;
}

/** Every stored file is named by a generated key and never changes, so caches may keep it for a year. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
