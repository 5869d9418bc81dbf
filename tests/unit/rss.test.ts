import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { PublicArticle } from "@/lib/content/article-view";
import type { MediaImage } from "@/lib/media/view";
import { feedItem, type FeedChannel } from "@/lib/feeds/item";
import { getMessages } from "@/lib/i18n";
import { renderRss } from "@/lib/feeds/rss";
import { textToDoc } from "@/lib/newsroom/body";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";

const channel: FeedChannel = {
  title: "Masthead",
  siteUrl: "https://news.example.com",
  feedUrl: "https://news.example.com/feed.xml",
  pageUrl: "https://news.example.com/",
  description: "最新文章",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  words: getMessages("zh-CN"),
  bylineStyle: "zh",
};

const render = (articles: PublicArticle[], now: Date) =>
  renderRss(
    channel,
    articles.map((entry) => feedItem(channel, entry)),
    now,
  );

const article: PublicArticle = {
  id: 7,
  title: "龙泉驿区 <工商联> & “同心战疫”",
  source: "中华工商网",
  publishedAt: "2022-08-05T05:48:00.000Z",
  featuredAt: null,
  modifiedAt: "2022-08-06T01:00:00.000Z",
  kicker: null,
  subtitle: null,
  summary: null,
  sourceUrl: null,
  reprint: null,
  section: null,
  tags: [],
  corrections: [],
  credits: [
    { personId: 1, role: BUILT_IN_ROLES.REPORTER, name: "陈明", affiliation: "中华工商时报" },
    { personId: 2, role: BUILT_IN_ROLES.REPORTER, name: "李华", affiliation: "中华工商时报" },
    { personId: 3, role: BUILT_IN_ROLES.CORRESPONDENT, name: "苏显中" },
    { personId: 4, role: BUILT_IN_ROLES.EDITOR, name: "张晖" },
  ],
  body: textToDoc("第一段 ]]> 不会截断 CDATA。\n## 小标题\n<script>alert(1)</script>"),
  cover: null,
  images: {},
};

type Item = {
  creator?: string;
  "dc:creator"?: string | string[];
  "content:encoded"?: string;
  "media:content"?: { $: Record<string, string>; "media:credit"?: string[]; "media:description"?: string[] };
};

describe("RSS 2.0 feed", () => {
  it("parses in a real feed parser with full content, every reporter, and RFC 822 dates", async () => {
    const xml = render([article], new Date("2026-01-01T00:00:00Z"));
    const parser = new Parser<Record<string, never>, Item>({
      customFields: { item: [["dc:creator", "dc:creator", { keepArray: true }]] },
    });
    const feed = await parser.parseString(xml);

    expect(feed.title).toBe("Masthead");
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0];
    expect(item?.title).toBe(article.title);
    expect(item?.link).toBe("https://news.example.com/articles/7");
    expect(item?.guid).toBe("https://news.example.com/articles/7");
    expect(item?.pubDate).toBe("Fri, 05 Aug 2022 05:48:00 GMT");
    expect(item?.["dc:creator"]).toEqual(["陈明", "李华"]);
    const content = item?.["content:encoded"] ?? "";
    expect(content).toContain("<p>【中华工商时报记者 陈明 李华 通讯员 苏显中】</p>");
    expect(content).toContain("第一段 ]]&gt; 不会截断 CDATA。");
    expect(content).toContain("<h2>小标题</h2>");
    expect(content).toContain("&lt;script&gt;");
    expect(content).not.toContain("<script>");
    expect(content).toContain("<p>(编辑 张晖)</p>");
    expect(xml).toContain("<lastBuildDate>Sat, 06 Aug 2022 01:00:00 GMT</lastBuildDate>");
    expect(xml).toContain("<dc:contributor>通讯员 苏显中</dc:contributor>");
    expect(xml).toContain("<dc:contributor>编辑 张晖</dc:contributor>");
  });
});

describe("RSS cover images", () => {
  const key = "0123456789abcdef01234567";
  const file = (width: number) => ({
    url: `/media/${key}/${width}w.jpg`,
    width,
    height: (width * 3) / 4,
    mimeType: "image/jpeg",
    bytes: width * 100,
  });
  const cover: MediaImage = {
    id: 3,
    src: `/media/${key}/960w.jpg`,
    width: 960,
    height: 720,
    srcset: "",
    candidates: [{ url: `/media/${key}/960w.jpg`, width: 960 }],
    alt: "志愿者 <在> 核酸检测点",
    caption: "维持秩序 & 引导群众",
    credit: "赵敏",
    large: file(1280),
    thumb: file(320),
  };
  const withImages: PublicArticle = {
    ...article,
    cover,
    images: { "3": cover },
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "正文。" }] },
        { type: "image", attrs: { mediaId: 3, src: `/media/${key}/960w.jpg`, alt: "" } },
      ],
    },
  };

  it("carries the cover as an enclosure and as media:content, with absolute URLs everywhere", async () => {
    const xml = render([withImages], new Date("2026-01-01T00:00:00Z"));
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const parser = new Parser<Record<string, never>, Item>({ customFields: { item: ["media:content"] } });
    const item = (await parser.parseString(xml)).items[0];
    const url = `https://news.example.com/media/${key}/1280w.jpg`;
    expect(item?.enclosure).toEqual({ url, length: "128000", type: "image/jpeg" });
    expect(item?.["media:content"]?.$).toEqual({
      url,
      type: "image/jpeg",
      medium: "image",
      width: "1280",
      height: "960",
      fileSize: "128000",
    });
    expect(item?.["media:content"]?.["media:credit"]?.[0]).toMatchObject({ _: "赵敏" });
    expect(xml).toContain('<media:title type="plain">志愿者 &lt;在&gt; 核酸检测点</media:title>');
    expect(xml).toContain("维持秩序 &amp; 引导群众");
    // Body images are read away from the site: their addresses must be absolute too.
    const content = item?.["content:encoded"] ?? "";
    expect(content).toContain(`src="https://news.example.com/media/${key}/960w.jpg"`);
    expect(content).toContain('alt="志愿者 &lt;在&gt; 核酸检测点"');
    expect(content).not.toMatch(/(src|srcset)="\//);
  });

  it("has no enclosure for an article without a cover", () => {
    expect(render([article], new Date())).not.toContain("<enclosure");
  });
});
