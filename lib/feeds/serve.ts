import "server-only";
import { notFound } from "next/navigation";
import { feedResponse } from "@/lib/feeds/response";
import { buildFeed, type FeedFormat, type FeedScope } from "@/lib/feeds/scopes";
import { parseId } from "@/lib/validations/ids";
import { feedFileSchema, parseParams } from "@/lib/validations/route-params";

const FORMATS = { "feed.xml": "rss", "atom.xml": "atom", "feed.json": "json" } as const satisfies Record<
  string,
  FeedFormat
>;

/** The format a feed's file name asks for (`feed.xml`, `atom.xml`, `feed.json`). */
export function feedFormat(file: string): FeedFormat {
  const name = parseParams(feedFileSchema, file);
  if (name === null) notFound();
  return FORMATS[name];
}

/** The body of every feed route: built from the cached lists, then itself cached as a response. */
export async function serveFeed(scope: FeedScope | null, file: string): Promise<Response> {
  const format = feedFormat(file);
  const document = scope && (await buildFeed(scope, format, new Date()));
  if (!document) notFound();
  return feedResponse(document);
}

export const personScope = (id: string): FeedScope | null => {
  const personId = parseId(id);
  return personId === null ? null : { kind: "person", id: personId };
};
