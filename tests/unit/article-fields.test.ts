// The article field declaration against the data model, and what is derived from it: a column
// nobody declared would be saved by nobody; a declared field must survive the form, the revision
// snapshot, the diff and the export.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportSchema } from "@/lib/export/format";
import { Prisma } from "@/lib/generated/prisma/browser";
import { getMessages } from "@/lib/i18n";
import { articleSnapshotSchema, diffSnapshots } from "@/lib/newsroom/article-snapshot";
import { textToDoc } from "@/lib/newsroom/body";
import { articleFormSchema } from "@/lib/validations/article";
import {
  articleContentSchema,
  COLUMN_FIELDS,
  contentToJson,
  FIELD_ENTRIES,
  mergeContent,
  perField,
  type ArticleContent,
} from "@/lib/validations/article-content";
import type { Widget } from "@/lib/validations/article-field-kinds";
import { ARTICLE_COLUMNS_NOT_EDITED } from "@/lib/validations/article-fields";
import { emptyArticleForm, formValuesOf, postedFormValues } from "@/lib/validations/article-form-values";

const ZONE = "Asia/Shanghai";
const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

/** The columns of a model as schema.prisma declares them, Unsupported ones (searchVector) included. */
function columnsOf(model: string): string[] {
  const schema = readFileSync(join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]));
  const block = new RegExp(`^model ${model} \\{\\n([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => /^\s+(\w+)\s+(\w+)(\(|\[\]|\??\s|\?$|$)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .filter(([, , type = ""]) => SCALARS.has(type) || enums.has(type) || type === "Unsupported")
    .map(([, name = ""]) => name);
}

const declared: string[] = FIELD_ENTRIES.filter(([, field]) => field.store.kind === "column").map(([name]) => name);
const notEdited = Object.keys(ARTICLE_COLUMNS_NOT_EDITED);

describe("the article field declaration", () => {
  const columns = columnsOf("Article");

  it("reads every column Prisma's client knows of (so the reading of schema.prisma can be trusted)", () => {
    expect(columns).toEqual(expect.arrayContaining(Object.values(Prisma.ArticleScalarFieldEnum)));
    expect(columns).toContain("searchVector");
  });

  it("accounts for every column of Article: declared as a field, or listed as not edited", () => {
    const unaccounted = columns.filter((column) => !declared.includes(column) && !notEdited.includes(column));
    expect(unaccounted, "declare these in lib/validations/article-fields.ts, or list them as not edited").toEqual([]);
  });

  it("names no column twice and no column that does not exist", () => {
    expect(declared.filter((name) => notEdited.includes(name))).toEqual([]);
    expect([...declared, ...notEdited].filter((name) => !columns.includes(name))).toEqual([]);
  });

  it("is carried whole by the export file, with every other column but those derived from the content", () => {
    const exported = Object.keys(exportSchema.shape.articles.element.shape);
    // Both are computed from the content: the search index on import, the fingerprint at its first lookup.
    const derived = new Set(["searchVector", "simhash", "simhashBands"]);
    expect(columns.filter((column) => !derived.has(column) && !exported.includes(column))).toEqual([]);
    expect(COLUMN_FIELDS.every((name) => exported.includes(name))).toBe(true);
  });

  it("has labels in both languages for every field", () => {
    for (const language of ["zh-CN", "en"] as const) {
      const words = getMessages(language).admin.ui.articleFields.fields;
      for (const [name] of FIELD_ENTRIES) expect(words[name].label, `${language} ${name}`).not.toBe("");
    }
  });
});

/** A value of each widget's kind other than its empty value, so a new field needs no change here. */
const SAMPLES: Record<Widget, (name: string) => unknown> = {
  headline: (name) => `标题 ${name}`,
  line: (name) => `一行 ${name}`,
  lines: (name) => `第一行 ${name}\n第二行`,
  url: (name) => `https://example.com/${name}`,
  time: (name) => new Date(Date.UTC(2022, 7, 5, 5, 48 + name.length)),
  flag: () => true,
  section: (name) => name.length,
  cover: (name) => 100 + name.length,
  tags: (name) => ["工商联", name],
  credits: (name) => [{ roleKey: "REPORTER", name: `陈明${name.length}`, affiliation: "中华工商时报" }],
  body: (name) => textToDoc(`第一段 ${name}。\n## 小标题\n第二段。`),
};

/** Every declared field set to something other than its empty value. */
function fullContent(): ArticleContent {
  return perField((field, name) => SAMPLES[field.widget](name));
}

