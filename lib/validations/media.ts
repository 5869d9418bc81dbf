// The media library's form rules, shared by the library screen and its actions.
import { z } from "zod";
import { BODY_LIMITS } from "@/lib/newsroom/body";
import { searchTextSchema } from "@/lib/validations/text";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .transform((value) => value || null);

export const mediaTextSchema = z.object({
  // Empty alt text is allowed while an image sits in the library; publishing an article that uses it is not.
  alt: z
    .string()
    .trim()
    .max(BODY_LIMITS.alt, { error: `替代文字不能超过 ${BODY_LIMITS.alt} 个字` })
    .default(""),
  caption: optionalText(BODY_LIMITS.caption, "图片说明"),
  credit: optionalText(BODY_LIMITS.credit, "摄影"),
});

export const mediaSearchSchema = z.object({
  q: searchTextSchema(100).optional().default(""),
  page: z.coerce.number().int().positive().max(10_000).optional().default(1),
});
