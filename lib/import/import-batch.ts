// Imports many wire-copy files, each on its own: one bad file is reported, never fatal to the rest.
import { importWireCopy, type ImportOutcome } from "@/lib/import/wire-copy-import";
import type { ServiceContext } from "@/lib/services/context";
import type { ServiceMessages } from "@/lib/i18n/messages/services-zh-CN";
import { ServiceError } from "@/lib/services/errors";

export interface SourceFile {
  name: string;
  text: string;
}

export type BatchItem = (ImportOutcome & { file: string }) | { file: string; status: "failed"; reason: string };

export interface BatchSummary {
  created: number;
  skipped: number;
  failed: number;
  items: BatchItem[];
}

export interface BatchOptions {
  timeZone: string;
  publish: boolean;
  /** Import copies that look like existing articles too, instead of skipping them. */
  allowDuplicates?: boolean;
  /** Words for a failed file's reason: the interface language's (default: zh-CN, as on the command line). */
  words?: ServiceMessages;
}

export async function importOne(
  ctx: ServiceContext,
  file: SourceFile,
  { allowDuplicates, words, ...rest }: BatchOptions,
): Promise<BatchItem> {
  try {
    return { file: file.name, ...(await importWireCopy(ctx, file.text, { ...rest, allowDuplicate: allowDuplicates })) };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { file: file.name, status: "failed", reason: error.worded(words).message };
  }
}

export function summarize(items: BatchItem[]): BatchSummary {
  const count = (status: BatchItem["status"]) => items.filter((item) => item.status === status).length;
  return { created: count("created"), skipped: count("skipped"), failed: count("failed"), items };
}

export async function importBatch(
  ctx: ServiceContext,
  files: SourceFile[],
  options: BatchOptions,
): Promise<BatchSummary> {
  const items: BatchItem[] = [];
  for (const file of files) items.push(await importOne(ctx, file, options));
  return summarize(items);
}
