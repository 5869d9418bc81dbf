import { connection } from "next/server";
import { articlePath } from "@/lib/content/article-view";
import { sitemapArticles } from "@/lib/content/sitemap";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { urlSet, XML_HEADERS } from "@/lib/seo/sitemap-xml";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/sitemaps/articles/[chunk]">,
): Promise<Response> {
  await connection();
  const match = /^(\d{1,9})\.xml$/.exec((await params).chunk);
  if (!match?.[1]) return new Response("Not found", { status: 404 });
  const articles = await sitemapArticles(await getDb(), Number(match[1]), new Date());
  if (articles.length === 0) return new Response("Not found", { status: 404 });
  const body = urlSet(
    articles.map((article) => ({
      url: `${env.siteUrl}${articlePath(article.id)}`,
      lastModified: article.modifiedAt ?? article.publishedAt,
    })),
  );
  return new Response(body, { headers: XML_HEADERS });
}
