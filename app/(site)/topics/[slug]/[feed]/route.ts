import { serveFeed } from "@/lib/feeds/serve";

// feed.xml, atom.xml and feed.json of a topic: built at the first request, then served from the cache
// until a write expires it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = (): Array<{ slug: string; feed: string }> => [];

export async function GET(_request: Request, { params }: RouteContext<"/topics/[slug]/[feed]">): Promise<Response> {
  const { slug, feed } = await params;
  return serveFeed({ kind: "topic", slug }, feed);
}
