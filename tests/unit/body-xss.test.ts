// Every XSS payload in the corpus, in every field a writer controls (text, link href, image src, alt,
// caption, credit, table cells, pull quotes and their attribution, fact box labels and titles, video
// captions, ids and providers), through the schema, normalizeEditorJson and the renderer. No HTML parser is installed
// (no parse5/htmlparser2/jsdom/happy-dom/linkedom), so the output is checked by a strict reader written
// here instead: it accounts for every character of the HTML, accepts only the tags and attributes the
// renderer may emit, and checks each URL attribute after decoding entities the way a browser would.
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "@/components/admin/rich-editor/paste";
import {
  bodyDocSchema,
  checkEditorJson,
  docToHtml,
  normalizeEditorJson,
  parseVideoInput,
  VIDEO_FRAME_ORIGINS,
  type BodyDoc,
} from "@/lib/newsroom/body";
import { xssPayloads } from "@/tests/fixtures/xss-payloads";

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  p: [],
  h2: ["class"],
  h3: [],
  strong: [],
  em: [],
  br: [],
  hr: [],
  ul: [],
  ol: ["start"],
  li: [],
  blockquote: [],
  // Videos and pull quotes are figures with a class (and the video's provider key).
  figure: ["class", "data-video-provider"],
  figcaption: [],
  span: ["class"],
  a: ["href", "rel", "class"],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["scope", "colspan", "rowspan"],
  td: ["colspan", "rowspan"],
  aside: ["class"],
  div: ["class"],
  template: [],
  iframe: ["src", "title", "sandbox", "allow", "referrerpolicy", "loading"],
  button: ["type", "class", "hidden"],
};
// Boolean attributes, written without a value.
const BARE = new Set(["hidden"]);
const VOID = new Set(["br", "hr", "img"]);
const URL_ATTRIBUTES = new Set(["href", "src"]);

// The renderer's escaping produces only these entities; anything else would mean raw input got through.
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|#39);)/;
const ENTITY_VALUES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
const decode = (text: string) => text.replace(ENTITY, (_, name: string) => ENTITY_VALUES[name] ?? "");

/** Whether a decoded URL can only navigate to the web, mail or this site, judged as a browser reads it. */
function harmlessUrl(url: string): boolean {
  const folded = url.replace(
    /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\u3000]/g,
    "",
  );
  const lower = folded.toLowerCase();
  if (/^(?:javascript|vbscript|data|file|blob):/.test(lower)) return false;
  return /^https?:\/\/[^/\\]/.test(lower) || lower.startsWith("mailto:") || /^\/(?![/\\])/.test(lower);
}

interface Reading {
  text: string;
  attributes: Array<{ tag: string; name: string; value: string }>;
}

