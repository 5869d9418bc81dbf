// A feed's HTTP response: the document with a strong ETag and the Last-Modified of its newest change.
// It is built once and cached (lib/cache); the server answers conditional requests from these
// validators (lib/server/response-hooks.ts), so feed readers that poll often get 304 until something
// really changed.
import { createHash } from "node:crypto";
import { hubLinkHeader } from "@/lib/push/websub";

export interface FeedDocument {
  body: string;
  contentType: string;
  /** ISO instant of the newest change in the feed. */
  lastModified: string;
  /** With a WebSub hub: the hub and the feed's own address, for the `Link` header. */
  hub?: { hubUrl: string; selfUrl: string };
}

export function feedResponse(document: FeedDocument): Response {
  return new Response(document.body, {
    headers: {
      "Content-Type": document.contentType,
      ETag: `"${createHash("sha256").update(document.body).digest("base64url").slice(0, 32)}"`,
      "Last-Modified": new Date(document.lastModified).toUTCString(),
      ...(document.hub ? { Link: hubLinkHeader(document.hub.hubUrl, document.hub.selfUrl) } : {}),
    },
  });
}
