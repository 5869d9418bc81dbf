import { personScope, serveFeed } from "@/lib/feeds/serve";

export async function GET(request: Request, { params }: RouteContext<"/people/[id]/atom.xml">): Promise<Response> {
  const scope = await personScope(params);
  if (!scope) return new Response("Not found", { status: 404 });
  return serveFeed(request, scope, "atom");
}
