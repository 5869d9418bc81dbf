// The OpenAPI 3.1 description of the content API; public, no key needed. Like every /api answer it is
// `no-store` for shared caches (e2e/cache-headers.spec.ts); its ETag lets tools that keep their own copy
// revalidate it anyway.
import { openApiDocument } from "@/lib/api/openapi/document";
import { etagOf } from "@/lib/api/respond";
import { env } from "@/lib/env";
import { isNotModified } from "@/lib/http/conditional";

export function GET(request: Request): Response {
  const bytes = JSON.stringify(openApiDocument(env.siteUrl));
  const etag = etagOf(bytes);
  const headers = { ETag: etag, "Cache-Control": "private, no-store" };
  if (isNotModified({ ifNoneMatch: request.headers.get("if-none-match") ?? undefined }, { etag })) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
