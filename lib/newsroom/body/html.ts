// The only way a body becomes HTML (public pages, the feed, admin previews). It emits a fixed set of tags
// and attributes chosen here; everything that came from a writer is escaped text or an escaped, re-checked
// attribute value. Documents built in code (wire copy) never went through the schema, so URL checks are
// repeated rather than trusted.
//
// The renderer does no I/O: what the media library knows about an image (its resized copies, its alt
// text) comes in through `resolveImage`, and is checked and escaped exactly like the stored attributes.
import { fill } from "@/lib/i18n/fill";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";
import { bodiesZhCN } from "@/lib/i18n/messages/bodies-zh-CN";
import type {
  BodyBlock,
  BodyDoc,
  BodyFactBox,
  BodyImageAttrs,
  BodyInline,
  BodyListItem,
  BodyMark,
  BodyParagraph,
  BodyPullQuote,
  BodyTable,
  BodyTableCell,
  BodyVideo,
} from "./schema";
import { isExternalHref, isSafeHref, isSafeImageSrc } from "./urls";
import { isVideoRef, VIDEO_PROVIDERS, type VideoProvider } from "./video";

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

/** The words the renderer adds around what the writer wrote, in the reader's language. */
export interface BodyRenderLabels {
  providers: Record<VideoProvider, string>;
  // Templates for fill(): {provider}, {caption}, {cite}.
  /** The button that loads the player (with JavaScript); it names who the browser will connect to. */
  videoLoad: string;
  /** The link to the video on the provider's site, shown until (or instead of) the player. */
  videoWatch: string;
  /** The player frame's title when the video has no caption. */
  videoTitle: string;
  /** A video in a feed: the words of its link, with a caption and without. */
  videoFeed: string;
  videoFeedUntitled: string;
  /** The line under a pull quote naming who said it. */
  pullQuoteCite: string;
}

