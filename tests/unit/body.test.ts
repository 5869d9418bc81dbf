import { describe, expect, it } from "vitest";
import {
  blockText,
  bodyDocSchema,
  bodyPlainText,
  bodyWordCount,
  countWords,
  docToHtml,
  docToText,
  emptyDoc,
  headingBlock,
  isSafeHref,
  isSafeImageSrc,
  normalizeEditorJson,
  paragraphBlock,
  parseStoredBody,
  textToDoc,
  type BodyDoc,
} from "@/lib/newsroom/body";

const text = (value: string, marks?: unknown[]) =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const link = (href: string) => ({ type: "link", attrs: { href } });
const valid = (value: unknown) => bodyDocSchema.safeParse(value).success;

describe("article body", () => {
  it("reads the editing format: one paragraph per line, ## for subheadings", () => {
    const doc = textToDoc("  第一段,有逗号。\n\n## 小标题\n\r\n\u3000\u3000第二段\n### 三级");
    expect(doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "第一段,有逗号。" }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题" }] },
      { type: "paragraph", content: [{ type: "text", text: "第二段" }] },
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "三级" }] },
    ]);
    expect(textToDoc(docToText(doc))).toEqual(doc);
  });

  it("escapes everything a writer types when rendering HTML", () => {
    const html = docToHtml(textToDoc(`<script>alert(1)</script>\n## <img src=x onerror="alert(1)">`));
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<h2>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</h2>",
    );
  });

  it("rejects node types outside the allow-list", () => {
    expect(bodyDocSchema.safeParse({ type: "doc", content: [{ type: "html", text: "<b>x</b>" }] }).success).toBe(false);
    expect(
      bodyDocSchema.safeParse({ type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [] }] })
        .success,
    ).toBe(false);
  });
});

describe("plain-text format", () => {
  it("round-trips the simple format unchanged", () => {
    const source = "第一段：“引号”、顿号，句号。\n\n## 二级标题\n\n### 三级标题\n\n最后一段（括号）！？";
    expect(docToText(textToDoc(source))).toBe(source);
    expect(textToDoc(docToText(textToDoc(source)))).toEqual(textToDoc(source));
  });

  it("keeps the helpers' shapes", () => {
    expect(paragraphBlock("")).toEqual({ type: "paragraph", content: undefined });
    expect(headingBlock("标题", 3)).toEqual({ type: "heading", attrs: { level: 3 }, content: [text("标题")] });
    expect(valid(emptyDoc)).toBe(true);
    expect(parseStoredBody(textToDoc("一\n## 二"))).toEqual(textToDoc("一\n## 二"));
    expect(() => parseStoredBody({ type: "doc" })).toThrow();
  });

  it("flattens rich structure to lines and leaves out images and rules", () => {
    const rich = normalizeEditorJson(
      doc(
        paragraph(text("导语"), { type: "hardBreak" }, text("第二行")),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("要点一"))] }] },
        { type: "blockquote", content: [paragraph(text("引文"))] },
        { type: "horizontalRule" },
        { type: "image", attrs: { src: "/a.jpg", alt: "", caption: "图注" } },
      ),
    );
    expect(docToText(rich)).toBe("导语\n第二行\n\n要点一\n\n引文");
  });
});

