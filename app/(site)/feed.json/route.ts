import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request): Promise<Response> {
  return serveFeed(request, { kind: "site" }, "json");
}
