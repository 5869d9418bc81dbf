// What a cached public response says to the world: how long shared caches may keep it, which
// surrogate keys purge it, and its status where a page declared one (404, or 410 for a retraction). Applied once, when a page or
// route handler enters the cache; every later hit is sent with the same headers.
//
// Only public responses ever enter Next's response cache: anything that reads the session, cookies or
// headers is dynamic and keeps Next's own `private, no-store`.
import { responseTags, type ResponseEntry } from "@/lib/cache/entries";
import { withoutClientRuntime } from "@/lib/cache/strip-client-runtime";
import { isPublicTag, statusOfTags } from "@/lib/content/tags";

export interface SharedCachePolicy {
  /** Seconds a shared cache (CDN, reverse proxy) may serve the response without asking. */
  sMaxAge: number;
  staleWhileRevalidate: number;
  staleIfError: number;
  /**
   * Lifetime for caches that are purged by key (CACHE_PURGE_URLS): sent as `CDN-Cache-Control` and
   * `Surrogate-Control`, which only such caches read. Unset: no purge receiver, no long lifetime.
   */
  purgedMaxAge?: number;
}

export function publicCacheControl(policy: SharedCachePolicy): string {
  return [
    "public",
    "max-age=0",
    `s-maxage=${policy.sMaxAge}`,
    `stale-while-revalidate=${policy.staleWhileRevalidate}`,
    `stale-if-error=${policy.staleIfError}`,
  ].join(", ");
}

/** The surrogate keys of a response: the cache tags it was rendered under, without Next's implicit ones. */
export function surrogateKeys(entry: ResponseEntry): string[] {
  return [...new Set(responseTags(entry).filter(isPublicTag))].sort();
}

/**
 * Sets the shared-cache headers and the status on a response entering the cache. Next keeps the very
 * object it hands the cache handler and sends it for this request too, so the first response and every
 * cached one agree.
 */
export function decorateResponse(entry: ResponseEntry, policy: SharedCachePolicy): void {
  const headers = (entry.headers ??= {});
  const keys = surrogateKeys(entry);
  if (keys.length > 0) headers["surrogate-key"] = keys.join(" ");
  if (headers["cache-control"] === undefined) headers["cache-control"] = publicCacheControl(policy);
  if (policy.purgedMaxAge !== undefined) {
    const purged = `max-age=${policy.purgedMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}, stale-if-error=${policy.staleIfError}`;
    headers["cdn-cache-control"] ??= `public, ${purged}`;
    headers["surrogate-control"] ??= purged;
  }
  const status = statusOfTags(responseTags(entry));
  if (status !== undefined) entry.status = status;
  if (entry.kind === "APP_PAGE") entry.html = withoutClientRuntime(entry.html);
}
