"use server";

import { actionContext } from "@/lib/actions/action-context";
import { importOne, type BatchItem } from "@/lib/import/import-batch";
import { env } from "@/lib/env";
import { ServiceError } from "@/lib/services/errors";

/** One file of a bulk import; the page calls it file by file to show progress. */
export async function importFileAction(file: {
  name: string;
  text: string;
  publish: boolean;
  /** The editor chose to import a file that looks like an existing article. */
  allowDuplicate?: boolean;
}): Promise<BatchItem> {
  try {
    const ctx = await actionContext();
    return await importOne(
      ctx,
      { name: file.name, text: file.text },
      { timeZone: env.timeZone, publish: file.publish, allowDuplicates: file.allowDuplicate === true },
    );
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { file: file.name, status: "failed", reason: error.message };
  }
}
