import { connection } from "next/server";
import { personPath, sectionPath, tagPath } from "@/lib/content/article-view";
import { sitemapListings } from "@/lib/content/sitemap";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { urlSet, XML_HEADERS } from "@/lib/seo/sitemap-xml";

export async function GET(): Promise<Response> {
  await connection();
  const { sections, tags, people } = await sitemapListings(await getDb());
  const paths = [
    "/",
    ...sections.map((s) => sectionPath(s.slug)),
    ...tags.map((t) => tagPath(t.slug)),
    ...people.map((p) => personPath(p.id)),
  ];
  return new Response(urlSet(paths.map((path) => ({ url: `${env.siteUrl}${path}` }))), { headers: XML_HEADERS });
}
