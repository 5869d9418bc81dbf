// The <head> metadata of public pages: titles, canonical addresses, feed links, and the share cards
// other platforms draw from them (Open Graph for Facebook, WeChat and most others; X's twitter:*).
// Next replaces a layout's openGraph and twitter objects with a page's rather than merging them, so
// each builder here carries the site-wide tags (og:site_name, og:locale, twitter:site) itself.
import type { Metadata } from "next";
import { articlePath, type PublicArticle } from "@/lib/content/article-view";
import { bodyPlainText } from "@/lib/newsroom/body";
import { feedAlternates } from "@/lib/seo/feed-links";
import { articleShareImages, type ShareImage } from "@/lib/seo/share-image";

/** What every share card says about the site itself. */
export interface ShareSite {
  url: string;
  name: string;
  /** og:locale of the content language (lib/i18n/content-language.ts). */
  ogLocale: string;
  /** `@handle`, or undefined when the site has no X/Twitter account configured. */
  twitterSite: string | undefined;
}

/** The site's own picture for pages that have none of their own: its 512×512 logo. */
export function siteImage(site: ShareSite): ShareImage {
  return { url: `${site.url}/logo.png`, width: 512, height: 512, type: "image/png", alt: site.name };
}

interface SharedPage {
  title: string;
  description: string;
  url: string;
}

function openGraphBase(site: ShareSite, page: SharedPage, image: ShareImage) {
  return { siteName: site.name, locale: site.ogLocale, ...page, images: [image] };
}

function twitterCard(site: ShareSite, page: SharedPage, image: ShareImage, large: boolean): Metadata["twitter"] {
  return {
    card: large ? "summary_large_image" : "summary",
    ...(site.twitterSite ? { site: site.twitterSite } : {}),
    title: page.title,
    description: page.description,
    images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
  };
}

function share(site: ShareSite, page: SharedPage, image: ShareImage): Pick<Metadata, "openGraph" | "twitter"> {
  return {
    openGraph: { ...openGraphBase(site, page, image), type: "website" },
    twitter: twitterCard(site, page, image, false),
  };
}

/** The front page: the site's name and description, with its logo. */
export function homeMetadata(site: ShareSite, description: string): Metadata {
  return share(site, { title: site.name, description, url: "/" }, siteImage(site));
}

/** Title, description, canonical URL, share cards and feed links of a listing page. */
export function listingMetadata(
  site: ShareSite,
  path: string,
  title: string,
  description: string,
  withFeeds = true,
): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: feedAlternates(withFeeds ? { path, title } : undefined) },
    ...share(site, { title, description, url: path }, siteImage(site)),
  };
}

/** An article's description wherever one is shown: its summary, else the start of its text. */
export const articleDescription = (article: Pick<PublicArticle, "summary" | "body">): string =>
  article.summary ?? bodyPlainText(article.body).slice(0, 120);

/**
 * An article page: always a large card, from its cover or its generated card (lib/seo/share-image.ts),
 * with its size, type and words, so crawlers can lay the card out before fetching the image.
 */
export function articleMetadata(site: ShareSite, article: PublicArticle): Metadata {
  const description = articleDescription(article);
  const authors = article.credits.filter((credit) => credit.role.key === "REPORTER").map((credit) => credit.name);
  const { large } = articleShareImages(article, site);
  const page = { title: article.title, description, url: articlePath(article.id) };
  return {
    title: article.title,
    description,
    authors: authors.map((name) => ({ name })),
    keywords: article.tags.map((tag) => tag.name),
    alternates: { canonical: articlePath(article.id), types: feedAlternates() },
    twitter: twitterCard(site, page, large, true),
    openGraph: {
      ...openGraphBase(site, page, large),
      type: "article",
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      authors,
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}
