import { describe, expect, it } from "vitest";
import type { PageEntry, RouteEntry } from "@/lib/cache/entries";
import { ByteLru } from "@/lib/cache/lru";
import { publicCacheControl } from "@/lib/cache/response-policy";
import { ResponseStore } from "@/lib/cache/store";
import { TAGS } from "@/lib/content/tags";

const policy = { sMaxAge: 1, staleWhileRevalidate: 60, staleIfError: 86_400 };

function page(tags: string[], status = 200): PageEntry {
  return {
    kind: "APP_PAGE",
    html: "<html></html>",
    status,
    headers: { "x-next-cache-tags": ["_N_T_/layout", "_N_T_/articles/1", ...tags].join(",") },
  };
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const responseCtx = { kind: "APP_PAGE" };

describe("the response store", () => {
  it("serves what it stored until a tag of it expires, then misses", async () => {
    const time = clock();
    const store = new ResponseStore({ maxBytes: 1 << 20, policy, now: time.now });
    await store.get("/articles/1", responseCtx);
    await store.set("/articles/1", page([TAGS.article(1), TAGS.articleLists]), {});
    time.advance(10);
    expect((await store.get("/articles/1", responseCtx))?.value).toMatchObject({ kind: "APP_PAGE" });
    await store.revalidateTag([TAGS.article(2)]);
    expect(await store.get("/articles/1", responseCtx)).not.toBeNull();
    await store.revalidateTag([TAGS.article(1)]);
    expect(await store.get("/articles/1", responseCtx)).toBeNull();
    expect(store.snapshot()).toMatchObject({ hits: 2, misses: 2 });
  });

  it("expires a render that a write overtook while it was rendering", async () => {
    const time = clock();
    const store = new ResponseStore({ maxBytes: 1 << 20, policy, now: time.now });
    expect(await store.get("/", responseCtx)).toBeNull(); // the render starts here, reading old data
    time.advance(5);
    await store.revalidateTag([TAGS.articleLists]); // an editor publishes meanwhile
    time.advance(5);
    await store.set("/", page([TAGS.articleLists]), {}); // the render finishes with what it read
    time.advance(5);
    expect(await store.get("/", responseCtx)).toBeNull();
  });

  it("checks data entries against their own tags and the page's implicit ones", async () => {
    const time = clock();
    const store = new ResponseStore({ maxBytes: 1 << 20, policy, now: time.now });
    const data = { kind: "FETCH" as const, data: { body: "{}" }, revalidate: 600 };
    await store.set("k", data, { fetchCache: true, tags: [TAGS.settings] });
    time.advance(1);
    const ctx = { kind: "FETCH", tags: [TAGS.settings], softTags: ["_N_T_/page"] };
    expect(await store.get("k", ctx)).not.toBeNull();
    await store.revalidateTag("_N_T_/page");
    expect(await store.get("k", ctx)).toBeNull();
  });

  it("keeps no 404 (unknown addresses are unbounded) and keeps a page within its memory bound", async () => {
    const store = new ResponseStore({ maxBytes: 200, policy });
    await store.set("/articles/99", page([], 404), {});
    expect(await store.get("/articles/99", responseCtx)).toBeNull();
    await store.set("/a", page(["a"]), {});
    await store.set("/b", page(["b"]), {});
    await store.set("/c", page(["c"]), {});
    expect(store.snapshot().bytes).toBeLessThanOrEqual(200);
    expect(await store.get("/a", responseCtx)).toBeNull();
    expect(await store.get("/c", responseCtx)).not.toBeNull();
  });

  it("reports every expiry, for the edge purge", async () => {
    const expired: string[][] = [];
    const store = new ResponseStore({ maxBytes: 1 << 20, policy, onExpire: (tags) => expired.push(tags) });
    await store.revalidateTag([TAGS.article(3), TAGS.articleLists]);
    await store.revalidateTag(TAGS.settings);
    expect(expired).toEqual([[TAGS.article(3), TAGS.articleLists], [TAGS.settings]]);
  });
});

describe("the response policy", () => {
  it("makes a cached page public for shared caches, keyed by its content tags", async () => {
    const store = new ResponseStore({ maxBytes: 1 << 20, policy });
    const entry = page([TAGS.article(1), TAGS.articleLists, TAGS.settings]);
    await store.set("/articles/1", entry, {});
    expect(entry.headers?.["cache-control"]).toBe(
      "public, max-age=0, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400",
    );
    expect(entry.headers?.["surrogate-key"]).toBe("article:1 articles settings");
    expect(entry.headers?.["cdn-cache-control"]).toBeUndefined();
    expect(entry.status).toBe(200);
  });

  it("answers 410 for a page that declared it, from the first response on", async () => {
    const store = new ResponseStore({ maxBytes: 1 << 20, policy });
    const entry = page([TAGS.article(7), TAGS.gone]);
    await store.set("/articles/7", entry, {});
    // The very object Next sends for this request now carries the status.
    expect(entry.status).toBe(410);
    expect(entry.headers?.["surrogate-key"]).toBe("article:7");
    expect((await store.get("/articles/7", responseCtx))?.value).toMatchObject({ status: 410 });
  });

  it("answers 404 for a page that declared it, and keeps no copy of it", async () => {
    const store = new ResponseStore({ maxBytes: 1 << 20, policy });
    const entry = page([TAGS.articleLists, TAGS.notFound]);
    await store.set("/articles/99", entry, {});
    expect(entry.status).toBe(404);
    expect(entry.headers?.["surrogate-key"]).toBe("articles");
    expect(await store.get("/articles/99", responseCtx)).toBeNull();
  });

  it("gives caches that are purged by key a long lifetime, and keeps a route handler's own Cache-Control", async () => {
    const store = new ResponseStore({ maxBytes: 1 << 20, policy: { ...policy, purgedMaxAge: 86_400 } });
    const feed: RouteEntry = {
      kind: "APP_ROUTE",
      body: Buffer.from("<rss/>"),
      status: 200,
      headers: { "x-next-cache-tags": TAGS.articleLists },
    };
    await store.set("/feeds/feed.xml", feed, {});
    expect(feed.headers["cdn-cache-control"]).toBe(
      "public, max-age=86400, stale-while-revalidate=60, stale-if-error=86400",
    );
    expect(feed.headers["surrogate-control"]).toBe("max-age=86400, stale-while-revalidate=60, stale-if-error=86400");
    const robots: RouteEntry = {
      kind: "APP_ROUTE",
      body: Buffer.from(""),
      status: 200,
      headers: { "cache-control": "public, max-age=3600" },
    };
    await store.set("/robots.txt", robots, {});
    expect(robots.headers["cache-control"]).toBe("public, max-age=3600");
    expect(publicCacheControl({ ...policy, sMaxAge: 30 })).toContain("s-maxage=30");
  });
});

describe("the byte-bounded LRU", () => {
  it("evicts the least recently used first", () => {
    const lru = new ByteLru<string>(10, (value) => value.length);
    lru.set("a", "aaaa");
    lru.set("b", "bbbb");
    expect(lru.get("a")).toBe("aaaa"); // a is now the younger
    lru.set("c", "cccc");
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("aaaa");
    lru.set("huge", "x".repeat(11));
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.bytes).toBe(8);
  });
});
