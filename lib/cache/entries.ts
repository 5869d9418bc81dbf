// The shapes of what Next's incremental cache hands its handler (next/dist/server/response-cache),
// reduced to what Masthead reads. Next owns these objects; the store keeps them as they come.
import type { OutgoingHttpHeaders } from "node:http";

/** Next's header naming the cache tags a rendered page or route handler read under. */
export const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";

/** A rendered App Router page: its HTML and RSC payload. */
export interface PageEntry {
  kind: "APP_PAGE";
  html: string;
  rscData?: Buffer;
  postponed?: string;
  segmentData?: Map<string, Buffer>;
  status?: number;
  headers?: OutgoingHttpHeaders;
}

/** A route handler's response (feeds, sitemaps). */
export interface RouteEntry {
  kind: "APP_ROUTE";
  body: Buffer;
  status: number;
  headers: OutgoingHttpHeaders;
}

/** The result of one `unstable_cache` (or fetch) call. */
export interface DataEntry {
  kind: "FETCH";
  data: { body: string };
  tags?: string[];
  revalidate: number;
}

/** Pages Router, redirects and images: Masthead renders none of them, and stores them as they come. */
export interface OtherEntry {
  kind: "PAGES" | "REDIRECT" | "IMAGE";
}

export type ResponseEntry = PageEntry | RouteEntry;
export type CachedValue = ResponseEntry | DataEntry | OtherEntry;

export interface CacheControl {
  revalidate: number | false;
  expire?: number;
}

/** What the handler returns from get(): Next's CacheHandlerValue. */
export interface StoredEntry {
  lastModified: number;
  value: CachedValue | null;
  cacheControl?: CacheControl;
}

export interface GetContext {
  kind: string;
  /** For data entries: the tags of the `unstable_cache` call asking. */
  tags?: string[];
  /** For data entries: the implicit tags of the page being rendered. */
  softTags?: string[];
}

export interface SetContext {
  fetchCache?: boolean;
  tags?: string[];
  cacheControl?: CacheControl;
}

export const isResponseEntry = (value: CachedValue | null): value is ResponseEntry =>
  value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE";

export const isDataEntry = (value: CachedValue | null): value is DataEntry => value?.kind === "FETCH";

/** The tags a page or route handler was rendered under, as Next recorded them. */
export function responseTags(entry: ResponseEntry): string[] {
  const header = entry.headers?.[NEXT_CACHE_TAGS_HEADER];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

/** A rough size in bytes, for the memory bound. */
export function entrySize(entry: StoredEntry, key: string): number {
  const value = entry.value;
  let bytes = 64;
  if (value?.kind === "APP_PAGE") {
    bytes += value.html.length * 2 + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    for (const [name, buffer] of value.segmentData ?? []) bytes += name.length + buffer.length;
  } else if (value?.kind === "APP_ROUTE") {
    bytes += value.body.length;
  } else if (value?.kind === "FETCH") {
    bytes += value.data.body.length * 2;
  }
  return key.length * 2 + bytes;
}