describe("schema: what Tiptap's StarterKit and Image write", () => {
  // Samples in the shape editor.getJSON() produces once normalizeEditorJson has dropped the attributes we
  // do not store; body-editor.test.ts checks the same against a real ProseMirror schema.
  const samples: Record<string, unknown> = {
    paragraph: doc(paragraph(text("新华社北京电"))),
    "empty paragraph": doc({ type: "paragraph" }),
    heading2: doc({ type: "heading", attrs: { level: 2 }, content: [text("小标题")] }),
    heading3: doc({ type: "heading", attrs: { level: 3 }, content: [text("三级")] }),
    bold: doc(paragraph(text("重要", [{ type: "bold" }]))),
    italic: doc(paragraph(text("书名", [{ type: "italic" }]))),
    "bold italic link": doc(
      paragraph(text("链接", [link("https://www.xinhuanet.com/"), { type: "bold" }, { type: "italic" }])),
    ),
    "site link": doc(paragraph(text("往期", [link("/articles/12")]))),
    "mail link": doc(paragraph(text("来信", [link("mailto:news@example.com")]))),
    hardBreak: doc(paragraph(text("一"), { type: "hardBreak" }, text("二"))),
    bulletList: doc({
      type: "bulletList",
      content: [
        { type: "listItem", content: [paragraph(text("甲"))] },
        {
          type: "listItem",
          content: [
            paragraph(text("乙")),
            { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("乙一"))] }] },
          ],
        },
      ],
    }),
    orderedList: doc({ type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("一"))] }] }),
    "orderedList with start": doc({
      type: "orderedList",
      attrs: { start: 3 },
      content: [{ type: "listItem", content: [paragraph(text("三"))] }],
    }),
    blockquote: doc({ type: "blockquote", content: [paragraph(text("他说：“我们会继续努力。”"))] }),
    horizontalRule: doc(paragraph(text("上")), { type: "horizontalRule" }, paragraph(text("下"))),
    image: doc({ type: "image", attrs: { src: "https://img.example.com/a.jpg", alt: "会场" } }),
    "image with everything": doc({
      type: "image",
      attrs: {
        mediaId: 42,
        src: "/media/a.jpg",
        alt: "会场",
        caption: "会议现场。",
        credit: "张三",
        width: 1200,
        height: 800,
      },
    }),
    "image without media": doc({ type: "image", attrs: { mediaId: null, src: "/a.jpg", alt: "" } }),
  };

  for (const [name, sample] of Object.entries(samples)) {
    it(`accepts ${name}`, () => {
      expect(bodyDocSchema.safeParse(sample).error).toBeUndefined();
      // Normalizing a valid body changes nothing but blank paragraphs and null media ids.
      if (name !== "empty paragraph" && name !== "image without media") {
        expect(normalizeEditorJson(sample)).toEqual(sample);
      }
    });
  }

  it("normalizes a null media id away", () => {
    expect(normalizeEditorJson(samples["image without media"])).toEqual(
      doc({ type: "image", attrs: { src: "/a.jpg", alt: "" } }),
    );
  });

  it.each([
    ["an unknown node", doc({ type: "codeBlock", content: [text("x")] })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "strike" }])))],
    ["an unknown attribute", doc({ type: "paragraph", attrs: { textAlign: "left" }, content: [text("x")] })],
    [
      "link target",
      doc(paragraph(text("x", [{ type: "link", attrs: { href: "https://a.example", target: "_blank" } }]))),
    ],
    ["heading level 1", doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })],
    ["heading level 4", doc({ type: "heading", attrs: { level: 4 }, content: [text("x")] })],
    ["an empty text node", doc(paragraph(text("")))],
    ["a doubled mark", doc(paragraph(text("x", [{ type: "bold" }, { type: "bold" }])))],
    ["an empty list", doc({ type: "bulletList", content: [] })],
    ["an empty blockquote", doc({ type: "blockquote", content: [] })],
    [
      "a list item not opening with a paragraph",
      doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "horizontalRule" }] }] }),
    ],
    ["a list without items", doc({ type: "orderedList", content: [paragraph(text("x"))] })],
    [
      "ordered list type",
      doc({
        type: "orderedList",
        attrs: { start: 1, type: "a" },
        content: [{ type: "listItem", content: [paragraph(text("x"))] }],
      }),
    ],
    ["image title", doc({ type: "image", attrs: { src: "/a.jpg", alt: "", title: "t" } })],
    ["image without alt", doc({ type: "image", attrs: { src: "/a.jpg" } })],
    ["image width as text", doc({ type: "image", attrs: { src: "/a.jpg", alt: "", width: "600" } })],
    ["image negative height", doc({ type: "image", attrs: { src: "/a.jpg", alt: "", height: -1 } })],
    ["hardBreak with marks", doc(paragraph({ type: "hardBreak", marks: [{ type: "bold" }] }))],
    ["a text node at block level", doc(text("x"))],
    ["a block inside a paragraph", doc(paragraph({ type: "horizontalRule" }))],
  ])("rejects %s", (_, value) => {
    expect(valid(value)).toBe(false);
  });
});