/** Reads renderer output, failing on anything the renderer should never produce. */
function readStrictly(html: string): Reading {
  const reading: Reading = { text: "", attributes: [] };
  const open: string[] = [];
  const tag = /<(\/?)([a-z0-9]+)((?:\s[a-z-]+(?:="[^"<>]*")?)*)>/y;
  let index = 0;
  while (index < html.length) {
    const next = html.indexOf("<", index);
    const chunk = html.slice(index, next === -1 ? html.length : next);
    if (chunk.includes(">")) throw new Error(`unescaped ">" in text: ${chunk}`);
    if (BARE_AMPERSAND.test(chunk)) throw new Error(`unescaped "&" in text: ${chunk}`);
    reading.text += decode(chunk);
    if (next === -1) break;

    tag.lastIndex = next;
    const match = tag.exec(html);
    if (!match) throw new Error(`markup the renderer does not emit: ${html.slice(next, next + 60)}`);
    const [, closing, name = "", attributeSource = ""] = match;
    const allowed = ALLOWED_ATTRIBUTES[name];
    if (!allowed) throw new Error(`tag outside the allow-list: <${name}>`);

    if (closing) {
      if (attributeSource) throw new Error(`attributes on a closing tag: ${match[0]}`);
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      for (const [, attribute = "", quoted, raw = ""] of attributeSource.matchAll(/\s([a-z-]+)(="([^"<>]*)")?/g)) {
        if (/^on/.test(attribute) || !allowed.includes(attribute)) {
          throw new Error(`attribute outside the allow-list: <${name} ${attribute}>`);
        }
        if (!quoted && !BARE.has(attribute)) throw new Error(`attribute without a value: <${name} ${attribute}>`);
        if (BARE_AMPERSAND.test(raw)) throw new Error(`unescaped "&" in attribute: ${raw}`);
        const value = decode(raw);
        if (URL_ATTRIBUTES.has(attribute) && !harmlessUrl(value)) throw new Error(`unsafe ${attribute}: ${value}`);
        // A frame may only load a provider's player, from its template.
        if (
          name === "iframe" &&
          attribute === "src" &&
          !VIDEO_FRAME_ORIGINS.some((origin) => value.startsWith(`${origin}/`))
        ) {
          throw new Error(`frame from outside the provider table: ${value}`);
        }
        if (
          name === "iframe" &&
          attribute === "sandbox" &&
          value !== "allow-scripts allow-same-origin allow-presentation"
        ) {
          throw new Error(`frame sandbox changed: ${value}`);
        }
        reading.attributes.push({ tag: name, name: attribute, value });
      }
      if (name === "iframe" && open.at(-1) !== "template") throw new Error("a frame outside its inert template");
      if (!VOID.has(name)) open.push(name);
    }
    index = tag.lastIndex;
  }
  if (open.length > 0) throw new Error(`unclosed <${open.join(">, <")}>`);
  return reading;
}

function assertInert(html: string): Reading {
  const reading = readStrictly(html);
  // The blunt checks too, in case the reader above has a blind spot. Frames are checked by the reader:
  // only a provider's player, inside a <template>.
  expect(html).not.toMatch(/<(?:script|object|embed|svg|math|style|base|meta|form|input|body)\b/i);
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\ssrcdoc\b/i);
  // Attribute values never hold a raw quote (it is escaped), so blanking them leaves only real attributes.
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  for (const { name, value } of reading.attributes) {
    if (URL_ATTRIBUTES.has(name)) expect(value).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
  }
  // Inside a feed the body sits in CDATA; "]]>" would end it.
  expect(html).not.toContain("]]>");
  return reading;
}

const doc = (...content: unknown[]) => ({ type: "doc", content });
const paragraph = (text: string, marks?: unknown[]) => ({
  type: "paragraph",
  content: [marks ? { type: "text", text, marks } : { type: "text", text }],
});
const image = (attrs: Record<string, unknown>) => ({ type: "image", attrs: { src: "/a.jpg", alt: "", ...attrs } });

describe("XSS corpus", () => {
  it("has a corpus worth the name", () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(40);
    expect(new Set(xssPayloads.map((entry) => entry.name)).size).toBe(xssPayloads.length);
  });

  it("has a reader that would catch a leak", () => {
    expect(() => readStrictly("<p><script>alert(1)</script></p>")).toThrow();
    expect(() => readStrictly('<p><img src="x" onerror="alert(1)"></p>')).toThrow();
    expect(() => readStrictly('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => readStrictly('<a href="java&#x09;script:alert(1)">x</a>')).toThrow();
    expect(() => readStrictly("<p>a > b</p>")).toThrow();
    expect(() => readStrictly("<p>x")).toThrow();
    expect(() => readStrictly('<template><iframe src="https://evil.example/x"></iframe></template>')).toThrow();
    expect(() =>
      readStrictly('<div class="video-frame"><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe></div>'),
    ).toThrow();
    expect(() => readStrictly("<td nowrap>x</td>")).toThrow();
  });

  describe.each(xssPayloads)("$name", ({ payload }) => {
    it("is inert as text in every kind of block", () => {
      const body = bodyDocSchema.parse(
        doc(
          paragraph(payload),
          paragraph(payload, [{ type: "bold" }, { type: "italic" }, { type: "link", attrs: { href: "/safe" } }]),
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: payload }] },
          { type: "blockquote", content: [paragraph(payload)] },
          { type: "bulletList", content: [{ type: "listItem", content: [paragraph(payload)] }] },
        ),
      );
      const reading = assertInert(docToHtml(body));
      // Escaped, not filtered: the reader sees exactly what the writer typed.
      expect(reading.text.split(payload).length - 1).toBe(5);
    });

    it("is refused as a link address, and the words stay", () => {
      const linked = (href: string, extra: Record<string, unknown> = {}) =>
        doc(paragraph("点击", [{ type: "link", attrs: { href, ...extra } }]));
      expect(bodyDocSchema.safeParse(linked(payload)).success).toBe(false);
      const normalized = normalizeEditorJson(linked(payload, { target: "_blank" }));
      expect(normalized).toEqual(doc(paragraph("点击")));
      assertInert(docToHtml(normalized));
      // A document built in code skips the schema; the renderer still refuses the link.
      expect(assertInert(docToHtml(linked(payload) as BodyDoc)).attributes).toEqual([]);
    });

    it("is inert inside an allowed link address", () => {
      const hrefs = [
        `https://example.com/?q=${payload}`,
        `/search?q=${payload}`,
        `mailto:a@example.com?subject=${payload}`,
      ];
      for (const href of hrefs) {
        const result = bodyDocSchema.safeParse(doc(paragraph("x", [{ type: "link", attrs: { href } }])));
        // Payloads with control characters are refused outright; the rest must render harmlessly.
        if (!result.success) continue;
        const reading = assertInert(docToHtml(result.data));
        expect(reading.attributes.find((attribute) => attribute.name === "href")?.value).toBe(href);
      }
    });

    it("is refused as an image address", () => {
      expect(bodyDocSchema.safeParse(doc(image({ src: payload }))).success).toBe(false);
      expect(normalizeEditorJson(doc(image({ src: payload })))).toEqual(doc());
      expect(docToHtml(doc(image({ src: payload })) as BodyDoc)).toBe("");
    });

    it("is inert as image alt text, caption and credit", () => {
      const body = bodyDocSchema.parse(doc(image({ alt: payload, caption: payload, credit: payload })));
      const reading = assertInert(docToHtml(body));
      expect(reading.attributes.find((attribute) => attribute.name === "alt")?.value).toBe(payload);
      expect(reading.text).toContain(payload.trim());
    });

    it("is inert after normalizing editor JSON that carries it everywhere", () => {
      const fromEditor = doc(
        {
          type: "paragraph",
          attrs: { class: payload, style: payload },
          content: [
            { type: "text", text: payload, marks: [{ type: "link", attrs: { href: payload, class: payload } }] },
          ],
        },
        { type: payload, content: [{ type: "text", text: payload }] },
        {
          type: "image",
          attrs: {
            src: `https://img.example.com/${payload}`,
            alt: payload,
            title: payload,
            caption: payload,
            credit: payload,
          },
        },
      );
      // Never throws on a document, whatever it holds: unsafe parts are dropped.
      assertInert(docToHtml(normalizeEditorJson(fromEditor)));
    });

    it("is inert in table cells, pull quotes, fact boxes and video captions, on the page and in the feed", () => {
      const cell = (type: string) => ({ type, content: [paragraph(payload)] });
      const body = bodyDocSchema.parse(
        doc(
          { type: "table", content: [{ type: "tableRow", content: [cell("tableHeader"), cell("tableCell")] }] },
          { type: "pullQuote", attrs: { cite: payload }, content: [paragraph(payload)] },
          {
            type: "factBox",
            attrs: { label: payload.slice(0, 20).trim() || "资料", title: payload },
            content: [paragraph(payload)],
          },
          { type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", caption: payload } },
        ),
      );
      for (const target of ["page", "feed"] as const) {
        const reading = assertInert(docToHtml(body, { target }));
        expect(reading.text).toContain(payload.trim());
      }
    });

    it("is refused as a video id, a video provider, a cell span and a node type", () => {
      const refused = [
        { type: "video", attrs: { provider: "youtube", id: payload } },
        { type: "video", attrs: { provider: "bilibili", id: `BV1GJ411x7h7${payload}` } },
        { type: "video", attrs: { provider: payload, id: "dQw4w9WgXcQ" } },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [{ type: "tableCell", attrs: { colspan: payload }, content: [paragraph("x")] }],
            },
          ],
        },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableCell", attrs: { [payload]: 1 }, content: [paragraph("x")] }] },
          ],
        },
        { type: payload, attrs: { src: payload } },
      ];
      for (const block of refused) {
        expect(bodyDocSchema.safeParse(doc(block)).success).toBe(false);
        // A document built in code skips the schema; the renderer still writes nothing unsafe.
        assertInert(docToHtml(doc(block) as BodyDoc));
        assertInert(docToHtml(doc(block) as BodyDoc, { target: "feed" }));
        const checked = checkEditorJson(doc(block));
        if (checked.ok) assertInert(docToHtml(checked.doc));
      }
      // Pasted as a video address or embed code, it is refused, or read as nothing but an id.
      for (const input of [
        payload,
        `https://www.youtube.com/watch?v=${payload}`,
        `<iframe src="${payload}"></iframe>`,
      ]) {
        const parsed = parseVideoInput(input);
        if (parsed.ok) expect(parsed.video.id).toMatch(/^[A-Za-z0-9_=-]+$/);
      }
    });

    it("is reduced to harmless markup by the paste cleaner", () => {
      const cleaned = cleanPastedHtml(
        `<p class="MsoNormal">${payload}</p><a href="${payload}">x</a><img src="${payload}">`,
      );
      expect(cleaned).not.toMatch(
        /<(?:script|iframe|object|embed|svg|math|style|base|meta|form|input|body|noscript)\b/i,
      );
      for (const [tagText] of cleaned.matchAll(/<[a-z][^>]*>/gi)) {
        // Every attribute left is one the cleaner keeps, and none is a handler.
        const names = [...tagText.matchAll(/\s([^\s=]+)="[^"]*"/g)].map((match) => match[1]);
        // An allowed provider's frame becomes the editor's video element, provider and id only.
        for (const name of names) {
          expect(["href", "src", "alt", "width", "height", "start", "data-video-provider", "data-video-id"]).toContain(
            name,
          );
        }
      }
      // Frames become the editor's video element only for an allowed provider; table cells keep their spans.
      const frames = cleanPastedHtml(
        `<iframe src="${payload}"></iframe><iframe src="https://www.youtube.com/embed/${payload}"></iframe>` +
          `<table><tr><td colspan="${payload}" onclick="${payload}">x</td></tr></table>` +
          `<figure data-video-provider="${payload}" data-video-id="${payload}"></figure>`,
      );
      expect(frames).not.toMatch(/<(?:iframe|script|svg|img)\b/i);
      for (const [tagText] of frames.matchAll(/<[a-z][^>]*>/gi)) {
        const names = [...tagText.matchAll(/\s([^\s=]+)="[^"]*"/g)].map((match) => match[1]);
        for (const name of names) {
          expect([
            "href",
            "src",
            "alt",
            "width",
            "height",
            "start",
            "colspan",
            "rowspan",
            "data-video-provider",
            "data-video-id",
          ]).toContain(name);
        }
        for (const [, name, value = ""] of tagText.matchAll(/\s(href|src)="([^"]*)"/g)) {
          expect(harmlessUrl(decode(value)), `${name}="${value}"`).toBe(true);
        }

        for (const [, name, value = ""] of tagText.matchAll(/\s(href|src)="([^"]*)"/g)) {
          expect(harmlessUrl(decode(value)), `${name}="${value}"`).toBe(true);
        }
      }
    });
  });
});
