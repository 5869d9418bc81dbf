// The sitemap documents, from cached reads: an index, the listing pages, recent news, and one file per
// block of article ids.
import "server-only";
import {
  getNewsSitemapArticles,
  getSitemapArticles,
  getSitemapChunks,
  getSitemapListings,
} from "@/lib/content/articles";
import { articlePath, personPath, sectionPath, tagPath } from "@/lib/content/article-view";
import { topicPath } from "@/lib/content/topic-queries";
import { getSitemapTopics } from "@/lib/content/topics";
import { env } from "@/lib/env";
import { contentLanguage } from "@/lib/i18n/server";
import { newsUrlSet, sitemapIndex, urlSet } from "@/lib/seo/sitemap-xml";

async function index(): Promise<string> {
  const chunks = await getSitemapChunks();
  return sitemapIndex([
    { url: `${env.siteUrl}/sitemaps/pages.xml` },
    { url: `${env.siteUrl}/sitemaps/news.xml` },
    ...chunks.map(({ chunk, lastModified }) => ({
      url: `${env.siteUrl}/sitemaps/articles/${chunk}.xml`,
      lastModified: new Date(lastModified),
    })),
  ]);
}

async function pages(): Promise<string> {
  const [{ sections, tags, people }, topics] = await Promise.all([getSitemapListings(), getSitemapTopics()]);
  const paths = [
    "/",
    ...sections.map((s) => sectionPath(s.slug)),
    ...tags.map((t) => tagPath(t.slug)),
    ...people.map((p) => personPath(p.id)),
  ];
  return urlSet([
    ...paths.map((path) => ({ url: `${env.siteUrl}${path}` })),
    ...topics.map((topic) => ({
      url: `${env.siteUrl}${topicPath(topic.slug)}`,
      lastModified: new Date(topic.lastModified),
    })),
  ]);
}

/** Google News sitemap: what was published in the last 48 hours. */
async function news(): Promise<string> {
  const [articles, content] = await Promise.all([getNewsSitemapArticles(), contentLanguage()]);
  return newsUrlSet(
    { name: env.siteName, language: content.newsSitemap },
    articles.map((article) => ({
      url: `${env.siteUrl}${articlePath(article.id)}`,
      title: article.title,
      published: new Date(article.publishedAt),
      keywords: article.keywords,
    })),
  );
}

export const SITEMAPS: Record<string, () => Promise<string>> = {
  "index.xml": index,
  "pages.xml": pages,
  "news.xml": news,
};

/** One file of article addresses, or null when the block holds none. */
export async function articleSitemap(chunk: number): Promise<string | null> {
  const articles = await getSitemapArticles(chunk);
  if (articles.length === 0) return null;
  return urlSet(
    articles.map((article) => ({
      url: `${env.siteUrl}${articlePath(article.id)}`,
      lastModified: new Date(article.lastModified),
    })),
  );
}
