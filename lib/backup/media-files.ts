// Local media files (MEDIA_STORAGE=local) beside the database dump; S3 keeps its own copies (bucket
// versioning, replication), and its metadata is in the dump like every other row.
import { cp, readdir } from "node:fs/promises";
import path from "node:path";

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

/** Copies the media folder into the backup; the number of files copied (0 for a missing folder). */
export async function copyMediaOut(mediaDir: string, backupDir: string): Promise<number> {
  const target = path.join(backupDir, "media");
  if ((await countFiles(mediaDir)) === 0) return 0;
  await cp(mediaDir, target, { recursive: true, errorOnExist: true, force: false });
  return countFiles(target);
}

/** Copies the backup's media into the site's media folder, never over a file already there. */
export async function copyMediaIn(backupDir: string, mediaDir: string): Promise<number> {
  const source = path.join(backupDir, "media");
  const files = await countFiles(source);
  if (files === 0) return 0;
  await cp(source, mediaDir, { recursive: true, errorOnExist: true, force: false });
  return files;
}
