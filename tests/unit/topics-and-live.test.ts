import { describe, expect, it } from "vitest";
import type { LiveCoverage } from "@/lib/content/live-queries";
import { decodeTopicCursor, encodeTopicCursor, type PublicTopic } from "@/lib/content/topic-queries";
import { articleFieldMessages } from "@/lib/i18n/messages/article-fields";
import { liveState, sortLiveEntries } from "@/lib/newsroom/live";
import { moveInOrder } from "@/lib/newsroom/topic-order";
import { jsonLdScript } from "@/lib/seo/json-ld";
import { liveBlogPostingJsonLd } from "@/lib/seo/live-json-ld";
import { topicCollectionJsonLd } from "@/lib/seo/topic-json-ld";
import { flag } from "@/lib/validations/article-field-kinds";
import { SCHEMA_ORG_PROPERTIES } from "../fixtures/schema-org";
import { samplePublicArticle } from "../support/public-article";

const site = {
  url: "https://news.example.com",
  name: "Masthead",
  logoUrl: "https://news.example.com/logo.png",
  language: "zh-CN",
};

/** Every typed object in the tree must be a schema.org type with only its own properties. */
function expectSchemaOrg(value: unknown, path = "$"): void {
  if (Array.isArray(value)) return value.forEach((item, index) => expectSchemaOrg(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return;
  const node = value as Record<string, unknown>;
  if (typeof node["@type"] === "string") {
    const allowed = SCHEMA_ORG_PROPERTIES[node["@type"]];
    expect(allowed, `${path}: unknown type ${node["@type"]}`).toBeDefined();
    for (const key of Object.keys(node).filter((key) => !key.startsWith("@")))
      expect(allowed, `${path}.${key} is not a property of ${node["@type"]}`).toContain(key);
  }
  for (const [key, child] of Object.entries(node)) expectSchemaOrg(child, `${path}.${key}`);
}

describe("topic order", () => {
  it("moves an article one place, stays put at either end, and says when it is not there", () => {
    expect(moveInOrder([1, 2, 3], 3, "up")).toEqual([1, 3, 2]);
    expect(moveInOrder([1, 2, 3], 1, "down")).toEqual([2, 1, 3]);
    expect(moveInOrder([1, 2, 3], 1, "up")).toEqual([1, 2, 3]);
    expect(moveInOrder([1, 2, 3], 3, "down")).toEqual([1, 2, 3]);
    expect(moveInOrder([1, 2, 3], 4, "up")).toBeNull();
  });

  it("has a cursor of position and article that round-trips and refuses anything else", () => {
    expect(decodeTopicCursor(encodeTopicCursor({ position: 41, articleId: 7 }))).toEqual({
      position: 41,
      articleId: 7,
    });
    for (const bad of ["", "7", "a-1", "1-0", "1-99999999999", "99999999999-1", undefined, 3])
      expect(decodeTopicCursor(bad), String(bad)).toBeNull();
  });
});

describe("live entries", () => {
  it("sort pinned first, then newest first, ties by id", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute));
    const entries = [
      { id: 1, pinned: false, createdAt: at(1) },
      { id: 2, pinned: true, createdAt: at(0) },
      { id: 3, pinned: false, createdAt: at(5) },
      { id: 4, pinned: false, createdAt: at(5) },
      { id: 5, pinned: true, createdAt: at(3) },
    ];
    expect(sortLiveEntries(entries).map((entry) => entry.id)).toEqual([5, 2, 4, 3, 1]);
  });

  it("are open until the end time, closed from it on, and there are none on an article that is not live", () => {
    const end = new Date("2026-01-01T10:00:00Z");
    expect(liveState({ isLive: false, liveEndsAt: null }, end)).toBe("off");
    expect(liveState({ isLive: true, liveEndsAt: null }, end)).toBe("open");
    expect(liveState({ isLive: true, liveEndsAt: end }, new Date(end.getTime() - 1))).toBe("open");
    expect(liveState({ isLive: true, liveEndsAt: end }, end)).toBe("closed");
  });
});

