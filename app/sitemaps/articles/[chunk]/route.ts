import { notFound } from "next/navigation";
import { articleSitemap } from "@/lib/seo/sitemaps";
import { XML_HEADERS } from "@/lib/seo/sitemap-xml";
import { parseParams, sitemapChunkSchema } from "@/lib/validations/route-params";

export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = (): Array<{ chunk: string }> => [];

/** `/sitemaps/articles/<n>.xml`: articles with ids in block n (lib/content/sitemap.ts). */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/sitemaps/articles/[chunk]">,
): Promise<Response> {
  const chunk = parseParams(sitemapChunkSchema, (await params).chunk);
  const body = chunk === null ? null : await articleSitemap(chunk);
  if (!body) notFound();
  return new Response(body, { headers: XML_HEADERS });
}
