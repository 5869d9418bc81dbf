// Turns whatever the editor (or a pasted document, or an older client) sends into a body the schema
// accepts: Tiptap writes attributes we do not store (link target/rel/class, image title, list type,
// textAlign …) and may hold marks and nodes from extensions we do not render. Structure and text are kept
// wherever there is a place for them; formatting that has no place is dropped. The result is validated,
// so a caller can trust it exactly as it trusts bodyDocSchema.
//
// What a writer chose rather than formatted is never dropped: a video's provider and id, a fact box's
// label, a pull quote's attribution are passed on as they are, so a bad one is refused by the schema
// with a message instead of vanishing from the article.
import { describeBodyError, type BodyErrorWords } from "./errors";
import {
  bodyDocSchema,
  LIMITS,
  type BodyBlock,
  type BodyDoc,
  type BodyFactBox,
  type BodyImage,
  type BodyInline,
  type BodyListItem,
  type BodyMark,
  type BodyParagraph,
  type BodyTable,
  type BodyTableCell,
  type BodyTableRow,
  type BodyVideo,
} from "./schema";
import { isSafeHref, isSafeImageSrc } from "./urls";

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function attrsOf(node: Json): Json {
  return isRecord(node.attrs) ? node.attrs : {};
}

function trimmedString(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

const MARK_RANK: Record<BodyMark["type"], number> = { link: 0, bold: 1, italic: 2 };

function normalizeMarks(value: unknown): BodyMark[] | undefined {
  const marks: BodyMark[] = [];
  for (const mark of records(value)) {
    if (marks.some((kept) => kept.type === mark.type)) continue;
    if (mark.type === "bold" || mark.type === "italic") {
      marks.push({ type: mark.type });
    } else if (mark.type === "link") {
      const href = trimmedString(attrsOf(mark).href);
      // An unsafe link loses the link, not the words.
      if (isSafeHref(href)) marks.push({ type: "link", attrs: { href } });
    }
  }
  marks.sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]);
  return marks.length > 0 ? marks : undefined;
}

