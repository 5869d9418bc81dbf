// The only way a body becomes HTML (public pages, the feed, admin previews). It emits a fixed set of tags
// and attributes chosen here; everything that came from a writer is escaped text or an escaped, re-checked
// attribute value. Documents built in code (wire copy) never went through the schema, so URL checks are
// repeated rather than trusted.
//
// The renderer does no I/O: what the media library knows about an image (its resized copies, its alt
// text) comes in through `resolveImage`, and is checked and escaped exactly like the stored attributes.
import type { BodyBlock, BodyImageAttrs, BodyInline, BodyListItem, BodyMark, BodyDoc } from "./schema";
import { fill } from "@/lib/i18n/fill";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";
import { isExternalHref, isSafeHref, isSafeImageSrc } from "./urls";

/** A body image as the media library would have it drawn: its copies and their sizes. */
export interface ResolvedImage {
  src: string;
  width?: number;
  height?: number;
  /** Candidates for srcset, each with its width in pixels. */
  srcset?: ReadonlyArray<{ url: string; width: number }>;
  sizes?: string;
  /** The library's alt text, used when the body's own is empty. */
  alt?: string;
}

export interface HtmlOptions {
  /** Looks up what is known about an image (by its mediaId, say); undefined keeps the stored attributes. */
  resolveImage?: (attrs: BodyImageAttrs) => ResolvedImage | undefined;
  /** How a caption credits the photographer, in the interface language: a template with {credit}. */
  photoCredit?: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The photographer's role word; writers and wire copy often type it in front of the name. */
export const CREDIT_LABEL = BUILT_IN_ROLES.PHOTOGRAPHER.zh;
const TYPED_LABEL = new RegExp(`^${CREDIT_LABEL}\\s*[:：]?\\s*`, "u");

/**
 * A caption's credit line: `template` (the interface language's, with {credit}) around the name.
 * Writers often type the role word themselves; the template says it once.
 */
export function photoCreditText(credit: string, template = `${CREDIT_LABEL} {credit}`): string {
  // A credit that already says the template's own word is printed as typed (摄影：李四 keeps its colon).
  if (TYPED_LABEL.test(credit) && template.startsWith(CREDIT_LABEL)) return credit;
  return fill(template, { credit: credit.replace(TYPED_LABEL, "") || credit });
}

// The order marks nest in, outermost first; the same order ProseMirror keeps them in for Tiptap's schema
// (link has the higher priority), so runs of text sharing a link render as one <a>.
const MARK_RANK: Record<BodyMark["type"], number> = { link: 0, bold: 1, italic: 2 };

function renderableMarks(marks: BodyMark[] | undefined): BodyMark[] {
  const seen = new Set<string>();
  return (marks ?? [])
    .filter((mark) => {
      if (!(mark.type in MARK_RANK) || seen.has(mark.type)) return false;
      seen.add(mark.type);
      return mark.type !== "link" || isSafeHref(mark.attrs.href);
    })
    .sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]);
}

function sameMark(a: BodyMark, b: BodyMark): boolean {
  return a.type === b.type && (a.type !== "link" || (b.type === "link" && a.attrs.href === b.attrs.href));
}

function openTag(mark: BodyMark): string {
  switch (mark.type) {
    case "bold":
      return "<strong>";
    case "italic":
      return "<em>";
    case "link": {
      const rel = isExternalHref(mark.attrs.href) ? ' rel="noopener noreferrer nofollow"' : "";
      return `<a href="${escapeHtml(mark.attrs.href)}"${rel}>`;
    }
  }
}

const CLOSE: Record<BodyMark["type"], string> = { bold: "</strong>", italic: "</em>", link: "</a>" };

