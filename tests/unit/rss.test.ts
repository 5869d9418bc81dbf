import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { PublicArticle } from "@/lib/content/article-view";
import { renderRss } from "@/lib/feeds/rss";
import { textToDoc } from "@/lib/newsroom/body";
import { BUILT_IN_ROLES } from "@/lib/newsroom/credits";

const channel = {
  title: "Masthead",
  siteUrl: "https://news.example.com",
  feedUrl: "https://news.example.com/feed.xml",
  description: "最新文章",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
};

const article: PublicArticle = {
  id: 7,
  title: "龙泉驿区 <工商联> & “同心战疫”",
  source: "中华工商网",
  publishedAt: "2022-08-05T05:48:00.000Z",
  modifiedAt: "2022-08-06T01:00:00.000Z",
  kicker: null,
  subtitle: null,
  summary: null,
  sourceUrl: null,
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
};

type Item = { creator?: string; "dc:creator"?: string | string[]; "content:encoded"?: string };

describe("RSS 2.0 feed", () => {
  it("parses in a real feed parser with full content, every reporter, and RFC 822 dates", async () => {
    const xml = renderRss(channel, [article], new Date("2026-01-01T00:00:00Z"));
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
  });
});
