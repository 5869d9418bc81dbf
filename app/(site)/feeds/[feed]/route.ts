import { serveFeed } from "@/lib/feeds/serve";

// The site's feeds: /feed.xml, /atom.xml and /feed.json, rewritten here by next.config.js so that they
// are built at the first request (never at build time) and then served from the cache.
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = (): Array<{ feed: string }> => [];

export async function GET(_request: Request, { params }: RouteContext<"/feeds/[feed]">): Promise<Response> {
  return serveFeed({ kind: "site" }, (await params).feed);
}
