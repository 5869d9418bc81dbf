import { serveFeed, slugScope } from "@/lib/feeds/serve";

export async function GET(request: Request, { params }: RouteContext<"/sections/[slug]/feed.json">): Promise<Response> {
  return serveFeed(request, await slugScope("section", params), "json");
}
