// Conditional GET for feeds: a strong ETag of the body and Last-Modified of the newest change, so feed
// readers that poll often get 304 Not Modified until something really changed.
import { createHash } from "node:crypto";

export interface FeedDocument {
  body: string;
  contentType: string;
  /** ISO instant of the newest change in the feed. */
  lastModified: string;
}

const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

function notModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
  if (ifNoneMatch !== null) return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export function feedResponse(request: Request, document: FeedDocument): Response {
  const etag = `"${createHash("sha256").update(document.body).digest("base64url").slice(0, 32)}"`;
  const lastModified = new Date(document.lastModified);
  const headers = {
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": CACHE_CONTROL,
    Vary: "Accept-Encoding",
  };
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(document.body, { headers: { ...headers, "Content-Type": document.contentType } });
}