function sameMarks(a: BodyMark[] | undefined, b: BodyMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function collectInline(nodes: unknown, out: BodyInline[]): void {
  for (const node of records(nodes)) {
    if (node.type === "hardBreak") {
      out.push({ type: "hardBreak" });
    } else if (typeof node.text === "string") {
      // Text nodes, and unknown inline nodes that carry text (e.g. from an extension we do not load).
      if (node.text === "") continue;
      const marks = normalizeMarks(node.marks);
      const previous = out.at(-1);
      if (previous?.type === "text" && sameMarks(previous.marks, marks)) previous.text += node.text;
      else out.push(marks ? { type: "text", text: node.text, marks } : { type: "text", text: node.text });
    } else if (Array.isArray(node.content)) {
      // A block where only inline content fits: keep its words.
      collectInline(node.content, out);
    }
  }
}

function normalizeInline(nodes: unknown): BodyInline[] {
  const out: BodyInline[] = [];
  collectInline(nodes, out);
  return out;
}

// Blank paragraphs are how a writer (or Word) adds space; spacing belongs to the page's styles.
function isBlank(content: BodyInline[]): boolean {
  return content.every((node) => node.type === "hardBreak" || node.text.trim() === "");
}

function headingLevel(value: unknown): 2 | 3 {
  // The page title is the h1; anything deeper than h3 is still a minor subheading.
  return typeof value === "number" && value >= 3 ? 3 : 2;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function dimension(value: unknown): number | undefined {
  const number = typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) return undefined;
  const rounded = Math.round(number);
  return rounded > 0 && rounded <= LIMITS.dimension ? rounded : undefined;
}

function normalizeImage(node: Json): BodyImage | null {
  const attrs = attrsOf(node);
  const src = trimmedString(attrs.src);
  if (!isSafeImageSrc(src)) return null;
  const image: BodyImage = { type: "image", attrs: { src, alt: clip(trimmedString(attrs.alt), LIMITS.alt) } };
  const { mediaId } = attrs;
  if (typeof mediaId === "number" && Number.isSafeInteger(mediaId) && mediaId > 0) image.attrs.mediaId = mediaId;
  const caption = clip(trimmedString(attrs.caption), LIMITS.caption);
  if (caption) image.attrs.caption = caption;
  const credit = clip(trimmedString(attrs.credit), LIMITS.credit);
  if (credit) image.attrs.credit = credit;
  const width = dimension(attrs.width);
  if (width) image.attrs.width = width;
  const height = dimension(attrs.height);
  if (height) image.attrs.height = height;
  return image;
}

function normalizeListItems(nodes: unknown): BodyListItem[] {
  const items: BodyListItem[] = [];
  for (const node of records(nodes)) {
    // Anything other than an item directly inside a list is treated as the content of one.
    const blocks = normalizeBlocks(node.type === "listItem" ? node.content : [node]);
    if (blocks.length === 0) continue;
    // Tiptap's list item must open with a paragraph; an empty one is the least surprising filler.
    if (blocks[0]?.type !== "paragraph") blocks.unshift({ type: "paragraph" });
    items.push({ type: "listItem", content: blocks });
  }
  return items;
}

function startOf(node: Json): number | undefined {
  const { start } = attrsOf(node);
  return typeof start === "number" && Number.isInteger(start) && start >= 0 && start <= LIMITS.listStart && start !== 1
    ? start
    : undefined;
}

function span(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 1 ? value : undefined;
}

/** Blocks where only paragraphs may stand (cells, pull quotes): other blocks keep their words as paragraphs. */
function normalizeParagraphs(nodes: unknown): BodyParagraph[] {
  return normalizeBlocks(nodes).flatMap((block): BodyParagraph[] =>
    block.type === "paragraph"
      ? [block]
      : block.type === "heading"
        ? [{ type: "paragraph", content: block.content }]
        : normalizeParagraphs(childrenOf(block)),
  );
}

// The inline text of blocks that have nothing else (images, videos, rules) is gone with them; the rest
// are re-read as raw nodes so their words can be kept.
function childrenOf(block: BodyBlock): unknown {
  switch (block.type) {
    case "image":
    case "video":
    case "horizontalRule":
      return [];
    case "table":
      return block.content.flatMap((row) => row.content.flatMap((cell) => cell.content));
    default:
      return block.content ?? [];
  }
}

function normalizeCell(node: Json): BodyTableCell {
  // An empty cell is a place in the grid: it keeps one empty paragraph, as the editor writes it.
  const content = normalizeParagraphs(node.content);
  const attrs = attrsOf(node);
  const spans = { colspan: span(attrs.colspan), rowspan: span(attrs.rowspan) };
  const cell: BodyTableCell = {
    type: node.type === "tableHeader" ? "tableHeader" : "tableCell",
    content: content.length > 0 ? content : [{ type: "paragraph" }],
  };
  if (spans.colspan || spans.rowspan) {
    cell.attrs = {};
    if (spans.colspan) cell.attrs.colspan = spans.colspan;
    if (spans.rowspan) cell.attrs.rowspan = spans.rowspan;
  }
  return cell;
}

function normalizeTable(node: Json): BodyTable | null {
  const rows: BodyTableRow[] = [];
  for (const row of records(node.content)) {
    // Stray cells and rows wrapped in thead/tbody-like nodes are read as rows of what they hold.
    const cells = (row.type === "tableRow" ? records(row.content) : [row]).map(normalizeCell);
    if (cells.length > 0) rows.push({ type: "tableRow", content: cells });
  }
  return rows.length > 0 ? { type: "table", content: rows } : null;
}

function normalizeVideo(node: Json): BodyVideo {
  const attrs = attrsOf(node);
  const video: BodyVideo = {
    type: "video",
    // Unchecked on purpose (see the top of the file): the schema refuses what is not on the allow-list.
    attrs: { provider: trimmedString(attrs.provider) as BodyVideo["attrs"]["provider"], id: trimmedString(attrs.id) },
  };
  const caption = trimmedString(attrs.caption);
  if (caption) video.attrs.caption = caption;
  return video;
}

function normalizeFactBox(node: Json): BodyFactBox | null {
  const content = normalizeBlocks(node.content).flatMap((block): BodyFactBox["content"] =>
    block.type === "paragraph" || block.type === "bulletList" || block.type === "orderedList"
      ? [block]
      : normalizeParagraphs([block]),
  );
  if (content.length === 0) return null;
  const attrs = attrsOf(node);
  const box: BodyFactBox = { type: "factBox", attrs: { label: trimmedString(attrs.label) }, content };
  const title = trimmedString(attrs.title);
  if (title) box.attrs.title = title;
  return box;
}

const BLOCK_TYPES = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "horizontalRule",
  "image",
  "table",
  "tableRow",
  "tableCell",
  "tableHeader",
  "video",
  "pullQuote",
  "factBox",
]);

