import { serveFeed, slugScope } from "@/lib/feeds/serve";

export async function GET(request: Request, { params }: RouteContext<"/sections/[slug]/feed.xml">): Promise<Response> {
  return serveFeed(request, await slugScope("section", params), "rss");
}