describe("what is derived from the declaration", () => {
  it("fullContent sets every declared field (so the tests below exercise all of them)", () => {
    const unset = FIELD_ENTRIES.filter(
      ([name, field]) => JSON.stringify(fullContent()[name]) === JSON.stringify(field.empty),
    );
    expect(unset.map(([name]) => name)).toEqual([]);
  });

  it("a revision snapshot keeps every field and reads back the same", () => {
    const content = fullContent();
    const stored = JSON.parse(JSON.stringify(contentToJson(content)));
    expect(articleSnapshotSchema.parse(stored)).toEqual(content);
  });

  it("a snapshot older than a field reads that field as empty", () => {
    const stored = JSON.parse(JSON.stringify(contentToJson(fullContent()))) as Record<string, unknown>;
    for (const [name, field] of FIELD_ENTRIES) {
      if (name === "body") continue; // every snapshot ever written has a body
      const older = { ...stored };
      delete older[name];
      expect(articleContentSchema.parse(older)[name], name).toEqual(field.empty);
    }
  });

  it("the form shows a stored article and posts it back unchanged", () => {
    const content = fullContent();
    const values = formValuesOf(content, ZONE);
    const form = new FormData();
    for (const [name, value] of Object.entries(values)) {
      if (name === "coverMediaId") form.set(name, String(content.coverMediaId));
      else form.set(name, typeof value === "string" ? value : JSON.stringify(value));
    }
    expect(postedFormValues(Object.fromEntries(form))).toMatchObject({
      ...values,
      coverMediaId: { id: content.coverMediaId },
    });
    const parsed = articleFormSchema(ZONE, getMessages().admin.ui.articleFields).parse(Object.fromEntries(form));
    const { intent, scheduledAt, id, version, acknowledgeWarnings, ...input } = parsed;
    expect({ intent, scheduledAt, id, version, acknowledgeWarnings }).toEqual({
      intent: "save",
      scheduledAt: undefined,
      id: undefined,
      version: undefined,
      acknowledgeWarnings: false,
    });
    expect(input).toEqual(content);
  });

  it("a new article's form starts empty, with the usual credit rows to fill in", () => {
    expect(emptyArticleForm.title).toBe("");
    expect(emptyArticleForm.credits.map((row) => row.roleKey)).toEqual(["REPORTER", "CORRESPONDENT", "EDITOR"]);
    expect(emptyArticleForm.coverMediaId).toBeNull();
  });

  it("refusals name the field in the interface language", () => {
    const form = { title: "", sourceUrl: "ftp://example.com", publishedAt: "昨天" };
    for (const [language, expected] of [
      ["zh-CN", ["请填写标题", "来源链接须是 http(s) 网址", "无法识别的时间,请按 2022-08-05 13:48 的格式填写"]],
      [
        "en",
        [
          "Please fill in the Title",
          "Source link must be an http(s) address",
          "Unreadable time; please write it as 2022-08-05 13:48",
        ],
      ],
    ] as const) {
      const result = articleFormSchema(ZONE, getMessages(language).admin.ui.articleFields).safeParse(form);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(expected);
    }
  });

  it("a body spelling NUL as \\u0000 loses the NUL (PostgreSQL cannot store it), not the text", () => {
    const schema = articleFormSchema(ZONE, getMessages().admin.ui.articleFields);
    const body = '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"正\\u0000文"}]}]}';
    const parsed = schema.parse({ title: "标题", body });
    expect(JSON.stringify(parsed.body)).toContain("正文");
    expect(JSON.stringify(parsed.body)).not.toContain("\\u0000");
  });

  it("a form without a field keeps what is stored; an empty field clears it", () => {
    const stored = fullContent();
    const schema = articleFormSchema(ZONE, getMessages().admin.ui.articleFields);
    const { intent, ...cleared } = schema.parse({ title: "新标题", kicker: "" });
    expect(intent).toBe("save");
    expect(mergeContent(stored, cleared)).toEqual({ ...stored, title: "新标题", kicker: null });
  });

  it("the diff lists changed fields in declaration order, labelled in the interface language", () => {
    const before = fullContent();
    const after = { ...before, title: "新标题", tags: ["工商联"], sourceUrl: null };
    for (const [language, labels] of [
      ["zh-CN", ["标题", "来源链接", "标签"]],
      ["en", ["Title", "Source link", "Tags"]],
    ] as const) {
      const admin = getMessages(language).admin;
      const diff = diffSnapshots(before, after, {
        fields: admin.ui.articleFields.fields,
        blocks: admin.history.blocks,
      });
      expect(diff.fields.map((field) => field.label)).toEqual(labels);
      expect(diff.body.every((change) => change.kind === "equal")).toBe(true);
    }
  });
});
