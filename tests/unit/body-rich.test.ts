import { getMessages } from "@/lib/i18n";
// The richer body elements (table, video, pull quote, fact box) through every layer that is pure: the
// stored schema and its refusals, the editor JSON normalizer, the renderer for pages and feeds, and the
// plain-text views behind search, summaries and word counts.
import { describe, expect, it } from "vitest";
import { feedItem } from "@/lib/feeds/item";
import { renderRss } from "@/lib/feeds/rss";
import { bodiesEn } from "@/lib/i18n/messages/bodies-en";
import {
  blockText,
  bodyDocSchema,
  bodyPlainText,
  bodyWordCount,
  checkEditorJson,
  docToHtml,
  docToText,
  normalizeEditorJson,
  type BodyBlock,
  type BodyDoc,
} from "@/lib/newsroom/body";
import { samplePublicArticle } from "@/tests/support/public-article";

const text = (value: string) => ({ type: "text" as const, text: value });
const paragraph = (value?: string) =>
  value === undefined ? { type: "paragraph" as const } : { type: "paragraph" as const, content: [text(value)] };
const doc = (...content: unknown[]) => ({ type: "doc", content }) as BodyDoc;

const table: BodyBlock = {
  type: "table",
  content: [
    {
      type: "tableRow",
      content: [
        { type: "tableHeader", content: [paragraph("地区")] },
        { type: "tableHeader", content: [paragraph("捐赠(万元)")] },
      ],
    },
    {
      type: "tableRow",
      content: [
        { type: "tableCell", content: [paragraph("龙泉驿")] },
        { type: "tableCell", content: [paragraph("120")] },
      ],
    },
    {
      type: "tableRow",
      content: [{ type: "tableCell", attrs: { colspan: 2 }, content: [paragraph("合计"), paragraph("另有物资")] }],
    },
  ],
};
const video: BodyBlock = { type: "video", attrs: { provider: "bilibili", id: "BV1GJ411x7h7", caption: "发布会现场" } };
const pullQuote: BodyBlock = {
  type: "pullQuote",
  attrs: { cite: "区工商联主席" },
  content: [paragraph("我们要把服务送到企业门口。")],
};
const factBox: BodyBlock = {
  type: "factBox",
  attrs: { label: "资料", title: "什么是专精特新" },
  content: [
    paragraph("专业化、精细化、特色化、新颖化。"),
    { type: "bulletList", content: [{ type: "listItem", content: [paragraph("2011 年首次提出")] }] },
  ],
};
const rich = doc(paragraph("导语。"), table, video, pullQuote, factBox);

describe("schema", () => {
  it("accepts each element, and a document holding all of them", () => {
    for (const block of [table, video, pullQuote, factBox])
      expect(bodyDocSchema.safeParse(doc(block)).error).toBeUndefined();
    expect(bodyDocSchema.parse(rich)).toEqual(rich);
    // Quotes and list items hold blocks, so the new ones nest there too.
    expect(bodyDocSchema.safeParse(doc({ type: "blockquote", content: [video] })).success).toBe(true);
  });

  const refusals: Array<[string, unknown, RegExp]> = [
    [
      "a video from a provider off the list",
      { type: "video", attrs: { provider: "vimeo", id: "76979871" } },
      /视频只能来自/,
    ],
    [
      "a video id that is not one",
      { type: "video", attrs: { provider: "youtube", id: '"><script>alert(1)</script>' } },
      /视频编号无效/,
    ],
    ["a video id with a path in it", { type: "video", attrs: { provider: "youku", id: "../../evil" } }, /视频编号无效/],
    ["a video stored as a URL", { type: "video", attrs: { src: "https://www.youtube.com/embed/dQw4w9WgXcQ" } }, /./],
    [
      "a video carrying raw HTML",
      { type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", html: "<iframe src=javascript:alert(1)>" } },
      /./,
    ],
    [
      "an attribute on a table cell",
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [{ type: "tableCell", attrs: { onclick: "alert(1)" }, content: [paragraph("x")] }],
          },
        ],
      },
      /./,
    ],
    [
      "a style on a table",
      { type: "table", attrs: { style: "background:url(javascript:alert(1))" }, content: [] },
      /./,
    ],
    [
      "a heading in a cell",
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [{ type: "tableCell", content: [{ type: "heading", attrs: { level: 2 }, content: [text("x")] }] }],
          },
        ],
      },
      /单元格里只能有段落/,
    ],
    [
      "a span that is not a number",
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [{ type: "tableCell", attrs: { colspan: '2"><script>' }, content: [paragraph("x")] }],
          },
        ],
      },
      /./,
    ],
    ["a row outside a table", { type: "tableRow", content: [] }, /不支持/],
    [
      "an image in a pull quote",
      { type: "pullQuote", content: [{ type: "image", attrs: { src: "/a.jpg", alt: "" } }] },
      /引语里只能有段落/,
    ],
    [
      "a fact box without a label",
      { type: "factBox", attrs: { label: " " }, content: [paragraph("x")] },
      /资料框须有标签/,
    ],
    [
      "a fact box holding a table",
      { type: "factBox", attrs: { label: "资料" }, content: [table] },
      /资料框里只能有段落和列表/,
    ],
    ["a node nobody knows", { type: "iframe", attrs: { src: "https://evil.example" } }, /不支持/],
  ];

  it.each(refusals)("refuses %s", (_, block, message) => {
    const result = bodyDocSchema.safeParse(doc(block));
    expect(result.success).toBe(false);
    const checked = checkEditorJson(doc(paragraph("前文。"), block));
    // Whatever normalizing keeps, a refusal says where and what, in words a writer can act on.
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it("names the element and the reason when the editor's JSON is refused", () => {
    const checked = checkEditorJson(doc(paragraph("前文。"), { type: "video", attrs: { provider: "vimeo", id: "1" } }));
    expect(checked).toEqual({
      ok: false,
      message: expect.stringMatching(/^第 2 个元素\(视频\):视频只能来自 bilibili、qq、youku、youtube$/),
    });
    const badId = checkEditorJson(doc({ type: "video", attrs: { provider: "qq", id: "<script>" } }));
    expect(badId).toEqual({ ok: false, message: "第 1 个元素(视频):视频编号无效" });
    const box = checkEditorJson(doc({ type: "factBox", attrs: { label: "" }, content: [paragraph("x")] }));
    expect(box.ok).toBe(false);
  });
});

