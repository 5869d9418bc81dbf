// Imports many wire-copy files, each on its own: one bad file is reported, never fatal to the rest.
import { importWireCopy, type ImportOutcome } from "@/lib/import/wire-copy-import";
import type { ServiceContext } from "@/lib/services/context";
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
}

export async function importOne(ctx: ServiceContext, file: SourceFile, options: BatchOptions): Promise<BatchItem> {
  try {
    const { allowDuplicates, ...rest } = options;
    return { file: file.name, ...(await importWireCopy(ctx, file.text, { ...rest, allowDuplicate: allowDuplicates })) };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { file: file.name, status: "failed", reason: error.message };
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
