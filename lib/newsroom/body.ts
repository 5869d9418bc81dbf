// An article body is a ProseMirror-shaped document (the shape Tiptap reads and writes), stored as
// JSON. This module validates it, converts it to and from the plain-text editing format, and
// renders it to HTML through an allow-list: only the node types below exist, and all text is escaped.
import { z } from "zod";

const textNode = z.object({ type: z.literal("text"), text: z.string().min(1) }).strict();

const paragraph = z.object({ type: z.literal("paragraph"), content: z.array(textNode).optional() }).strict();

const heading = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(),
    content: z.array(textNode).optional(),
  })
  .strict();

const block = z.discriminatedUnion("type", [paragraph, heading]);

export const bodyDocSchema = z.object({ type: z.literal("doc"), content: z.array(block) }).strict();

export type BodyDoc = z.infer<typeof bodyDocSchema>;
export type BodyBlock = z.infer<typeof block>;

export const emptyDoc: BodyDoc = { type: "doc", content: [] };

function inline(text: string) {
  return text === "" ? undefined : [{ type: "text" as const, text }];
}

export function paragraphBlock(text: string): BodyBlock {
  return { type: "paragraph", content: inline(text) };
}

export function headingBlock(text: string, level: 2 | 3 = 2): BodyBlock {
  return { type: "heading", attrs: { level }, content: inline(text) };
}

export function blockText(node: BodyBlock): string {
  return (node.content ?? []).map((child) => child.text).join("");
}

// Indentation (ASCII or full-width spaces) is layout in wire copy, not content.
const INDENT = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * The plain-text editing format: one paragraph per line; a line starting with `## ` (or `### `)
 * is a subheading. Blank lines are ignored.
 */
export function textToDoc(text: string): BodyDoc {
  const content: BodyBlock[] = [];
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.replace(INDENT, "");
    if (line === "") continue;
    const headingMatch = /^(#{2,3})\s+(.+)$/.exec(line);
    if (headingMatch?.[1] && headingMatch[2]) {
      content.push(headingBlock(headingMatch[2].trim(), headingMatch[1].length === 3 ? 3 : 2));
    } else {
      content.push(paragraphBlock(line));
    }
  }
  return { type: "doc", content };
}

export function docToText(doc: BodyDoc): string {
  return doc.content
    .map((node) => (node.type === "heading" ? `${"#".repeat(node.attrs.level)} ${blockText(node)}` : blockText(node)))
    .join("\n\n");
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function docToHtml(doc: BodyDoc): string {
  return doc.content
    .map((node) => {
      const text = escapeHtml(blockText(node));
      return node.type === "heading" ? `<h${node.attrs.level}>${text}</h${node.attrs.level}>` : `<p>${text}</p>`;
    })
    .join("\n");
}

/** Reads a stored body; a document that does not validate is an error, never rendered raw. */
export function parseStoredBody(value: unknown): BodyDoc {
  return bodyDocSchema.parse(value);
}