export interface HtmlOptions {
  /** Looks up what is known about an image (by its mediaId, say); undefined keeps the stored attributes. */
  resolveImage?: (attrs: BodyImageAttrs) => ResolvedImage | undefined;
  /** How a caption credits the photographer, in the interface language: a template with {credit}. */
  photoCredit?: string;
  /**
   * "feed": for feed readers, which drop frames, scripts and styles: a video becomes a link to it and a
   * pull quote a plain quote. Default "page".
   */
  target?: "page" | "feed";
  /** Default: Simplified Chinese. */
  labels?: BodyRenderLabels;
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

function spanAttribute(name: "colspan" | "rowspan", value: unknown): string {
  return isDimension(value) && value > 1 ? ` ${name}="${value}"` : "";
}

function paragraphsOf(content: unknown): BodyParagraph[] {
  return Array.isArray(content) ? content.filter((node: BodyParagraph) => node?.type === "paragraph") : [];
}

function renderParagraphs(content: unknown): string {
  return paragraphsOf(content)
    .map((paragraph) => `<p>${renderInline(paragraph.content)}</p>`)
    .join("");
}

function renderCell(cell: BodyTableCell, inHead: boolean): string {
  const tag = cell.type === "tableHeader" ? "th" : "td";
  // Header cells in the first row head their columns; anywhere else they head their row.
  const scope = tag === "th" ? (inHead ? ' scope="col"' : ' scope="row"') : "";
  const spans = spanAttribute("colspan", cell.attrs?.colspan) + spanAttribute("rowspan", cell.attrs?.rowspan);
  const paragraphs = paragraphsOf(cell.content);
  // A one-paragraph cell (nearly all of them) is its text, without a <p> to style away.
  const inner = paragraphs.length === 1 ? renderInline(paragraphs[0]?.content) : renderParagraphs(paragraphs);
  return `<${tag}${scope}${spans}>${inner}</${tag}>`;
}

function renderTable(table: BodyTable): string {
  const rows = (Array.isArray(table.content) ? table.content : [])
    .filter((row) => row?.type === "tableRow" && Array.isArray(row.content))
    .map((row) => row.content.filter((cell) => cell?.type === "tableCell" || cell?.type === "tableHeader"))
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return "";
  const [first = [], ...rest] = rows;
  const headed = first.every((cell) => cell.type === "tableHeader");
  const row = (cells: BodyTableCell[], inHead: boolean) =>
    `<tr>${cells.map((cell) => renderCell(cell, inHead)).join("")}</tr>`;
  const head = headed ? `<thead>${row(first, true)}</thead>` : "";
  const bodyRows = headed ? rest : rows;
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.map((cells) => row(cells, false)).join("")}</tbody>` : "";
  return `<table>${head}${body}</table>`;
}

// What the player frame may do: run the provider's player, go full screen, play protected streams.
// Popups, forms, top navigation and downloads stay blocked.
const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-presentation";
const FRAME_ALLOW = "encrypted-media; fullscreen; picture-in-picture";

function renderVideo(attrs: BodyVideo["attrs"], options: HtmlOptions): string {
  // Provider and id are checked again here: only then are they put into an address built from the table.
  if (!attrs || !isVideoRef(attrs.provider, attrs.id)) return "";
  const spec = VIDEO_PROVIDERS[attrs.provider];
  const labels = options.labels ?? bodiesZhCN.render;
  const name = labels.providers[attrs.provider];
  const caption = typeof attrs.caption === "string" ? attrs.caption.trim() : "";
  const watch = escapeHtml(spec.watchUrl(attrs.id));
  const rel = ' rel="noopener noreferrer nofollow"';
  if (options.target === "feed")
    return `<p><a href="${watch}"${rel}>${escapeHtml(fill(caption ? labels.videoFeed : labels.videoFeedUntitled, { provider: name, caption }))}</a></p>`;
  // The frame sits in an inert <template> (nothing in it is fetched) until the reader asks for it: the
  // page's small script (public/video-embed.js) shows the button and swaps the frame in on a click.
  // Without JavaScript the reader has the link to the provider's own page.
  const frame = [
    `<iframe src="${escapeHtml(spec.embedUrl(attrs.id))}" title="${escapeHtml(caption || fill(labels.videoTitle, { provider: name }))}"`,
    ` sandbox="${FRAME_SANDBOX}" allow="${FRAME_ALLOW}" referrerpolicy="strict-origin-when-cross-origin"`,
    ' loading="lazy"></iframe>',
  ].join("");
  const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : "";
  return [
    `<figure class="video-embed" data-video-provider="${escapeHtml(attrs.provider)}"><div class="video-frame">`,
    `<template>${frame}</template>`,
    `<a class="video-link" href="${watch}"${rel}>${escapeHtml(fill(labels.videoWatch, { provider: name }))}</a>`,
    `<button type="button" class="video-load" hidden>${escapeHtml(fill(labels.videoLoad, { provider: name }))}</button>`,
    `</div>${figcaption}</figure>`,
  ].join("");
}

function renderPullQuote(node: BodyPullQuote, options: HtmlOptions): string {
  const labels = options.labels ?? bodiesZhCN.render;
  const cite = typeof node.attrs?.cite === "string" ? node.attrs.cite.trim() : "";
  const quote = renderParagraphs(node.content);
  if (quote === "") return "";
  const citeText = cite ? escapeHtml(fill(labels.pullQuoteCite, { cite })) : "";
  if (options.target === "feed") return `<blockquote>${quote}${citeText ? `<p>${citeText}</p>` : ""}</blockquote>`;
  return `<figure class="pull-quote"><blockquote>${quote}</blockquote>${citeText ? `<figcaption>${citeText}</figcaption>` : ""}</figure>`;
}

function renderFactBox(node: BodyFactBox, options: HtmlOptions): string {
  const label = typeof node.attrs?.label === "string" ? node.attrs.label.trim() : "";
  const title = typeof node.attrs?.title === "string" ? node.attrs.title.trim() : "";
  const blocks = (Array.isArray(node.content) ? node.content : []).filter(
    (block) => block?.type === "paragraph" || block?.type === "bulletList" || block?.type === "orderedList",
  );
  const heading = [
    label ? `<span class="fact-box-label">${escapeHtml(label)}</span>` : "",
    label && title ? " " : "",
    escapeHtml(title),
  ].join("");
  return [
    '<aside class="fact-box">',
    heading ? `<h2 class="fact-box-heading">${heading}</h2>` : "",
    renderBlocks(blocks, options),
    "</aside>",
  ].join("");
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
    case "table":
      return renderTable(node);
    case "video":
      return renderVideo(node.attrs, options);
    case "pullQuote":
      return renderPullQuote(node, options);
    case "factBox":
      return renderFactBox(node, options);
    default:
      // A node type this renderer does not know is not rendered at all, never passed through.
      return "";
  }
}

export function docToHtml(doc: BodyDoc, options: HtmlOptions = {}): string {
  return doc.content.map((block) => renderBlock(block, options)).join("\n");
}
