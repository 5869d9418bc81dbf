// Files in a folder on this machine (MEDIA_DIR, default <data folder>/media), one file per key.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMediaKey } from "../keys";
import { mediaUrl } from "../urls";
import type { MediaStorage, StoredFile } from "./types";

export class LocalMediaStorage implements MediaStorage {
  readonly kind = "local" as const;

  constructor(readonly root: string) {}

  // Keys are generated and checked against one pattern, so they cannot climb out of the folder; the
  // second check is for the day someone loosens the pattern.
  private pathOf(key: string): string {
    if (!isMediaKey(key)) throw new Error(`not a media key: ${key}`);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`key outside the media folder: ${key}`);
    return file;
  }

  async put(key: string, data: Uint8Array<ArrayBuffer>): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, data);
    await rename(partial, file);
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      return { data: new Uint8Array(await readFile(this.pathOf(key))) };
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  url(key: string): string {
    return mediaUrl(key);
  }
}