describe("normalizeEditorJson", () => {
  it("keeps every element exactly, so a stored body survives the editor unchanged", () => {
    expect(normalizeEditorJson(rich)).toEqual(rich);
  });

  it("drops what Tiptap writes and the body does not keep, and never a writer's choice", () => {
    const written = doc({
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph("甲")] },
            { type: "tableHeader", attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80] }, content: [paragraph()] },
          ],
        },
        {
          type: "tableRow",
          content: [
            {
              type: "tableCell",
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: "heading", attrs: { level: 2 }, content: [text("小标题变段落")] }],
            },
          ],
        },
      ],
    });
    expect(normalizeEditorJson(written)).toEqual(
      doc({
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [
              { type: "tableHeader", content: [paragraph("甲")] },
              // An empty cell keeps its place in the grid.
              { type: "tableHeader", attrs: { colspan: 2 }, content: [paragraph()] },
            ],
          },
          { type: "tableRow", content: [{ type: "tableCell", content: [paragraph("小标题变段落")] }] },
        ],
      }),
    );
    // A video's provider and id pass through untouched, so a bad one is refused, not silently removed.
    expect(() =>
      normalizeEditorJson(doc({ type: "video", attrs: { provider: "vimeo", id: "1", title: "x" } })),
    ).toThrow();
    expect(
      normalizeEditorJson(
        doc({ type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", caption: " 说明 ", extra: 1 } }),
      ),
    ).toEqual(doc({ type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", caption: "说明" } }));
    // Empty quotes and boxes go, as empty blockquotes always did.
    expect(normalizeEditorJson(doc({ type: "pullQuote", attrs: { cite: null }, content: [paragraph()] }))).toEqual(
      doc(),
    );
    expect(
      normalizeEditorJson(
        doc({ type: "factBox", attrs: { label: "背景", title: null }, content: [paragraph("内容")] }),
      ),
    ).toEqual(doc({ type: "factBox", attrs: { label: "背景" }, content: [paragraph("内容")] }));
  });
});

describe("docToHtml on a page", () => {
  const html = docToHtml(rich);

  it("renders a table with its header row, spans and escaped cells", () => {
    expect(docToHtml(doc(table))).toBe(
      '<table><thead><tr><th scope="col">地区</th><th scope="col">捐赠(万元)</th></tr></thead>' +
        '<tbody><tr><td>龙泉驿</td><td>120</td></tr><tr><td colspan="2"><p>合计</p><p>另有物资</p></td></tr></tbody></table>',
    );
    const headerless = docToHtml(
      doc({
        type: "table",
        content: [{ type: "tableRow", content: [{ type: "tableCell", content: [paragraph("<b>x</b>")] }] }],
      }),
    );
    expect(headerless).toBe("<table><tbody><tr><td>&lt;b&gt;x&lt;/b&gt;</td></tr></tbody></table>");
  });

  it("renders a video as a link to the provider, a hidden button and the frame kept inert in a template", () => {
    expect(docToHtml(doc(video))).toBe(
      '<figure class="video-embed" data-video-provider="bilibili"><div class="video-frame"><template>' +
        '<iframe src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;autoplay=0" title="发布会现场"' +
        ' sandbox="allow-scripts allow-same-origin allow-presentation" allow="encrypted-media; fullscreen; picture-in-picture"' +
        ' referrerpolicy="strict-origin-when-cross-origin" loading="lazy"></iframe></template>' +
        '<a class="video-link" href="https://www.bilibili.com/video/BV1GJ411x7h7/" rel="noopener noreferrer nofollow">在 bilibili 观看视频</a>' +
        '<button type="button" class="video-load" hidden>点击加载视频（将连接 bilibili）</button>' +
        "</div><figcaption>发布会现场</figcaption></figure>",
    );
  });

  it("titles a frame without a caption by its provider, in the reader's language", () => {
    const youtube = docToHtml(doc({ type: "video", attrs: { provider: "qq", id: "m00253deqqo" } }), {
      labels: bodiesEn.render,
    });
    expect(youtube).toContain('title="Tencent Video video"');
    expect(youtube).toContain("Click to load the video (connects to Tencent Video)");
    expect(youtube).toContain('href="https://v.qq.com/x/page/m00253deqqo.html"');
    expect(youtube).not.toContain("<figcaption>");
  });

  it("renders nothing for a video that did not come through the schema and is not on the list", () => {
    const forged = [
      { type: "video", attrs: { provider: "vimeo", id: "1" } },
      { type: "video", attrs: { provider: "youtube", id: '"><script>alert(1)</script>' } },
      { type: "video", attrs: { provider: "youtube", id: "dQw4w9WgXcQ/../../x" } },
      { type: "video" },
    ];
    for (const block of forged) expect(docToHtml(doc(block))).toBe("");
  });

  it("renders a pull quote as a figure and a fact box as an aside with its heading", () => {
    expect(html).toContain(
      '<figure class="pull-quote"><blockquote><p>我们要把服务送到企业门口。</p></blockquote><figcaption>——区工商联主席</figcaption></figure>',
    );
    expect(html).toContain(
      '<aside class="fact-box"><h2 class="fact-box-heading"><span class="fact-box-label">资料</span> 什么是专精特新</h2>' +
        "<p>专业化、精细化、特色化、新颖化。</p><ul><li><p>2011 年首次提出</p></li></ul></aside>",
    );
  });
});

describe("docToHtml in a feed", () => {
  const html = docToHtml(rich, { target: "feed" });

  it("gives each element a text fallback feed readers show", () => {
    expect(html).toContain(
      '<p><a href="https://www.bilibili.com/video/BV1GJ411x7h7/" rel="noopener noreferrer nofollow">视频:发布会现场(bilibili)</a></p>',
    );
    expect(html).not.toMatch(/<(?:iframe|template|button)\b/);
    expect(html).toContain("<blockquote><p>我们要把服务送到企业门口。</p><p>——区工商联主席</p></blockquote>");
    expect(html).toContain("<thead>");
    expect(html).toContain('<aside class="fact-box"><h2');
  });

  it("reaches the RSS item", () => {
    const channel = {
      title: "Masthead",
      siteUrl: "https://news.example",
      feedUrl: "https://news.example/feed.xml",
      pageUrl: "https://news.example/",
      description: "新闻",
      language: "zh-CN",
      timeZone: "Asia/Shanghai",
      words: getMessages("zh-CN"),
      bylineStyle: "zh" as const,
    };
    const item = feedItem(channel, samplePublicArticle({ body: rich }));
    const rss = renderRss(channel, [item], new Date("2022-08-06T00:00:00Z"));
    expect(rss).toContain("https://www.bilibili.com/video/BV1GJ411x7h7/");
    expect(rss).toContain('<th scope="col">地区</th>');
    expect(rss).not.toContain("<iframe");
  });
});

describe("plain text", () => {
  it("reads every element for search, summaries and word counts", () => {
    expect(blockText(table)).toBe("地区\t捐赠(万元)\n龙泉驿\t120\n合计 另有物资");
    expect(blockText(video)).toBe("发布会现场");
    expect(blockText(pullQuote)).toBe("我们要把服务送到企业门口。\n区工商联主席");
    // The label (资料, 背景) is furniture, not text.
    expect(blockText(factBox)).toBe("什么是专精特新\n专业化、精细化、特色化、新颖化。\n2011 年首次提出");
    expect(bodyPlainText(rich).split("\n")[0]).toBe("导语。");
    expect(bodyWordCount(doc(table))).toBe(2 + 4 + 3 + 1 + 2 + 4);
  });

  it("flattens them to lines in the editing format and leaves videos out", () => {
    expect(docToText(doc(table, video, factBox))).toBe(
      [
        "地区　　捐赠(万元)",
        "龙泉驿　　120",
        "合计 另有物资",
        "什么是专精特新",
        "专业化、精细化、特色化、新颖化。",
        "2011 年首次提出",
      ].join("\n\n"),
    );
  });
});
