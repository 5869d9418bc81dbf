// Where the declared article fields live in the database: the columns of Article they are written to
// and read from, and the included rows the others (tags, credits) are read from. Derived from
// lib/validations/article-fields.ts, so a declared field cannot be forgotten here.
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import {
  COLUMN_FIELDS,
  perField,
  type ArticleContent,
  type ArticleFieldName,
  type ColumnFieldName,
} from "@/lib/validations/article-content";
import type { ARTICLE_COLUMNS_NOT_EDITED } from "@/lib/validations/article-fields";

export type ArticleColumns = Pick<ArticleContent, ColumnFieldName>;

type ColumnData = Pick<Prisma.ArticleUncheckedCreateInput, ColumnFieldName>;

/** What the relation fields are read from, in their order. */
export const articleContentInclude = {
  credits: {
    orderBy: { position: "asc" },
    select: { roleKey: true, affiliation: true, person: { select: { name: true } } },
  },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
} satisfies Prisma.ArticleInclude;

/** The content of a row read with `articleContentInclude`. */
export function contentOfRow(row: Record<ArticleFieldName, unknown>): ArticleContent {
  return perField((field, name) => field.store.read.parse(row[name]));
}

/** The declared columns' part of a row (one read without includes). */
export function columnsOfRow(row: Article): ArticleColumns {
  return perField((field, name) => field.store.read.parse(row[name as ColumnFieldName]), COLUMN_FIELDS);
}

/** The data that writes the declared columns. */
export function columnData(values: ArticleColumns): ColumnData {
  return perField(
    (field, name) => (field.store.kind === "column" ? field.store.write(values[name as ColumnFieldName]) : undefined),
    COLUMN_FIELDS,
  );
}

// Checked by the compiler: every column of Article is declared or listed as not edited, and every
// declared column's value is one Prisma accepts for that column.
type Assert<Condition extends true> = Condition;
type Unaccounted = Exclude<keyof Article, ColumnFieldName | keyof typeof ARTICLE_COLUMNS_NOT_EDITED>;
type Misfits = {
  [Name in ColumnFieldName]: ArticleColumns[Name] extends Prisma.ArticleUncheckedCreateInput[Name] ? never : Name;
}[ColumnFieldName];
export type EveryColumnIsAccountedFor = Assert<[Unaccounted] extends [never] ? true : false>;
export type EveryDeclaredColumnFits = Assert<[Misfits] extends [never] ? true : false>;
