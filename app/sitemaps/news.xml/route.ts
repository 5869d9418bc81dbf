import { connection } from "next/server";
import { articlePath } from "@/lib/content/article-view";
import { newsSitemapArticles } from "@/lib/content/sitemap";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { newsUrlSet, XML_HEADERS } from "@/lib/seo/sitemap-xml";

/** Google News sitemap: what was published in the last 48 hours. */
export async function GET(): Promise<Response> {
  await connection();
  const articles = await newsSitemapArticles(await getDb(), new Date());
  const body = newsUrlSet(
    { name: env.siteName, language: "zh-cn" },
    articles.map((article) => ({
      url: `${env.siteUrl}${articlePath(article.id)}`,
      title: article.title,
      published: article.publishedAt ?? new Date(),
      keywords: article.tags.map((link) => link.tag.name),
    })),
  );
  return new Response(body, { headers: XML_HEADERS });
}
