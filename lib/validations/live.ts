// Schemas of the live panel's forms. An entry is typed as plain text (one paragraph per line, `## ` for
// a subheading) and stored as the same structured document as an article body.
import { z } from "zod";
import { textToDoc } from "@/lib/newsroom/body";
import { booleanField } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";
import { optionalId } from "@/lib/validations/topics";

export const LIVE_ENTRY_MAX = 5_000;

export const liveEntrySchema = z.object({
  text: z
    .string()
    .max(LIVE_ENTRY_MAX, { error: `条目最多 ${LIVE_ENTRY_MAX} 个字` })
    .transform((text) => textToDoc(text)),
  imageId: optionalId,
  personId: optionalId,
  credit: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || null),
});

export const newLiveEntrySchema = liveEntrySchema.extend({ articleId: idSchema });
export const editLiveEntrySchema = liveEntrySchema.extend({ entryId: idSchema });
export const pinLiveEntrySchema = z.object({ entryId: idSchema, pinned: booleanField });
export const liveEntryIdSchema = z.object({ entryId: idSchema });
