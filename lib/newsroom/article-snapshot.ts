// What a revision keeps of an article: its full content and metadata at one moment, and how two
// such snapshots differ for a reader of the history.
import { z } from "zod";
import { blockText, bodyDocSchema, type BodyDoc } from "@/lib/newsroom/body";
import { diffBlocks, diffText, type BlockChange, type DiffOp, type LabelledBlock } from "@/lib/newsroom/diff";

const isoOrNull = z.string().nullable();

export const articleSnapshotSchema = z.object({
  kicker: z.string().nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  summary: z.string().nullable(),
  body: bodyDocSchema,
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sectionId: z.number().int().nullable(),
  tags: z.array(z.string()),
  credits: z.array(z.object({ roleKey: z.string(), name: z.string(), affiliation: z.string().nullable() })),
  publishedAt: isoOrNull,
  embargoUntil: isoOrNull,
  // Snapshots written before the media library have no cover; they still parse, as "no cover".
  coverMediaId: z.number().int().positive().nullable().default(null),
});

export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

export const SNAPSHOT_FIELD_LABELS: Record<Exclude<keyof ArticleSnapshot, "body">, string> = {
  kicker: "引题",
  title: "标题",
  subtitle: "副题",
  summary: "摘要",
  source: "来源",
  sourceUrl: "来源链接",
  sectionId: "栏目",
  tags: "标签",
  credits: "署名",
  publishedAt: "发布时间",
  embargoUntil: "禁发至",
  coverMediaId: "封面图片",
};

function fieldText(snapshot: ArticleSnapshot, field: keyof typeof SNAPSHOT_FIELD_LABELS): string {
  const value = snapshot[field];
  if (field === "credits") {
    return snapshot.credits.map((credit) => `${credit.affiliation ?? ""}${credit.roleKey}:${credit.name}`).join(",");
  }
  if (Array.isArray(value)) return value.join(",");
  return value === null || value === undefined ? "" : String(value);
}

const BLOCK_LABELS: Record<string, string> = {
  paragraph: "段落",
  heading: "小标题",
  bulletList: "列表",
  orderedList: "列表",
  blockquote: "引用",
  image: "图片",
  horizontalRule: "分隔线",
};

function bodyBlocks(body: BodyDoc): LabelledBlock[] {
  return body.content.map((block) => ({ label: BLOCK_LABELS[block.type] ?? block.type, text: blockText(block) }));
}

export interface FieldChange {
  field: string;
  label: string;
  runs: DiffOp<string>[];
}

export interface SnapshotDiff {
  fields: FieldChange[];
  body: BlockChange[];
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): SnapshotDiff {
  const fields: FieldChange[] = [];
  for (const [field, label] of Object.entries(SNAPSHOT_FIELD_LABELS) as Array<
    [keyof typeof SNAPSHOT_FIELD_LABELS, string]
  >) {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    if (a !== b) fields.push({ field, label, runs: diffText(a, b) });
  }
  return { fields, body: diffBlocks(bodyBlocks(before.body), bodyBlocks(after.body)) };
}
