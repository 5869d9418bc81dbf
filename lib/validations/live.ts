// Schemas of the live panel's forms. An entry is typed as plain text (one paragraph per line, `## ` for
// a subheading) and stored as the same structured document as an article body.
import { z } from "zod";
import { textToDoc } from "@/lib/newsroom/body";
import { fill } from "@/lib/i18n/fill";
import { booleanField, type ValidationWords } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";
import { optionalId } from "@/lib/validations/topics";

export const LIVE_ENTRY_MAX = 5_000;

export const liveEntrySchema = (v: ValidationWords) =>
  z.object({
    text: z
      .string()
      .max(LIVE_ENTRY_MAX, { error: fill(v.liveEntryTooLong, { max: LIVE_ENTRY_MAX }) })
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

export const newLiveEntrySchema = (v: ValidationWords) => liveEntrySchema(v).extend({ articleId: idSchema });
export const editLiveEntrySchema = (v: ValidationWords) => liveEntrySchema(v).extend({ entryId: idSchema });
export const pinLiveEntrySchema = z.object({ entryId: idSchema, pinned: booleanField });
export const liveEntryIdSchema = z.object({ entryId: idSchema });
