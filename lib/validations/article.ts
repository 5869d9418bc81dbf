// The article form's schema, shared by the editor and the save action: the declared fields (see
// article-fields.ts) plus what a save asks for besides content.
import { z } from "zod";
import type { ArticleFieldMessages } from "@/lib/i18n/messages/article-fields";
import { perField, type ArticleContent, type ArticleFieldName } from "./article-content";
import { localTime as localTimeField } from "./article-field-kinds";
import { idSchema } from "./ids";

export { creditsField } from "./article-field-kinds";

export const ARTICLE_INTENTS = ["save", "autosave", "publish", "submit", "schedule"] as const;

/** A ticked checkbox ("on") or a caller's true. */
export const acknowledgement = z.preprocess(
  (value) => value === true || value === "on" || value === "true",
  z.boolean(),
);

type FieldsShape = { [Name in ArticleFieldName]: z.ZodType<ArticleContent[Name] | undefined> };

/** The form's schema; times are read as wall-clock times in `timeZone` (the site's zone). */
export const articleFormSchema = (timeZone: string, words: ArticleFieldMessages) =>
  z.object({
    ...perField<FieldsShape>((field, name) =>
      field.parse({ timeZone, label: words.fields[name].label, errors: words.errors }),
    ),
    id: idSchema.optional(),
    version: idSchema.optional(),
    scheduledAt: localTimeField(timeZone, words.errors.time),
    intent: z.enum(ARTICLE_INTENTS).default("save"),
    // The box beside the editor's warn-level sensitive-word hits (lib/services/sensitive-words).
    acknowledgeWarnings: acknowledgement,
  });

export type ArticleFormData = z.output<ReturnType<typeof articleFormSchema>>;

/** A wall-clock time in the site's zone, or null when left empty (the import's confirmation form). */
export const localTime = (timeZone: string, words: ArticleFieldMessages) => localTimeField(timeZone, words.errors.time);
