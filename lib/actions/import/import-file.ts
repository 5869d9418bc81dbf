"use server";

import { z } from "zod";
import { callAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { importOne, type BatchItem } from "@/lib/import/import-batch";

// A server action's body is at most 1 MB; a file's text cannot be longer.
const fileSchema = z.object({
  name: z.string().max(1000),
  text: z.string().max(1_000_000),
  publish: z.boolean(),
  /** The editor chose to import a file that looks like an existing article. */
  allowDuplicate: z.boolean().optional(),
});

/** One file of a bulk import; the page calls it file by file to show progress. */
export const importFileAction = callAction({
  name: "import.file",
  input: fileSchema,
  run: ({ name, text, publish, allowDuplicate }, ctx, strings) =>
    importOne(
      ctx,
      { name, text },
      { timeZone: env.timeZone, publish, allowDuplicates: allowDuplicate === true, words: strings.services },
    ),
  done: (item): BatchItem => item,
  refuse: (refusal, raw): BatchItem => {
    const name = typeof raw === "object" && raw !== null && "name" in raw ? raw.name : null;
    return { file: typeof name === "string" ? name.slice(0, 1000) : "", status: "failed", reason: refusal.message };
  },
});
