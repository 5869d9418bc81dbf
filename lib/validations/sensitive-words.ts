// Schemas of the sensitive-word list's forms: one phrase, and a pasted batch (one phrase a line).
import { z } from "zod";
import { PHRASE_LEVELS } from "@/lib/newsroom/sensitive-words/levels";
import { idSchema } from "@/lib/validations/ids";

export const PHRASE_MAX = 100;
export const BULK_MAX_LINES = 20_000;

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字` })
    .optional()
    .transform((value) => value || null);

export const phraseLevelSchema = z.enum(PHRASE_LEVELS, { error: "请选择“禁止”或“提示”" });

export const phraseSchema = z.object({
  phrase: z
    .string()
    .trim()
    .min(1, { error: "请填写词语" })
    .max(PHRASE_MAX, { error: `词语不能超过 ${PHRASE_MAX} 个字` }),
  level: phraseLevelSchema,
  replacement: optional(PHRASE_MAX),
  note: optional(500),
});

export type PhraseInput = z.infer<typeof phraseSchema>;

export const updatePhraseSchema = phraseSchema.extend({ id: idSchema });
export const deletePhraseSchema = z.object({ id: idSchema });

/** A pasted line: `词语`, or `词语 => 建议` (also `→` or a tab) with a suggested replacement. */
export function parseBulkLine(line: string): { phrase: string; replacement: string | null } | null {
  const [phrase = "", ...rest] = line.split(/\s*(?:=>|→|\t)\s*/);
  const clean = phrase.trim();
  if (!clean) return null;
  const replacement = rest.join(" ").trim();
  return { phrase: clean, replacement: replacement || null };
}

export const bulkPhrasesSchema = z.object({
  lines: z
    .string()
    .max(2_000_000, { error: "一次粘贴的内容太多,请分批添加" })
    .transform((text) => text.split(/\r?\n/).flatMap((line) => parseBulkLine(line) ?? []))
    .pipe(
      z
        .array(
          z.object({
            phrase: z.string().max(PHRASE_MAX, { error: `词语不能超过 ${PHRASE_MAX} 个字` }),
            replacement: z.string().max(PHRASE_MAX).nullable(),
          }),
        )
        .min(1, { error: "请粘贴至少一个词语,每行一个" })
        .max(BULK_MAX_LINES, { error: `一次最多 ${BULK_MAX_LINES} 行` }),
    ),
  level: phraseLevelSchema,
  note: optional(500),
});

export type BulkPhrasesInput = z.infer<typeof bulkPhrasesSchema>;
