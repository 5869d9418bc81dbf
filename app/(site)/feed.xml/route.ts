import { connection } from "next/server";
import { FEED_SIZE, getLatestArticles } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { renderRss } from "@/lib/feeds/rss";

export async function GET(): Promise<Response> {
  await connection();
  const articles = await getLatestArticles(FEED_SIZE);
  const body = renderRss(
    {
      title: env.siteName,
      siteUrl: env.siteUrl,
      feedUrl: `${env.siteUrl}/feed.xml`,
      description: `${env.siteName} 最新文章`,
      language: "zh-CN",
      timeZone: env.timeZone,
    },
    articles,
    new Date(),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/rss+xml; charset=utf-8",
      "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
    },
  });
}