describe("URLs", () => {
  it.each([
    "https://www.xinhuanet.com/politics/2024-01/01/c_1.htm",
    "http://example.com",
    "HTTPS://EXAMPLE.COM/A",
    "mailto:news@example.com",
    "/articles/1",
    "/",
    "/搜索?q=新闻",
  ])("accepts link %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
    expect(valid(doc(paragraph(text("x", [link(href)]))))).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "https:///evil.example",
    "ftp://example.com",
    "file:///etc/passwd",
    "#top",
    "relative/path",
    "?q=1",
    "",
    "https://example.com ",
    `https://example.com/${"a".repeat(3000)}`,
  ])("refuses link %j", (href) => {
    expect(isSafeHref(href)).toBe(false);
    expect(valid(doc(paragraph(text("x", [link(href)]))))).toBe(false);
  });

  it("allows only http(s) and site paths for images", () => {
    expect(isSafeImageSrc("https://img.example.com/a.jpg")).toBe(true);
    expect(isSafeImageSrc("/media/a.jpg")).toBe(true);
    expect(isSafeImageSrc("mailto:a@example.com")).toBe(false);
    expect(isSafeImageSrc("data:image/png;base64,iVBORw0KGgo=")).toBe(false);
    expect(isSafeImageSrc("//cdn.example.com/a.jpg")).toBe(false);
    expect(valid(doc({ type: "image", attrs: { src: "javascript:alert(1)", alt: "" } }))).toBe(false);
  });
});

describe("normalizeEditorJson", () => {
  it("drops the attributes Tiptap writes that the body does not keep", () => {
    const fromEditor = doc(
      {
        type: "paragraph",
        attrs: { textAlign: "left", id: "p1" },
        content: [
          {
            type: "text",
            text: "链接",
            marks: [
              {
                type: "link",
                attrs: { href: " https://example.com/a ", target: "_blank", rel: "noopener", class: "x", title: null },
              },
            ],
          },
        ],
      },
      {
        type: "orderedList",
        attrs: { start: 1, type: null },
        content: [{ type: "listItem", attrs: { checked: false }, content: [paragraph(text("一"))] }],
      },
      {
        type: "image",
        attrs: {
          src: "/a.jpg",
          alt: null,
          title: null,
          width: "640",
          height: 480.4,
          mediaId: null,
          caption: "",
          credit: null,
        },
      },
    );
    expect(normalizeEditorJson(fromEditor)).toEqual(
      doc(
        paragraph(text("链接", [link("https://example.com/a")])),
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("一"))] }] },
        { type: "image", attrs: { src: "/a.jpg", alt: "", width: 640, height: 480 } },
      ),
    );
  });

  it("drops marks the body has no place for but keeps their text, merging what they split", () => {
    const result = normalizeEditorJson(
      doc(paragraph(text("新华社", [{ type: "strike" }]), text("北京", [{ type: "underline" }]), text("电"))),
    );
    expect(result).toEqual(doc(paragraph(text("新华社北京电"))));
  });

  it("orders and de-duplicates marks", () => {
    const result = normalizeEditorJson(
      doc(paragraph(text("x", [{ type: "italic" }, { type: "bold" }, { type: "italic" }, link("/a")]))),
    );
    expect(result).toEqual(doc(paragraph(text("x", [link("/a"), { type: "bold" }, { type: "italic" }]))));
  });

  it("removes unsafe links and images without losing the words", () => {
    const result = normalizeEditorJson(
      doc(
        paragraph(text("点击", [link("javascript:alert(1)"), { type: "bold" }])),
        { type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } },
        { type: "image", attrs: { src: "file:///C:/Users/a.png", alt: "x" } },
      ),
    );
    expect(result).toEqual(doc(paragraph(text("点击", [{ type: "bold" }]))));
  });

  it("keeps the text of unknown nodes", () => {
    const result = normalizeEditorJson(
      doc(
        { type: "codeBlock", attrs: { language: null }, content: [text("code();")] },
        { type: "details", content: [{ type: "detailsSummary", content: [text("摘要")] }, paragraph(text("内容"))] },
        paragraph(text("提到"), { type: "mention", attrs: { id: 1 } }, { type: "emoji", text: "🙂" }),
        {
          type: "taskList",
          content: [{ type: "taskItem", attrs: { checked: true }, content: [paragraph(text("格"))] }],
        },
      ),
    );
    expect(result).toEqual(
      doc(
        paragraph(text("code();")),
        paragraph(text("摘要")),
        paragraph(text("内容")),
        paragraph(text("提到🙂")),
        paragraph(text("格")),
      ),
    );
  });

  it("maps heading levels to 2 and 3", () => {
    const heading = (level: number) => ({ type: "heading", attrs: { level }, content: [text("标题")] });
    const levels = normalizeEditorJson(doc(heading(1), heading(2), heading(3), heading(6))).content.map((block) =>
      block.type === "heading" ? block.attrs.level : null,
    );
    expect(levels).toEqual([2, 2, 3, 3]);
  });

  it("drops blank paragraphs, empty containers and the trailing paragraph Tiptap adds", () => {
    const result = normalizeEditorJson(
      doc(
        paragraph(text("正文")),
        { type: "paragraph" },
        paragraph(text("\u3000 ")),
        { type: "blockquote", content: [{ type: "paragraph" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "horizontalRule" },
        { type: "paragraph" },
      ),
    );
    expect(result).toEqual(doc(paragraph(text("正文")), { type: "horizontalRule" }));
    expect(normalizeEditorJson(doc({ type: "paragraph" }))).toEqual(emptyDoc);
  });

  it("wraps stray inline content and keeps list items valid", () => {
    const result = normalizeEditorJson(
      doc(text("散"), text("字"), {
        type: "bulletList",
        content: [
          paragraph(text("裸段落")),
          { type: "listItem", content: [{ type: "image", attrs: { src: "/a.jpg", alt: "" } }] },
        ],
      }),
    );
    expect(result).toEqual(
      doc(paragraph(text("散字")), {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("裸段落"))] },
          { type: "listItem", content: [{ type: "paragraph" }, { type: "image", attrs: { src: "/a.jpg", alt: "" } }] },
        ],
      }),
    );
    expect(valid(result)).toBe(true);
  });

  it("refuses input that is not a document at all", () => {
    expect(() => normalizeEditorJson(null)).toThrow();
    expect(() => normalizeEditorJson("<p>x</p>")).toThrow();
    expect(() => normalizeEditorJson({ type: "paragraph" })).toThrow();
    expect(normalizeEditorJson({ type: "doc" })).toEqual(emptyDoc);
  });
});

