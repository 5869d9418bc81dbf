import { describe, expect, it } from "vitest";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata, homeMetadata, listingMetadata, type ShareSite } from "@/lib/seo/page-metadata";
import { articleShareImages, cardVersion, isCardSize } from "@/lib/seo/share-image";
import { samplePublicArticle } from "../support/public-article";

const site: ShareSite = {
  url: "https://news.example.com",
  name: "龙泉日报",
  ogLocale: "zh_TW",
  twitterSite: "@longquan",
};
const noCover = samplePublicArticle({ cover: null });

type Loose = Record<string, unknown>;
const og = (metadata: { openGraph?: unknown }) => metadata.openGraph as Loose;
const twitter = (metadata: { twitter?: unknown }) => metadata.twitter as Loose;

describe("article share cards", () => {
  it("use the generated card, with its size, type and words, when there is no cover", () => {
    const metadata = articleMetadata(site, noCover);
    const version = cardVersion(noCover, site.name);
    const card = {
      url: `https://news.example.com/articles/7/cards/1200x630.png?v=${version}`,
      width: 1200,
      height: 630,
      type: "image/png",
      alt: noCover.title,
    };
    expect(og(metadata)).toMatchObject({
      type: "article",
      siteName: "龙泉日报",
      locale: "zh_TW",
      title: noCover.title,
      url: "/articles/7",
      section: "经济",
      images: [card],
    });
    expect(twitter(metadata)).toEqual({
      card: "summary_large_image",
      site: "@longquan",
      title: noCover.title,
      description: noCover.summary,
      images: [{ url: card.url, alt: card.alt, width: 1200, height: 630 }],
    });
  });

  it("use the cover's large copy, with its alt text, when the cover is big enough", () => {
    const metadata = articleMetadata(site, samplePublicArticle());
    expect(og(metadata).images).toEqual([
      {
        url: "https://news.example.com/media/a/1280.webp",
        width: 1280,
        height: 720,
        type: "image/webp",
        alt: "志愿者在核酸检测点",
      },
    ]);
    expect(twitter(metadata).card).toBe("summary_large_image");
  });

  it("fall back to the card for a cover too small for a large card, and to the headline for a cover without alt", () => {
    const article = samplePublicArticle();
    const small = { ...article.cover!, alt: "", large: { ...article.cover!.large, width: 480, height: 270 } };
    expect(articleShareImages({ ...article, cover: small }, site).fromCover).toBe(false);
    const wordless = { ...article.cover!, alt: "" };
    expect(articleShareImages({ ...article, cover: wordless }, site).large.alt).toBe(article.title);
  });

  it("offer WeChat a square of at least 300×300 in every case", () => {
    for (const article of [noCover, samplePublicArticle()]) {
      const { square } = articleShareImages(article, site);
      expect(square.width).toBe(square.height);
      expect(square.width).toBeGreaterThanOrEqual(300);
      expect(square.url).toMatch(/^https:\/\/news\.example\.com\/articles\/7\/cards\/600x600\.png\?v=/);
    }
  });

  it("leave twitter:site out when the site has no account", () => {
    expect(twitter(articleMetadata({ ...site, twitterSite: undefined }, noCover))).not.toHaveProperty("site");
  });

  it("get a new address when the headline or the section changes, and only then", () => {
    const version = cardVersion(noCover, site.name);
    expect(cardVersion({ ...noCover, title: `${noCover.title}!` }, site.name)).not.toBe(version);
    expect(cardVersion({ ...noCover, section: { slug: "economy", name: "财经" } }, site.name)).not.toBe(version);
    expect(cardVersion({ ...noCover, section: null }, site.name)).not.toBe(version);
    expect(cardVersion(noCover, "别的报")).not.toBe(version);
    const resummarised = { ...noCover, summary: "另一个摘要" };
    expect(cardVersion(resummarised, site.name)).toBe(version);
  });

  it("accept only the sizes that are made", () => {
    expect(["1200x630.png", "1200x675.png", "1200x900.png", "1200x1200.png", "600x600.png"].every(isCardSize)).toBe(
      true,
    );
    expect(["1x1.png", "1200x630", "toString", "__proto__", ""].some(isCardSize)).toBe(false);
  });
});

describe("JSON-LD image", () => {
  const ldSite = { url: site.url, name: site.name, logoUrl: `${site.url}/logo.png`, language: "zh-TW" };

  it("gives an article without a cover the card at 16:9, 4:3 and 1:1, as Google recommends", () => {
    const images = newsArticleJsonLd(ldSite, noCover).image as Array<Loose>;
    expect(images.map((image) => [image["@type"], Number(image.width) / Number(image.height)])).toEqual([
      ["ImageObject", 16 / 9],
      ["ImageObject", 4 / 3],
      ["ImageObject", 1],
    ]);
    for (const image of images)
      expect(String(image.url)).toMatch(/^https:\/\/news\.example\.com\/articles\/7\/cards\//);
  });

  it("gives an article with a cover the cover, with its caption and credit", () => {
    expect(newsArticleJsonLd(ldSite, samplePublicArticle()).image).toEqual([
      {
        "@type": "ImageObject",
        url: "https://news.example.com/media/a/1280.webp",
        width: 1280,
        height: 720,
        caption: "志愿者在核酸检测点维持秩序",
        creditText: "赵敏",
      },
    ]);
  });
});

describe("site share cards", () => {
  it("give listings the site's name, locale, account and logo", () => {
    const metadata = listingMetadata(site, "/sections/economy", "经济", "经济新闻");
    expect(og(metadata)).toEqual({
      siteName: "龙泉日报",
      locale: "zh_TW",
      type: "website",
      title: "经济",
      description: "经济新闻",
      url: "/sections/economy",
      images: [
        { url: "https://news.example.com/logo.png", width: 512, height: 512, type: "image/png", alt: "龙泉日报" },
      ],
    });
    expect(twitter(metadata)).toMatchObject({ card: "summary", site: "@longquan", title: "经济" });
  });

  it("give the front page the site's own name as its title and its address", () => {
    expect(og(homeMetadata(site, "来自龙泉的新闻"))).toMatchObject({ title: "龙泉日报", url: "/", locale: "zh_TW" });
  });
});
