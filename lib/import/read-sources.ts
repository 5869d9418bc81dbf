// Reads wire-copy files from a file, a folder (recursively) or a zip archive, for the command line.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ArchiveRefusedError, IMPORT_LIMITS, textFilesFromZip } from "@/lib/import/archive-limits";
import type { SourceFile } from "@/lib/import/import-batch";

const TEXT_FILE = /\.(txt|text)$/i;

/** The text files of a zip, within the import limits (lib/import/archive-limits.ts). */
export const filesFromZip = (name: string, bytes: Uint8Array): SourceFile[] => textFilesFromZip(name, bytes);

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return Promise.resolve(TEXT_FILE.test(entry.name) || /\.zip$/i.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

export async function readSources(target: string): Promise<SourceFile[]> {
  const info = await stat(target);
  const paths = info.isDirectory() ? await walk(target) : [target];
  const files: SourceFile[] = [];
  for (const file of paths) {
    // Refused before it is read whole, like a file too big to be an archive of wire copy.
    if (/\.zip$/i.test(file) && (await stat(file)).size > IMPORT_LIMITS.archiveBytes)
      throw new ArchiveRefusedError({ code: "archiveTooLarge", archive: file });
    else if (/\.zip$/i.test(file)) files.push(...filesFromZip(file, new Uint8Array(await readFile(file))));
    else files.push({ name: file, text: await readFile(file, "utf8") });
    if (files.length > IMPORT_LIMITS.files)
      throw new ArchiveRefusedError({ code: "tooManyFiles", archive: target, count: files.length });
  }
  return files;
}