describe("the live flag field", () => {
  const errors = articleFieldMessages["zh-CN"].errors;
  const parse = flag().parse({ timeZone: "Asia/Shanghai", label: "直播", errors });

  it("reads the hidden false and the ticked true, and keeps what is stored when the form leaves it out", () => {
    expect(parse.parse("true")).toBe(true);
    expect(parse.parse("false")).toBe(false);
    expect(parse.parse(undefined)).toBeUndefined();
    expect(parse.safeParse("yes").success).toBe(false);
    expect(flag().json.parse(undefined)).toBe(false);
  });
});

describe("JSON-LD", () => {
  const topic: PublicTopic = {
    id: 3,
    slug: "expo-2022",
    title: "服贸会 </script> 专题",
    description: "2022 年服贸会报道",
    cover: null,
    updatedAt: "2022-08-06T00:00:00.000Z",
  };
  const card = (id: number, title: string) => ({
    id,
    kicker: null,
    title,
    summary: null,
    source: null,
    publishedAt: "2022-08-05T05:48:00.000Z",
    featuredAt: null,
    credits: [],
    section: null,
    cover: null,
  });

  it("describes a topic page as a CollectionPage with its articles in order", () => {
    const data = topicCollectionJsonLd(site, topic, [card(9, "第一篇"), card(4, "第二篇")], 21);
    expectSchemaOrg(data);
    expect(data).toMatchObject({
      "@type": "CollectionPage",
      url: "https://news.example.com/topics/expo-2022",
      name: topic.title,
      description: topic.description,
      mainEntity: {
        "@type": "ItemList",
        numberOfItems: 2,
        itemListElement: [
          { "@type": "ListItem", position: 21, url: "https://news.example.com/articles/9", name: "第一篇" },
          { "@type": "ListItem", position: 22, url: "https://news.example.com/articles/4" },
        ],
      },
    });
    expect(jsonLdScript(data)).not.toContain("</script>");
  });

  it("describes live coverage as a LiveBlogPosting with start, end and its updates newest first", () => {
    const article = samplePublicArticle();
    const coverage: LiveCoverage = {
      articleId: article.id,
      startedAt: "2022-08-05T05:48:00.000Z",
      endsAt: "2022-08-05T12:00:00.000Z",
      closed: false,
      updatedAt: "2022-08-07T00:00:00.000Z",
      entries: [
        {
          id: 1,
          html: "<p>置顶</p>",
          text: "置顶条目",
          pinned: true,
          credit: "本报记者",
          at: "2022-08-05T06:00:00.000Z",
          updatedAt: "2022-08-05T06:00:00.000Z",
        },
        {
          id: 2,
          html: "<p>新</p>",
          text: "最新条目\n第二段",
          pinned: false,
          credit: null,
          at: "2022-08-05T07:00:00.000Z",
          updatedAt: "2022-08-07T00:00:00.000Z",
        },
      ],
    };
    const data = liveBlogPostingJsonLd(site, article, coverage);
    expectSchemaOrg(data);
    expect(data).toMatchObject({
      "@type": "LiveBlogPosting",
      headline: article.title,
      coverageStartTime: "2022-08-05T05:48:00.000Z",
      coverageEndTime: "2022-08-05T12:00:00.000Z",
      dateModified: "2022-08-07T00:00:00.000Z",
      liveBlogUpdate: [
        {
          "@type": "BlogPosting",
          headline: "最新条目",
          articleBody: "最新条目\n第二段",
          datePublished: "2022-08-05T07:00:00.000Z",
        },
        { "@type": "BlogPosting", headline: "置顶条目", author: { "@type": "Person", name: "本报记者" } },
      ],
    });
    expect(liveBlogPostingJsonLd(site, article, { ...coverage, endsAt: null })).not.toHaveProperty("coverageEndTime");
  });
});
