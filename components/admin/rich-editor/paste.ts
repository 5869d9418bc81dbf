// Clipboard HTML from Word, Google Docs and web pages is mostly presentation: mso-* styles, <o:p>,
// conditional comments, <font>, classes, spans carrying inline styles. This pass reduces it to plain
// elements with only the attributes the editor reads, before ProseMirror parses it against the editor
// schema (which is what actually decides what survives: unknown elements become their text).
//
// It works on the HTML string rather than a DOM so it runs, and is tested, outside a browser. It is not a
// security boundary: the editor parses pasted HTML in a detached document, and stored bodies are checked
// by the schema and escaped by the renderer.
import { escapeHtml, isSafeHref, isSafeImageSrc, parseVideoInput } from "@/lib/newsroom/body";

// Elements whose content is never article text.
const DROP_WITH_CONTENT = [
  "head",
  "script",
  "style",
  "title",
  "xml",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "select",
  "textarea",
];

// Page and form scaffolding: the tag goes, whatever text it holds stays.
const UNWRAP = new Set([
  "html",
  "body",
  "base",
  "meta",
  "link",
  "form",
  "input",
  "button",
  "label",
  "fieldset",
  "legend",
  "option",
  "optgroup",
  "frame",
  "frameset",
  "applet",
  "param",
  "source",
  "track",
  "picture",
  "font",
]);

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function quote(value: string): string {
  return `"${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  middot: "·",
};

function codePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

// Attribute values are decoded, checked, and written back re-escaped, so what was checked is exactly what
// the browser will read. Entities outside this short list stay literal text, which only ever makes a URL
// fail the allow-list, never pass it.
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    const decoded = lower.startsWith("#x")
      ? codePoint(parseInt(lower.slice(2), 16))
      : lower.startsWith("#")
        ? codePoint(Number(lower.slice(1)))
        : NAMED[lower];
    return decoded ?? entity;
  });
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, "")).trim();
}

// Google Docs and Word express bold and italic as inline styles; "mso-bidi-font-weight" must not count.
const BOLD_STYLE = /(?:^|[;\s"'])font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const ITALIC_STYLE = /(?:^|[;\s"'])font-style\s*:\s*italic\b/i;
const NORMAL_WEIGHT = /(?:^|[;\s"'])font-weight\s*:\s*(?:normal|[1-4]00)\b/i;

// What each kept element may keep. Everything else (class, style, id, lang, dir, data-*, on*) goes.
// The data-* attributes are the editor's own clipboard format for videos, pull quotes and fact boxes
// (components/admin/rich-editor/body-nodes.ts); the editor checks their values when it reads them.
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  img: ["src", "alt", "width", "height"],
  ol: ["start"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
  figure: ["data-video-provider", "data-video-id", "data-video-caption", "data-pull-quote", "data-cite"],
  aside: ["data-fact-box", "data-label", "data-title"],
};

const RENAMED: Record<string, string> = { h1: "h2", h4: "h3", h5: "h3", h6: "h3" };

const ORDERED_MARKER =
  /^(?:[(（]?[0-9０-９]+[.)）、．]?|[(（]?[a-z][.)）]|[ivxlc]+[.)]|[(（]?[一二三四五六七八九十百]+[)）、．.]?)$/i;

/** Removes Word's list-marker element starting at `start` (a span that may contain spans); returns its text. */
function cutElement(html: string, start: number): { html: string; text: string } {
  const tags = /<(\/?)span\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = match.index + match[0].length;
      return { html: html.slice(0, start) + html.slice(end), text: stripTags(html.slice(start, end)) };
    }
  }
  return { html, text: "" };
}

/**
 * Word writes list items as paragraphs styled "mso-list" with the bullet or number as literal text. Turn
 * them back into lists (nesting levels are flattened) so they paste as lists, not as "1." paragraphs.
 */
function wordListsToLists(html: string): string {
  const items = html.replace(
    /<p\b([^>]*mso-list\s*:(?!\s*ignore)[^>]*)>([\s\S]*?)<\/p>/gi,
    (_, _attributes: string, content: string) => {
      let marker = "";
      let body = content.replace(/<!\[if\s+!supportLists\]>([\s\S]*?)<!\[endif\]>/i, (_match, inner: string) => {
        marker = stripTags(inner);
        return "";
      });
      const ignored = /<span\b[^>]*mso-list\s*:\s*ignore[^>]*>/i.exec(body);
      if (ignored) {
        const cut = cutElement(body, ignored.index);
        body = cut.html;
        marker ||= cut.text;
      }
      const kind = ORDERED_MARKER.test(marker.replace(/\s+/g, "")) ? "ol" : "ul";
      return `<li data-kind="${kind}">${body}</li>`;
    },
  );
  return items.replace(
    /<li data-kind="(ol|ul)">[\s\S]*?<\/li>(?:\s*<li data-kind="\1">[\s\S]*?<\/li>)*/g,
    (run, kind: string) => `<${kind}>${run}</${kind}>`,
  );
}

function removeComments(html: string): string {
  return (
    html
      // Word's "downlevel-revealed" blocks hold list markers and duplicate line breaks meant for old
      // browsers; the other conditional blocks (e.g. !vml image fallbacks) hold real content.
      .replace(/<!\[if\s+!support\w*\]>[\s\S]*?<!\[endif\]>/gi, "")
      .replace(/<!\[(?:if[^\]]*|endif)\]>/gi, "")
      .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
      .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/gi, "")
      .replace(/<![^>]*>|<\?[^>]*>/g, "")
  );
}

const DROPPED = new RegExp(`<(${DROP_WITH_CONTENT.join("|")})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, "gi");
const DROPPED_TAG = new RegExp(`</?(?:${DROP_WITH_CONTENT.join("|")})\\b[^>]*>`, "gi");

