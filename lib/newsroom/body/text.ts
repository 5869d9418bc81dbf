// Plain-text views of a body: the line-based editing format (one paragraph per line, `## ` subheadings)
// and the flat text used for summaries, search and word counts.
import {
  headingBlock,
  paragraphBlock,
  type BodyBlock,
  type BodyDoc,
  type BodyInline,
  type BodyListItem,
  type BodyTable,
} from "./schema";

type Container = Extract<
  BodyBlock | BodyListItem,
  { type: "blockquote" | "listItem" | "bulletList" | "orderedList" | "pullQuote" | "factBox" }
>;

// Lists hold list items; quotes, items, pull quotes and fact boxes hold blocks; all are walked the same way.
function children(node: Container): (BodyBlock | BodyListItem)[] {
  return node.content;
}

/** A table's text: one line per row, its cells separated by a tab. */
function tableRows(table: BodyTable): string[] {
  return table.content.map((row) =>
    row.content.map((cell) => cell.content.map((paragraph) => inlineText(paragraph.content)).join(" ")).join("\t"),
  );
}

function inlineText(content: BodyInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function joinLines(lines: string[]): string {
  return lines.filter((text) => text !== "").join("\n");
}

/**
 * The text of any block, recursively; nested blocks are separated by newlines. An image or a video
 * stands for its caption, a table for its rows, a pull quote for its words and who said them, a fact
 * box for its title and contents (its label, 资料 or 背景, is furniture).
 */
export function blockText(node: BodyBlock | BodyListItem): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inlineText(node.content);
    case "blockquote":
    case "listItem":
    case "bulletList":
    case "orderedList":
      return joinLines(children(node).map(blockText));
    case "pullQuote":
      return joinLines([...children(node).map(blockText), node.attrs?.cite ?? ""]);
    case "factBox":
      return joinLines([node.attrs.title ?? "", ...children(node).map(blockText)]);
    case "table":
      return joinLines(tableRows(node));
    case "image":
    case "video":
      return node.attrs.caption ?? "";
    case "horizontalRule":
      return "";
  }
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

function textLines(node: BodyBlock | BodyListItem): string[] {
  switch (node.type) {
    case "paragraph":
      return [inlineText(node.content)];
    case "heading":
      return [`${"#".repeat(node.attrs.level)} ${inlineText(node.content)}`];
    case "blockquote":
    case "listItem":
    case "bulletList":
    case "orderedList":
    case "pullQuote":
      return children(node).flatMap(textLines);
    case "factBox":
      return [node.attrs.title ?? "", ...children(node).flatMap(textLines)];
    // A row is a line, its cells kept apart by wide spaces, as wire copy sets tables.
    case "table":
      return tableRows(node).map((row) => row.replace(/\t/g, "\u3000\u3000"));
    // The line format has no way to say "image", "video" or "rule"; they are left out rather than turned
    // into text that would come back as a paragraph.
    case "image":
    case "video":
    case "horizontalRule":
      return [];
  }
}

/**
 * The editing format for a body. Exact for documents of paragraphs and subheadings; richer structure
 * (lists, quotes, tables, fact boxes) is flattened to its lines and images, videos and rules are dropped.
 */
export function docToText(doc: BodyDoc): string {
  return doc.content
    .flatMap(textLines)
    .filter((line) => line.replace(/^#+ /, "").trim() !== "")
    .join("\n\n");
}

/** All the words a reader sees, one block per line: for summaries and search. */
export function bodyPlainText(doc: BodyDoc): string {
  return doc.content
    .map(blockText)
    .filter((text) => text !== "")
    .join("\n");
}

const HAN = /\p{Script=Han}/gu;
// A run of letters or digits, allowing inner apostrophes, hyphens and dots ("don't", "COVID-19", "3.5").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/** Chinese is counted per character, as newsrooms count it; other scripts per word. */
export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, " ").match(WORD)?.length ?? 0;
  return han + words;
}

export function bodyWordCount(doc: BodyDoc): number {
  return countWords(bodyPlainText(doc));
}
