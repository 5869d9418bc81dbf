// The article form's values as the editor typed them (strings, credit rows, the cover as shown), derived
// from the field declaration: to fill the form for a stored article, for a new one, and again after a
// refused or failed save.
import type { ArticleContent, ArticleFieldName } from "./article-content";
import { perField } from "./article-content";
import type { FieldKind, PostedForm } from "./article-field-kinds";
import type { ARTICLE_FIELDS } from "./article-fields";
import { parseId } from "./ids";

export type { CoverChoice, CreditRow } from "./article-field-kinds";

type Fields = typeof ARTICLE_FIELDS;
type FormOf<Field> = Field extends FieldKind<unknown, infer Form> ? Form : never;

export type ArticleFieldValues = { [Name in ArticleFieldName]: FormOf<Fields[Name]> };

export interface ArticleFormValues extends ArticleFieldValues {
  id?: number;
  version?: number;
  /** Not content: the time a schedule request asks for. */
  scheduledAt: string;
}

export const emptyArticleForm: ArticleFormValues = {
  ...perField<ArticleFieldValues>((field) => field.initialForm),
  scheduledAt: "",
};

export function formValuesOf(content: ArticleContent, timeZone: string): ArticleFieldValues {
  return perField((field, name) => field.toForm(content[name], timeZone));
}

/** Exactly what a form sent, to show it again: nothing parsed away, nothing lost. */
export function postedFormValues(form: PostedForm): ArticleFormValues {
  const text = (name: string) => {
    const value = form[name];
    return typeof value === "string" ? value : "";
  };
  return {
    ...perField<ArticleFieldValues>((field, name) => field.posted(form, name)),
    id: parseId(text("id")) ?? undefined,
    version: parseId(text("version")) ?? undefined,
    scheduledAt: text("scheduledAt"),
  };
}
