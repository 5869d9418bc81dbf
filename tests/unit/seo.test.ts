import { describe, expect, it } from "vitest";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { newsUrlSet, sitemapIndex, urlSet } from "@/lib/seo/sitemap-xml";
import { SCHEMA_ORG_PROPERTIES } from "../fixtures/schema-org";
import { samplePublicArticle } from "../support/public-article";

const site = {
  url: "https://news.example.com",
  name: "Masthead",
  logoUrl: "https://news.example.com/logo.png",
  language: "zh-TW",
};

/** Every typed object in the tree, with where it sits. */
function typedNodes(value: unknown, path = "$"): Array<{ path: string; node: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => typedNodes(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  const node = value as Record<string, unknown>;
  const here = typeof node["@type"] === "string" ? [{ path, node }] : [];
  return [...here, ...Object.entries(node).flatMap(([key, child]) => typedNodes(child, `${path}.${key}`))];
}

describe("NewsArticle JSON-LD", () => {
  const data = newsArticleJsonLd(site, samplePublicArticle());

  it("uses only schema.org types and their properties", () => {
    for (const { path, node } of typedNodes(data)) {
      const type = String(node["@type"]);
      const allowed = SCHEMA_ORG_PROPERTIES[type];
      expect(allowed, `${path}: unknown type ${type}`).toBeDefined();
      for (const key of Object.keys(node).filter((key) => !key.startsWith("@"))) {
        expect(allowed, `${path}.${key} is not a property of ${type}`).toContain(key);
      }
    }
  });

  it("says the site's content language", () => {
    expect(data.inLanguage).toBe("zh-TW");
  });

  it("credits reporters as authors with affiliation, others as contributors, editors as editors", () => {
    expect(data).toMatchObject({
      headline: "龙泉驿区 <工商联> & “同心战疫”",
      datePublished: "2022-08-05T05:48:00.000Z",
      dateModified: "2022-08-06T01:00:00.000Z",
      articleSection: "经济",
      keywords: "疫情防控, 商会",
      author: [
        { "@type": "Person", name: "陈明", affiliation: { "@type": "Organization", name: "中华工商时报" } },
        { "@type": "Person", name: "李华" },
      ],
      contributor: [{ name: "苏显中" }, { name: "赵敏", jobTitle: "摄影" }],
      editor: [{ name: "张晖" }],
      publisher: {
        "@type": "NewsMediaOrganization",
        logo: { "@type": "ImageObject", url: "https://news.example.com/logo.png" },
      },
      image: [{ "@type": "ImageObject", url: "https://news.example.com/media/a/1280.webp", width: 1280, height: 720 }],
      correction: [{ "@type": "CorrectionComment", text: "此前误将“廖生权”写作“廖升权”。" }],
    });
  });

  it("cannot break out of its script element", () => {
    const script = jsonLdScript(
      newsArticleJsonLd(site, samplePublicArticle({ title: "</script><script>alert(1)</script>" })),
    );
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).headline).toBe("</script><script>alert(1)</script>");
  });
});

describe("sitemaps", () => {
  it("writes an index, URL sets and a Google News set with escaped text", () => {
    expect(
      sitemapIndex([{ url: "https://x/sitemaps/articles/0.xml", lastModified: new Date("2022-08-06T01:00:00Z") }]),
    ).toContain(
      "<sitemap><loc>https://x/sitemaps/articles/0.xml</loc><lastmod>2022-08-06T01:00:00.000Z</lastmod></sitemap>",
    );
    expect(urlSet([{ url: "https://x/tags/a&b" }])).toContain("<loc>https://x/tags/a&amp;b</loc>");
    const news = newsUrlSet({ name: "Masthead", language: "zh-cn" }, [
      {
        url: "https://x/articles/1",
        title: "工商联 <同心> 战疫",
        published: new Date("2026-11-29T00:00:00Z"),
        keywords: ["疫情"],
      },
    ]);
    expect(news).toContain("<news:title>工商联 &lt;同心&gt; 战疫</news:title>");
    expect(news).toContain("<news:language>zh-cn</news:language>");
  });
});
