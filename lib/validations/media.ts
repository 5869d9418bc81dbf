// The media library's form rules, shared by the library screen and its actions.
import { z } from "zod";
import { fill } from "@/lib/i18n/fill";
import { BODY_LIMITS } from "@/lib/newsroom/body";
import { searchTextSchema } from "@/lib/validations/text";
import type { ValidationWords } from "@/lib/validations/admin";

const tooLong = (v: ValidationWords, label: string, max: number) => ({ error: fill(v.tooLong, { label, max }) });

const optionalText = (v: ValidationWords, max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong(v, label, max))
    .optional()
    .transform((value) => value || null);

export const mediaTextSchema = (v: ValidationWords) =>
  z.object({
    // Empty alt text is allowed while an image sits in the library; publishing an article that uses it is not.
    alt: z
      .string()
      .trim()
      .max(BODY_LIMITS.alt, tooLong(v, v.altLabel, BODY_LIMITS.alt))
      .default(""),
    caption: optionalText(v, BODY_LIMITS.caption, v.captionLabel),
    credit: optionalText(v, BODY_LIMITS.credit, v.creditLabel),
  });

export const mediaSearchSchema = z.object({
  q: searchTextSchema(100).optional().default(""),
  page: z.coerce.number().int().positive().max(10_000).optional().default(1),
});