function removeDroppedElements(html: string): string {
  // Repeated because removing one element can join the pieces of another ("<scr<script></script>ipt>").
  let result = html;
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(DROPPED, "").replace(DROPPED_TAG, "");
  }
  return result;
}

type Paired = "span" | "b" | "strong" | "a";

function isPaired(name: string): name is Paired {
  return name === "span" || name === "b" || name === "strong" || name === "a";
}

/** Rewrites every remaining tag to a bare element with only the attributes in KEPT_ATTRIBUTES. */
function simplifyTags(html: string): string {
  // Elements that are dropped or turned into others keep a stack of what their end tag becomes.
  const closers: Record<Paired, string[]> = { span: [], b: [], strong: [], a: [] };

  // A "<" that starts no tag is text; escaping it first stops removed tags from joining the text around
  // them into new markup ("<<o:p></o:p>script>").
  const text = html.replace(/<(?![a-zA-Z]|\/[a-zA-Z])/g, "&lt;");
  return text.replace(/<(\/?)([a-zA-Z][\w:.-]*)([^>]*)>/g, (_, slash: string, rawName: string, rest: string) => {
    const name = rawName.toLowerCase();
    // Office namespaces (<o:p>, <w:sdt>, <v:shape>, <st1:place>) are wrappers or layout; keep only content.
    if (name.includes(":") || UNWRAP.has(name) || DROP_WITH_CONTENT.includes(name)) return "";

    if (slash) {
      if (isPaired(name)) return closers[name].pop() ?? "";
      return `</${RENAMED[name] ?? name}>`;
    }

    const attributes = parseAttributes(rest);
    const style = attributes.get("style") ?? "";

    if (name === "span") {
      const open = `${BOLD_STYLE.test(style) ? "<strong>" : ""}${ITALIC_STYLE.test(style) ? "<em>" : ""}`;
      const close = `${ITALIC_STYLE.test(style) ? "</em>" : ""}${BOLD_STYLE.test(style) ? "</strong>" : ""}`;
      closers.span.push(close);
      return open;
    }
    if (name === "b" || name === "strong") {
      // Google Docs wraps the whole clipboard in <b style="font-weight:normal">.
      const bold = !NORMAL_WEIGHT.test(style);
      closers[name].push(bold ? "</strong>" : "");
      return bold ? "<strong>" : "";
    }
    if (name === "a") {
      const href = decodeEntities(attributes.get("href") ?? "").trim();
      // Word's bookmarks (<a name=…>) and links we would refuse anyway keep their text only.
      const kept = isSafeHref(href);
      closers.a.push(kept ? "</a>" : "");
      return kept ? `<a href=${quote(href)}>` : "";
    }
    if (name === "img") {
      const src = decodeEntities(attributes.get("src") ?? "").trim();
      // Word's local file:/// images and data: URLs cannot be published; the media library will take uploads.
      if (!isSafeImageSrc(src)) return "";
    }

    const kept = (KEPT_ATTRIBUTES[name] ?? [])
      .filter((attribute) => attributes.has(attribute))
      .map((attribute) => ` ${attribute}=${quote(decodeEntities(attributes.get(attribute) ?? "").trim())}`)
      .join("");
    return `<${RENAMED[name] ?? name}${kept}>`;
  });
}

// Word marks empty lines as <p><o:p>&nbsp;</o:p></p>; after simplification those are blank paragraphs.
const BLANK_PARAGRAPH = /<p>(?:\s|&nbsp;|&#160;|\u00a0|\u3000|<br>)*<\/p>/gi;

const IFRAME = /<iframe\b[^>]*>(?:[\s\S]*?<\/iframe\s*>)?/gi;

/**
 * A player iframe from an allowed provider (a page that embeds a video) becomes the editor's video
 * element, provider and id only; every other frame is dropped with the other dropped elements.
 */
function framesToVideos(html: string): string {
  return html.replace(IFRAME, (frame) => {
    const tag = /^<iframe\b[^>]*>/i.exec(frame)?.[0] ?? "";
    const parsed = parseVideoInput(tag);
    if (!parsed.ok) return frame;
    const { provider, id } = parsed.video;
    return `<figure data-video-provider="${escapeHtml(provider)}" data-video-id="${escapeHtml(id)}"></figure>`;
  });
}

/** Reduces clipboard HTML to bare structural elements; used as the editor's transformPastedHTML. */
export function cleanPastedHtml(html: string): string {
  // Lists first: they read Word's conditional list markers, which removeComments would otherwise discard.
  const withoutChrome = removeDroppedElements(framesToVideos(removeComments(wordListsToLists(html))));
  return simplifyTags(withoutChrome).replace(BLANK_PARAGRAPH, "");
}
