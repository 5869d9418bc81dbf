// A feed's HTTP response: the document with a strong ETag and the Last-Modified of its newest change.
// It is built once and cached (lib/cache); the server answers conditional requests from these
// validators (lib/server/response-hooks.ts), so feed readers that poll often get 304 until something
// really changed.
import { createHash } from "node:crypto";

export interface FeedDocument {
  body: string;
  contentType: string;
  /** ISO instant of the newest change in the feed. */
  lastModified: string;
}

export function feedResponse(document: FeedDocument): Response {
  return new Response(document.body, {
    headers: {
      "Content-Type": document.contentType,
      ETag: `"${createHash("sha256").update(document.body).digest("base64url").slice(0, 32)}"`,
      "Last-Modified": new Date(document.lastModified).toUTCString(),
    },
  });
}
