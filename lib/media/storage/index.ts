// The configured store: local disk by default, an S3-compatible bucket with MEDIA_STORAGE=s3.
import "server-only";
import { env } from "@/lib/env";
import { LocalMediaStorage } from "./local";
import { S3MediaStorage } from "./s3";
import type { MediaStorage } from "./types";

export type { MediaStorage, StoredFile } from "./types";

let configured: MediaStorage | undefined;

export function getMediaStorage(): MediaStorage {
  configured ??= env.s3 ? new S3MediaStorage(env.s3) : new LocalMediaStorage(env.mediaDir);
  return configured;
}

/** The address browsers load a stored file from, under the configured store. */
export function publicMediaUrl(key: string): string {
  return getMediaStorage().url(key);
}
