// What a revision keeps of an article: its whole content at one moment (every declared field, see
// lib/validations/article-fields.ts), and how two such snapshots differ for a reader of the history.
import { blockText, type BodyBlock, type BodyDoc } from "@/lib/newsroom/body";
import { diffBlocks, diffText, type BlockChange, type DiffOp, type LabelledBlock } from "@/lib/newsroom/diff";
import {
  articleContentSchema,
  FIELD_ENTRIES,
  type ArticleContent,
  type ArticleFieldName,
} from "@/lib/validations/article-content";

export const articleSnapshotSchema = articleContentSchema;

export type ArticleSnapshot = ArticleContent;

/** The words of a comparison, in the interface language. */
export interface DiffLabels {
  fields: Record<ArticleFieldName, { label: string }>;
  blocks: Record<BodyBlock["type"], string>;
}

function bodyBlocks(body: BodyDoc, labels: DiffLabels["blocks"]): LabelledBlock[] {
  return body.content.map((block) => ({ label: labels[block.type], text: blockText(block) }));
}

export interface FieldChange {
  field: ArticleFieldName;
  label: string;
  runs: DiffOp<string>[];
}

export interface SnapshotDiff {
  fields: FieldChange[];
  body: BlockChange[];
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot, labels: DiffLabels): SnapshotDiff {
  const fields: FieldChange[] = [];
  for (const [name, field] of FIELD_ENTRIES) {
    const a = field.diffText(before[name]);
    const b = field.diffText(after[name]);
    if (a !== null && b !== null && a !== b)
      fields.push({ field: name, label: labels.fields[name].label, runs: diffText(a, b) });
  }
  return { fields, body: diffBlocks(bodyBlocks(before.body, labels.blocks), bodyBlocks(after.body, labels.blocks)) };
}
