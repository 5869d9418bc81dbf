import { connection } from "next/server";
import { sitemapChunks } from "@/lib/content/sitemap";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { sitemapIndex, XML_HEADERS } from "@/lib/seo/sitemap-xml";

/** The sitemap index: the listing pages, recent news, and one file per block of article ids. */
export async function GET(): Promise<Response> {
  await connection();
  const chunks = await sitemapChunks(await getDb(), new Date());
  const body = sitemapIndex([
    { url: `${env.siteUrl}/sitemaps/pages.xml` },
    { url: `${env.siteUrl}/sitemaps/news.xml` },
    ...chunks.map(({ chunk, lastModified }) => ({
      url: `${env.siteUrl}/sitemaps/articles/${chunk}.xml`,
      lastModified,
    })),
  ]);
  return new Response(body, { headers: XML_HEADERS });
}
