import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderAtom } from "@/lib/feeds/atom";
import { feedResponse } from "@/lib/feeds/response";
import { isNotModified } from "@/lib/http/conditional";
import { feedItem, type FeedChannel } from "@/lib/feeds/item";
import { renderJsonFeed } from "@/lib/feeds/json-feed";
import { renderRss } from "@/lib/feeds/rss";
import { getMessages } from "@/lib/i18n";
import { samplePublicArticle } from "../support/public-article";

const channel: FeedChannel = {
  title: "Masthead",
  siteUrl: "https://news.example.com",
  feedUrl: "https://news.example.com/atom.xml",
  pageUrl: "https://news.example.com/",
  description: "最新文章",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  words: getMessages("zh-CN"),
  bylineStyle: "zh",
};
const now = new Date("2026-01-01T00:00:00Z");

describe("Atom 1.0", () => {
  it("parses in a real feed parser with full content, authors, contributors, categories and the cover", async () => {
    const xml = renderAtom(channel, [feedItem(channel, samplePublicArticle())], now);
    const feed = await new Parser<
      Record<string, never>,
      { id?: string; updated?: string; author?: string; content?: string }
    >({
      customFields: { item: ["updated", "id"] },
    }).parseString(xml);
    expect(feed.title).toBe("Masthead");
    const entry = feed.items[0];
    expect(entry?.title).toBe("龙泉驿区 <工商联> & “同心战疫”");
    expect(entry?.link).toBe("https://news.example.com/articles/7");
    expect(entry?.id).toBe("https://news.example.com/articles/7");
    expect(entry?.isoDate).toBe("2022-08-05T05:48:00.000Z");
    expect(entry?.updated).toBe("2022-08-06T01:00:00.000Z");
    expect(entry?.author).toBe("陈明");
    expect(entry?.content).toContain("<p>【中华工商时报记者 陈明 李华 通讯员 苏显中 摄影 赵敏】</p>");
    expect(entry?.content).toContain("&lt;script&gt;");
    expect(entry?.content).toContain("更正(2022年08月06日 09:00)");
    expect(xml).toContain('<category term="经济"/>\n    <category term="疫情防控"/>\n    <category term="商会"/>');
    expect(xml).toContain("<contributor><name>苏显中</name>");
    expect(xml).toContain(
      '<link rel="enclosure" type="image/webp" length="123456" href="https://news.example.com/media/a/1280.webp"/>',
    );
    expect(xml).toContain("<updated>2022-08-06T01:00:00.000Z</updated>");
  });

  it("words an item's labels in the interface language and its byline in the chosen style", () => {
    const english: FeedChannel = { ...channel, words: getMessages("en"), bylineStyle: "en", language: "en" };
    const xml = renderAtom(english, [feedItem(english, samplePublicArticle())], now);
    expect(xml).toContain('xml:lang="en"');
    expect(xml).toContain("Correction (Aug 6, 2022 09:00): ");
    expect(xml).not.toContain("更正(");
    expect(xml).not.toContain("【");
  });
});

describe("JSON Feed 1.1", () => {
  it("has the required members and absolute URLs", () => {
    const feed = JSON.parse(
      renderJsonFeed(
        { ...channel, feedUrl: "https://news.example.com/feed.json" },
        [feedItem(channel, samplePublicArticle())],
        now,
      ),
    ) as {
      version: string;
      items: Array<Record<string, unknown>>;
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0]).toMatchObject({
      id: "https://news.example.com/articles/7",
      url: "https://news.example.com/articles/7",
      date_published: "2022-08-05T05:48:00.000Z",
      date_modified: "2022-08-06T01:00:00.000Z",
      authors: [
        { name: "陈明", url: "https://news.example.com/people/1" },
        { name: "李华", url: "https://news.example.com/people/2" },
      ],
      image: "https://news.example.com/media/a/1280.webp",
      tags: ["经济", "疫情防控", "商会"],
    });
    expect(String(feed.items[0]?.content_html)).toContain("<h2>小标题</h2>");
  });
});

