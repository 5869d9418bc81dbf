// A successful API answer: JSON with a strong ETag over its bytes, and 304 Not Modified when the
// client already holds exactly those bytes (If-None-Match).
//
// Cache-Control is `private, no-cache`. The content is public, but every answer depends on a valid
// key and counts against that key's limit: a shared cache (a CDN, the shipped nginx) that kept it would
// hand it to callers without a key and past their limit, and would keep serving it after the key was
// revoked. `private` keeps it out of shared caches; `no-cache` lets the client keep its copy and ask
// each time, which costs a 304 without a body. `Vary` names the headers that carry the key.
import { createHash } from "node:crypto";
import { isNotModified } from "@/lib/http/conditional";

export const API_CACHE_CONTROL = "private, no-cache";
export const API_VARY = "Authorization, X-API-Key";

export const etagOf = (bytes: string): string =>
  `"${createHash("sha256").update(bytes, "utf8").digest("base64url").slice(0, 32)}"`;

export function jsonAnswer(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  const bytes = JSON.stringify(body);
  const etag = etagOf(bytes);
  const common = { ETag: etag, "Cache-Control": API_CACHE_CONTROL, Vary: API_VARY, ...headers };
  if (isNotModified({ ifNoneMatch: request.headers.get("if-none-match") ?? undefined }, { etag })) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(bytes, {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...common },
  });
}
