// An article's content, derived from the field declaration: its type, its JSON (revision snapshots,
// export files) and how a partial save merges into what is stored.
import { z } from "zod";
import type { ColumnField, FieldKind, Json } from "./article-field-kinds";
import { ARTICLE_FIELDS, type ArticleFieldGroup } from "./article-fields";

type Fields = typeof ARTICLE_FIELDS;

export type ArticleFieldName = keyof Fields;

type ValueOf<Field> = Field extends FieldKind<infer Value, unknown> ? Value : never;

/** Everything an editor sets on an article, parsed. */
export type ArticleContent = { [Name in ArticleFieldName]: ValueOf<Fields[Name]> };

/** What a save sends: a field left out keeps what is stored (on a new article: its empty value). */
export type ArticleInput = Partial<ArticleContent>;

/** The fields kept in columns of Article (the others are rows of their own tables: tags, credits). */
export type ColumnFieldName = {
  [Name in ArticleFieldName]: Fields[Name] extends ColumnField<ValueOf<Fields[Name]>, unknown> ? Name : never;
}[ArticleFieldName];

export type AnyField = FieldKind<unknown, unknown> & { group: ArticleFieldGroup | null };

// Seen through this, each field is only "some kind": iterating erases the declaration's own types, and
// `perField` restores them once.
const FIELDS: Record<ArticleFieldName, AnyField> = ARTICLE_FIELDS;

export const FIELD_ENTRIES = Object.entries(FIELDS) as Array<[ArticleFieldName, AnyField]>;

/**
 * Builds one entry per declared field into a record of type `Result`. The declaration's types say what
 * each entry is; this is the one place where that is asserted rather than inferred.
 */
export function perField<Result>(
  build: (field: AnyField, name: ArticleFieldName) => unknown,
  names: readonly ArticleFieldName[] = FIELD_ENTRIES.map(([name]) => name),
): Result {
  return Object.fromEntries(names.map((name) => [name, build(FIELDS[name], name)])) as Result;
}

export const COLUMN_FIELDS = FIELD_ENTRIES.filter(([, field]) => field.store.kind === "column").map(
  ([name]) => name,
) as ColumnFieldName[];

export const emptyContent: ArticleContent = perField((field) => field.empty);

/** `input` saved over `base`: what the input leaves out (undefined) stays as it was. */
export function mergeContent(base: ArticleContent, input: ArticleInput): ArticleContent {
  return perField((_, name) => (input[name] === undefined ? base[name] : input[name]));
}

type JsonShape = { [Name in ArticleFieldName]: Fields[Name]["json"] };

/** Reads the JSON of an article's content (a revision snapshot); fields newer than the JSON read as empty. */
export const articleContentSchema = z.object(perField<JsonShape>((field) => field.json));

export function contentToJson(content: ArticleContent): Record<ArticleFieldName, Json> {
  return perField((field, name) => field.toJson(content[name]));
}

/** JSON with its object keys sorted, so that equal content gives equal text whatever the key order. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Whether two contents are the same article as stored, field by field. */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return canonicalJson(contentToJson(a)) === canonicalJson(contentToJson(b));
}

/** The column fields' part of the JSON, for files that carry tags and credits their own way (exports). */
export const articleColumnsJsonShape = perField<Pick<JsonShape, ColumnFieldName>>((field) => field.json, COLUMN_FIELDS);

export function columnsToJson(values: Pick<ArticleContent, ColumnFieldName>): Record<ColumnFieldName, Json> {
  return perField((field, name) => field.toJson(values[name as ColumnFieldName]), COLUMN_FIELDS);
}