describe("feed responses and conditional GET", () => {
  const document = {
    body: "<feed/>",
    contentType: "application/atom+xml; charset=utf-8",
    lastModified: "2022-08-06T01:00:00.000Z",
  };
  const validators = (response: Response) => ({
    etag: response.headers.get("etag") ?? undefined,
    lastModified: response.headers.get("last-modified") ?? undefined,
  });

  it("carries a strong ETag and the Last-Modified of its newest change", () => {
    const response = feedResponse(document);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get("last-modified")).toBe("Sat, 06 Aug 2022 01:00:00 GMT");
    expect(response.headers.get("content-type")).toBe(document.contentType);
  });

  it("is not modified for a reader that has it, by ETag or by date", () => {
    const current = validators(feedResponse(document));
    expect(isNotModified({ ifNoneMatch: current.etag }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: `W/${current.etag}, "other"` }, current)).toBe(true);
    expect(isNotModified({ ifModifiedSince: "Sat, 06 Aug 2022 01:00:00 GMT" }, current)).toBe(true);
    expect(isNotModified({}, current)).toBe(false);
  });

  it("is modified again once the feed changed", () => {
    const etag = validators(feedResponse(document)).etag;
    const changed = validators(
      feedResponse({ ...document, body: "<feed>new</feed>", lastModified: "2022-08-07T00:00:00.000Z" }),
    );
    expect(isNotModified({ ifNoneMatch: etag }, changed)).toBe(false);
    expect(isNotModified({ ifModifiedSince: "Sat, 06 Aug 2022 01:00:00 GMT" }, changed)).toBe(false);
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    expect(isNotModified({ ifNoneMatch: etag, ifModifiedSince: "Sun, 07 Aug 2022 00:00:00 GMT" }, changed)).toBe(false);
  });
});

describe("WebSub hub discovery", () => {
  const hubbed: FeedChannel = { ...channel, hubUrl: "https://hub.example.org/" };
  const items = [feedItem(hubbed, samplePublicArticle())];

  it("every format names the hub beside its own address when a hub is set", async () => {
    const atom = renderAtom(hubbed, items, now);
    expect(atom).toContain('<link rel="hub" href="https://hub.example.org/"/>');
    const rss = renderRss({ ...hubbed, feedUrl: "https://news.example.com/feed.xml" }, items, now);
    expect(rss).toContain('<atom:link href="https://hub.example.org/" rel="hub"/>');
    expect(rss).toContain(
      '<atom:link href="https://news.example.com/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    await new Parser().parseString(rss);
    const json = JSON.parse(renderJsonFeed(hubbed, items, now)) as { hubs?: unknown };
    expect(json.hubs).toEqual([{ type: "WebSub", url: "https://hub.example.org/" }]);
  });

  it("says nothing of a hub when none is set, and leaves no blank line behind", () => {
    for (const text of [renderAtom(channel, items, now), renderRss(channel, items, now)]) {
      expect(text).not.toContain('rel="hub"');
      expect(text).not.toMatch(/\n\n/);
    }
    expect(renderJsonFeed(channel, items, now)).not.toContain("hubs");
  });

  it("the response carries the hub and the feed's own address in a Link header", () => {
    const response = feedResponse({
      body: "<feed/>",
      contentType: "application/atom+xml",
      lastModified: now.toISOString(),
      hub: { hubUrl: "https://hub.example.org/", selfUrl: "https://news.example.com/atom.xml" },
    });
    expect(response.headers.get("Link")).toBe(
      '<https://hub.example.org/>; rel="hub", <https://news.example.com/atom.xml>; rel="self"',
    );
    expect(feedResponse({ body: "", contentType: "x", lastModified: now.toISOString() }).headers.has("Link")).toBe(
      false,
    );
  });
});