describe("docToHtml", () => {
  const render = (...content: unknown[]) => docToHtml(bodyDocSchema.parse(doc(...content)));

  it("renders each element", () => {
    expect(render(paragraph(text("段落")))).toBe("<p>段落</p>");
    expect(render({ type: "heading", attrs: { level: 3 }, content: [text("三级")] })).toBe("<h3>三级</h3>");
    expect(render(paragraph(text("粗", [{ type: "bold" }]), text("斜", [{ type: "italic" }])))).toBe(
      "<p><strong>粗</strong><em>斜</em></p>",
    );
    expect(render(paragraph(text("一"), { type: "hardBreak" }, text("二")))).toBe("<p>一<br>二</p>");
    expect(render({ type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("甲"))] }] })).toBe(
      "<ul><li><p>甲</p></li></ul>",
    );
    expect(
      render({
        type: "orderedList",
        attrs: { start: 5 },
        content: [{ type: "listItem", content: [paragraph(text("五"))] }],
      }),
    ).toBe('<ol start="5"><li><p>五</p></li></ol>');
    expect(render({ type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("一"))] }] })).toBe(
      "<ol><li><p>一</p></li></ol>",
    );
    expect(render({ type: "blockquote", content: [paragraph(text("引"))] })).toBe("<blockquote><p>引</p></blockquote>");
    expect(render({ type: "horizontalRule" })).toBe("<hr>");
  });

  it("renders links, marking only external ones nofollow", () => {
    expect(render(paragraph(text("外", [link("https://example.com/?a=1&b=2")])))).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer nofollow">外</a></p>',
    );
    expect(render(paragraph(text("内", [link("/articles/1")])))).toBe('<p><a href="/articles/1">内</a></p>');
    expect(render(paragraph(text("信", [link("mailto:a@example.com")])))).toBe(
      '<p><a href="mailto:a@example.com">信</a></p>',
    );
  });

  it("keeps one element open across text that shares a mark", () => {
    expect(
      render(
        paragraph(
          text("新华社", [link("/a")]),
          text("北京", [link("/a"), { type: "bold" }]),
          text("电", [link("/b")]),
          text("。"),
        ),
      ),
    ).toBe('<p><a href="/a">新华社<strong>北京</strong></a><a href="/b">电</a>。</p>');
  });

  it("renders images as figures with caption and credit", () => {
    expect(
      render({
        type: "image",
        attrs: {
          mediaId: 7,
          src: "/media/a.jpg",
          alt: "会场",
          caption: "会议现场。",
          credit: "张三",
          width: 1200,
          height: 800,
        },
      }),
    ).toBe(
      '<figure><img src="/media/a.jpg" alt="会场" width="1200" height="800" loading="lazy" decoding="async">' +
        '<figcaption>会议现场。 <span class="credit">摄影 张三</span></figcaption></figure>',
    );
    expect(render({ type: "image", attrs: { src: "https://img.example.com/b.jpg", alt: "" } })).toBe(
      '<figure><img src="https://img.example.com/b.jpg" alt="" loading="lazy" decoding="async"></figure>',
    );
    expect(render({ type: "image", attrs: { src: "/c.jpg", alt: "", credit: "摄影：李四" } })).toBe(
      '<figure><img src="/c.jpg" alt="" loading="lazy" decoding="async"><figcaption><span class="credit">摄影：李四</span></figcaption></figure>',
    );
  });

  it("credits the photographer in the interface language's words, without a typed 摄影", () => {
    const english = (credit: string) =>
      docToHtml(bodyDocSchema.parse(doc({ type: "image", attrs: { src: "/c.jpg", alt: "", credit } })), {
        photoCredit: "Photo: {credit}",
      });
    expect(english("李四")).toContain('<span class="credit">Photo: 李四</span>');
    expect(english("摄影：李四")).toContain('<span class="credit">Photo: 李四</span>');
  });

  it("re-checks URLs in documents that never went through the schema", () => {
    const unchecked = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
        { type: "image", attrs: { src: "javascript:alert(1)", alt: "" } },
        { type: "script", content: [] },
      ],
    } as unknown as BodyDoc;
    expect(docToHtml(unchecked)).toBe("<p>x</p>\n\n");
  });

  it("keeps Chinese text and full-width punctuation verbatim", () => {
    const sentence = "“新华社”北京１月１日电（记者　张三）：今天，《人民日报》发表评论——“坚持、创新！”……【完】？；·";
    const body = doc(
      paragraph(text(sentence)),
      { type: "heading", attrs: { level: 2 }, content: [text("「小标题」")] },
      { type: "image", attrs: { src: "/a.jpg", alt: "图：会场", caption: "（资料图）", credit: "王五／新华社" } },
    );
    const normalized = normalizeEditorJson(body);
    expect(normalized).toEqual(body);
    const html = docToHtml(normalized);
    expect(html).toContain(`<p>${sentence}</p>`);
    expect(html).toContain("<h2>「小标题」</h2>");
    expect(html).toContain('alt="图：会场"');
    expect(html).toContain('<figcaption>（资料图） <span class="credit">摄影 王五／新华社</span></figcaption>');
    expect(bodyPlainText(normalized)).toBe(`${sentence}\n「小标题」\n（资料图）`);
  });
});