/** Whether an unknown node holds inline content (a code block) rather than blocks (a details box). */
function holdsInline(node: Json): boolean {
  return records(node.content).every((child) => !BLOCK_TYPES.has(String(child.type)) && !Array.isArray(child.content));
}

function normalizeBlocks(nodes: unknown): BodyBlock[] {
  const out: BodyBlock[] = [];
  // Inline nodes found where blocks belong are gathered into one paragraph.
  let pending: unknown[] = [];
  const flush = () => {
    if (pending.length > 0) pushParagraph(normalizeInline(pending));
    pending = [];
  };
  const pushParagraph = (content: BodyInline[]) => {
    if (!isBlank(content)) out.push({ type: "paragraph", content });
  };

  for (const node of records(nodes)) {
    if (node.type === "text" || node.type === "hardBreak" || typeof node.text === "string") {
      pending.push(node);
      continue;
    }
    flush();
    switch (node.type) {
      case "paragraph":
        pushParagraph(normalizeInline(node.content));
        break;
      case "heading": {
        const content = normalizeInline(node.content);
        if (!isBlank(content))
          out.push({ type: "heading", attrs: { level: headingLevel(attrsOf(node).level) }, content });
        break;
      }
      case "blockquote": {
        const content = normalizeBlocks(node.content);
        if (content.length > 0) out.push({ type: "blockquote", content });
        break;
      }
      case "bulletList":
      case "orderedList": {
        const content = normalizeListItems(node.content);
        if (content.length === 0) break;
        const start = node.type === "orderedList" ? startOf(node) : undefined;
        if (node.type === "bulletList") out.push({ type: "bulletList", content });
        else
          out.push(
            start === undefined ? { type: "orderedList", content } : { type: "orderedList", attrs: { start }, content },
          );
        break;
      }
      case "listItem":
        out.push(...normalizeBlocks(node.content));
        break;
      case "horizontalRule":
        out.push({ type: "horizontalRule" });
        break;
      case "image": {
        const image = normalizeImage(node);
        if (image) out.push(image);
        break;
      }
      case "table": {
        const table = normalizeTable(node);
        if (table) out.push(table);
        break;
      }
      case "tableRow":
      case "tableCell":
      case "tableHeader":
        // Parts of a table outside one: their words stay, as paragraphs.
        out.push(...normalizeParagraphs(node.content));
        break;
      case "video":
        out.push(normalizeVideo(node));
        break;
      case "pullQuote": {
        const content = normalizeParagraphs(node.content);
        if (content.length === 0) break;
        const cite = trimmedString(attrsOf(node).cite);
        out.push(cite ? { type: "pullQuote", attrs: { cite }, content } : { type: "pullQuote", content });
        break;
      }
      case "factBox": {
        const box = normalizeFactBox(node);
        if (box) out.push(box);
        break;
      }
      default:
        if (!Array.isArray(node.content)) break;
        if (holdsInline(node)) pushParagraph(normalizeInline(node.content));
        else out.push(...normalizeBlocks(node.content));
    }
  }
  flush();
  return out;
}

/**
 * Reduces editor JSON (`editor.getJSON()`) to a valid body. Throws a ZodError only when the input is not a
 * document at all, so a broken form field is reported instead of silently saving an empty article.
 */
export function normalizeEditorJson(json: unknown): BodyDoc {
  if (!isRecord(json) || json.type !== "doc") return bodyDocSchema.parse(json);
  return bodyDocSchema.parse({ type: "doc", content: normalizeBlocks(json.content) });
}

export type EditorJsonCheck = { ok: true; doc: BodyDoc } | { ok: false; message: string };

/** normalizeEditorJson that answers a refusal with the writer's words for it instead of throwing. */
export function checkEditorJson(json: unknown, words?: BodyErrorWords): EditorJsonCheck {
  const reduced =
    isRecord(json) && json.type === "doc" ? { type: "doc", content: normalizeBlocks(json.content) } : json;
  const result = bodyDocSchema.safeParse(reduced);
  return result.success
    ? { ok: true, doc: result.data }
    : { ok: false, message: describeBodyError(result.error, reduced, words) };
}
