import "server-only";
import { connection } from "next/server";
import { feedResponse } from "@/lib/feeds/conditional";
import { buildFeed, type FeedFormat, type FeedScope } from "@/lib/feeds/scopes";

/** The body of every feed route: build (from the cache), then answer with conditional GET. */
export async function serveFeed(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  await connection();
  const document = await buildFeed(scope, format, new Date());
  if (!document)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return feedResponse(request, document);
}

export const slugScope = async (kind: "section" | "tag", params: Promise<{ slug: string }>): Promise<FeedScope> => ({
  kind,
  slug: decodeURIComponent((await params).slug),
});

export const personScope = async (params: Promise<{ id: string }>): Promise<FeedScope | null> => {
  const { id } = await params;
  return /^[1-9]\d{0,15}$/.test(id) ? { kind: "person", id: Number(id) } : null;
};