describe("plain text and word count", () => {
  const rich = normalizeEditorJson(
    doc(
      paragraph(text("新华社北京电"), { type: "hardBreak" }, text("第二行")),
      { type: "heading", attrs: { level: 2 }, content: [text("小标题")] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("要点一"))] },
          { type: "listItem", content: [paragraph(text("要点二"))] },
        ],
      },
      { type: "blockquote", content: [paragraph(text("引文"))] },
      { type: "horizontalRule" },
      { type: "image", attrs: { src: "/a.jpg", alt: "不计入", caption: "图注" } },
    ),
  );

  it("gives every block's text, one per line", () => {
    expect(bodyPlainText(rich)).toBe("新华社北京电\n第二行\n小标题\n要点一\n要点二\n引文\n图注");
    expect(rich.content.map(blockText)).toEqual([
      "新华社北京电\n第二行",
      "小标题",
      "要点一\n要点二",
      "引文",
      "",
      "图注",
    ]);
  });

  it("counts Han characters one by one and other words whole", () => {
    expect(countWords("新华社北京电")).toBe(6);
    expect(countWords("，。！？“”")).toBe(0);
    expect(countWords("The quick brown fox")).toBe(4);
    expect(countWords("COVID-19 疫情 don't 3.5%")).toBe(5);
    expect(countWords("苹果公司CEO库克说")).toBe(8);
    expect(bodyWordCount(rich)).toBe(22);
    expect(bodyWordCount(emptyDoc)).toBe(0);
  });
});
