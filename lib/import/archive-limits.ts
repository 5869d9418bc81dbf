// Limits on what a bulk import unpacks, checked before anything is inflated: an archive is refused
// when it is too big, names too many files, or declares an entry that would inflate too far or beyond
// a plausible ratio (a zip bomb). fflate sizes each entry's output by its declared size and stops
// there, so checking the declarations bounds the memory an archive can take. Shared by the admin's
// bulk import (in the editor's browser) and `npm run import`.
import { strFromU8, unzipSync } from "fflate";

export const IMPORT_LIMITS = {
  /** Bytes of one archive as uploaded. */
  archiveBytes: 50 * 1024 * 1024,
  /** Text files in one archive, or in one bulk import. */
  files: 2000,
  /** Bytes of one inflated file: a server action takes at most 1 MB of text. */
  entryBytes: 1024 * 1024,
  /** Bytes of everything one archive inflates to. */
  totalBytes: 200 * 1024 * 1024,
  /** Inflated bytes per compressed byte; text compresses about 3–10 times. */
  ratio: 100,
} as const;

export type ArchiveRefusal =
  | { code: "archiveTooLarge"; archive: string }
  | { code: "tooManyFiles"; archive: string; count: number }
  | { code: "entryTooLarge"; archive: string; entry: string }
  | { code: "compressionRatio"; archive: string; entry: string }
  | { code: "totalTooLarge"; archive: string }
  | { code: "unreadable"; archive: string };

export class ArchiveRefusedError extends Error {
  constructor(readonly refusal: ArchiveRefusal) {
    super(`${refusal.archive}: ${refusal.code}`);
    this.name = "ArchiveRefusedError";
  }
}

type ImportLimits = Record<keyof typeof IMPORT_LIMITS, number>;

interface ArchiveText {
  name: string;
  text: string;
}

const TEXT_FILE = /\.(txt|text)$/i;
const wanted = (name: string) => TEXT_FILE.test(name) && !name.startsWith("__MACOSX/");

/** The text files of a zip archive, or an ArchiveRefusedError saying which limit it broke. */
export function textFilesFromZip(
  archive: string,
  bytes: Uint8Array,
  limits: ImportLimits = IMPORT_LIMITS,
): ArchiveText[] {
  if (bytes.length > limits.archiveBytes) throw new ArchiveRefusedError({ code: "archiveTooLarge", archive });
  let count = 0;
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!wanted(entry.name)) return false;
        count += 1;
        total += entry.originalSize;
        if (count > limits.files) throw new ArchiveRefusedError({ code: "tooManyFiles", archive, count });
        if (entry.originalSize > limits.entryBytes)
          throw new ArchiveRefusedError({ code: "entryTooLarge", archive, entry: entry.name });
        if (entry.originalSize > Math.max(entry.size, 1) * limits.ratio)
          throw new ArchiveRefusedError({ code: "compressionRatio", archive, entry: entry.name });
        if (total > limits.totalBytes) throw new ArchiveRefusedError({ code: "totalTooLarge", archive });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveRefusedError) throw error;
    throw new ArchiveRefusedError({ code: "unreadable", archive });
  }
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entry, data]) => ({ name: `${archive}:${entry}`, text: strFromU8(data) }));
}
