// An archive refusal in the editor's language.
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { IMPORT_LIMITS, type ArchiveRefusal } from "@/lib/import/archive-limits";

const MB = 1024 * 1024;

export function describeArchiveRefusal(m: Messages["admin"]["ui"]["importLimits"], refusal: ArchiveRefusal): string {
  const values: Record<string, string | number> = {
    archive: refusal.archive,
    entry: "entry" in refusal ? refusal.entry : "",
    count: "count" in refusal ? refusal.count : 0,
    max: IMPORT_LIMITS.files,
    ratio: IMPORT_LIMITS.ratio,
    mb: Math.round(
      (refusal.code === "archiveTooLarge"
        ? IMPORT_LIMITS.archiveBytes
        : refusal.code === "totalTooLarge"
          ? IMPORT_LIMITS.totalBytes
          : IMPORT_LIMITS.entryBytes) / MB,
    ),
  };
  return fill(m[refusal.code], values);
}
