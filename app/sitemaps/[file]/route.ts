import { notFound } from "next/navigation";
import { SITEMAPS } from "@/lib/seo/sitemaps";
import { XML_HEADERS } from "@/lib/seo/sitemap-xml";
import { parseParams, sitemapFileSchema } from "@/lib/validations/route-params";

// index.xml (also at /sitemap.xml, by a rewrite in next.config.js), pages.xml and news.xml: built at the
// first request, then served from the cache until a write expires them.
export const dynamic = "force-static";
export const revalidate = 300;
export const generateStaticParams = (): Array<{ file: string }> => [];

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">): Promise<Response> {
  const file = parseParams(sitemapFileSchema, (await params).file);
  const build = file === null ? undefined : SITEMAPS[file];
  if (!build) notFound();
  return new Response(await build(), { headers: XML_HEADERS });
}
