// Schemas of the sensitive-word list's forms: one phrase, and a pasted batch (one phrase a line).
import { z } from "zod";
import { PHRASE_LEVELS } from "@/lib/newsroom/sensitive-words/levels";
import { fill } from "@/lib/i18n/fill";
import type { ValidationWords } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

export const PHRASE_MAX = 100;
export const BULK_MAX_LINES = 20_000;

const optional = (v: ValidationWords, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: fill(v.textTooLong, { max }) })
    .optional()
    .transform((value) => value || null);

export const phraseLevelSchema = (v: ValidationWords) => z.enum(PHRASE_LEVELS, { error: v.phraseLevel });

export const phraseSchema = (v: ValidationWords) =>
  z.object({
    phrase: z
      .string()
      .trim()
      .min(1, { error: v.phraseRequired })
      .max(PHRASE_MAX, { error: fill(v.phraseTooLong, { max: PHRASE_MAX }) }),
    level: phraseLevelSchema(v),
    replacement: optional(v, PHRASE_MAX),
    note: optional(v, 500),
  });

export type PhraseInput = z.infer<ReturnType<typeof phraseSchema>>;

export const updatePhraseSchema = (v: ValidationWords) => phraseSchema(v).extend({ id: idSchema });
export const deletePhraseSchema = z.object({ id: idSchema });

/** A pasted line: `词语`, or `词语 => 建议` (also `→` or a tab) with a suggested replacement. */
export function parseBulkLine(line: string): { phrase: string; replacement: string | null } | null {
  const [phrase = "", ...rest] = line.split(/\s*(?:=>|→|\t)\s*/);
  const clean = phrase.trim();
  if (!clean) return null;
  const replacement = rest.join(" ").trim();
  return { phrase: clean, replacement: replacement || null };
}

export const bulkPhrasesSchema = (v: ValidationWords) =>
  z.object({
    lines: z
      .string()
      .max(2_000_000, { error: v.phrasesTooMuch })
      .transform((text) => text.split(/\r?\n/).flatMap((line) => parseBulkLine(line) ?? []))
      .pipe(
        z
          .array(
            z.object({
              phrase: z.string().max(PHRASE_MAX, { error: fill(v.phraseTooLong, { max: PHRASE_MAX }) }),
              replacement: z.string().max(PHRASE_MAX).nullable(),
            }),
          )
          .min(1, { error: v.phrasesEmpty })
          .max(BULK_MAX_LINES, { error: fill(v.phrasesTooManyLines, { max: BULK_MAX_LINES }) }),
      ),
    level: phraseLevelSchema(v),
    note: optional(v, 500),
  });

export type BulkPhrasesInput = z.infer<ReturnType<typeof bulkPhrasesSchema>>;
