import { serveFeed, slugScope } from "@/lib/feeds/serve";

export async function GET(request: Request, { params }: RouteContext<"/tags/[slug]/atom.xml">): Promise<Response> {
  return serveFeed(request, await slugScope("tag", params), "atom");
}