/** Inline content, keeping a mark open across neighbouring text that shares it. */
function renderInline(content: BodyInline[] | undefined): string {
  let html = "";
  const open: BodyMark[] = [];
  for (const node of content ?? []) {
    const marks = node.type === "text" ? renderableMarks(node.marks) : [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep++;
    while (open.length > keep) html += CLOSE[open.pop()!.type];
    for (const mark of marks.slice(keep)) {
      html += openTag(mark);
      open.push(mark);
    }
    if (node.type === "text") html += escapeHtml(node.text);
    else if (node.type === "hardBreak") html += "<br>";
  }
  while (open.length > 0) html += CLOSE[open.pop()!.type];
  return html;
}

function isDimension(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

// A srcset is a comma-separated list of "url width" pairs: a URL holding a comma or a space would split
// into pieces the browser reads differently from what was checked, so such a candidate is left out.
const SRCSET_URL = /^[^\s,]+$/;

function srcsetAttribute(candidates: ResolvedImage["srcset"]): string {
  return (candidates ?? [])
    .filter(
      (candidate) => SRCSET_URL.test(candidate.url) && isSafeImageSrc(candidate.url) && isDimension(candidate.width),
    )
    .map((candidate) => `${escapeHtml(candidate.url)} ${candidate.width}w`)
    .join(", ");
}

function renderImage(attrs: BodyImageAttrs, options: HtmlOptions): string {
  if (typeof attrs.src !== "string" || !isSafeImageSrc(attrs.src)) return "";
  // A resolution with an unusable address is ignored as a whole: its sizes belong to that address.
  const found = options.resolveImage?.(attrs);
  const resolved = found && typeof found.src === "string" && isSafeImageSrc(found.src) ? found : undefined;
  const src = resolved?.src ?? attrs.src;
  // The body's own alt text is printed as written; only a blank one gives way to the library's.
  const own = attrs.alt ?? "";
  const alt = own.trim() === "" && resolved?.alt ? resolved.alt : own;
  const width = resolved && isDimension(resolved.width) ? resolved.width : attrs.width;
  const height = resolved && isDimension(resolved.height) ? resolved.height : attrs.height;
  const img = [`<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"`];
  const srcset = srcsetAttribute(resolved?.srcset);
  if (srcset) {
    img.push(` srcset="${srcset}"`);
    if (resolved?.sizes) img.push(` sizes="${escapeHtml(resolved.sizes)}"`);
  }
  if (isDimension(width)) img.push(` width="${width}"`);
  if (isDimension(height)) img.push(` height="${height}"`);
  img.push(' loading="lazy" decoding="async">');

  const caption = attrs.caption?.trim();
  const credit = attrs.credit?.trim();
  const parts: string[] = [];
  if (caption) parts.push(escapeHtml(caption));
  if (credit) {
    const text = photoCreditText(credit, options.photoCredit);
    parts.push(`<span class="credit">${escapeHtml(text)}</span>`);
  }
  const figcaption = parts.length > 0 ? `<figcaption>${parts.join(" ")}</figcaption>` : "";
  return `<figure>${img.join("")}${figcaption}</figure>`;
}

function renderListItems(items: BodyListItem[], options: HtmlOptions): string {
  return items.map((item) => `<li>${renderBlocks(item.content, options)}</li>`).join("");
}

function renderBlocks(blocks: BodyBlock[], options: HtmlOptions): string {
  return blocks.map((block) => renderBlock(block, options)).join("");
}

function renderBlock(node: BodyBlock, options: HtmlOptions): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${renderInline(node.content)}</p>`;
    case "heading": {
      const level = node.attrs.level === 3 ? 3 : 2;
      return `<h${level}>${renderInline(node.content)}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${renderBlocks(node.content, options)}</blockquote>`;
    case "bulletList":
      return `<ul>${renderListItems(node.content, options)}</ul>`;
    case "orderedList": {
      const start = node.attrs?.start;
      const startAttr = typeof start === "number" && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : "";
      return `<ol${startAttr}>${renderListItems(node.content, options)}</ol>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "image":
      return renderImage(node.attrs, options);
    default:
      // A node type this renderer does not know is not rendered at all, never passed through.
      return "";
  }
}

export function docToHtml(doc: BodyDoc, options: HtmlOptions = {}): string {
  return doc.content.map((block) => renderBlock(block, options)).join("\n");
}
