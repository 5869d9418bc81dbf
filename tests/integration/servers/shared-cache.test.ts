// Several app servers share Next's caches through Redis (lib/cache/redis-tier.ts): each test plays two
// or three servers as ResponseStores in one process, each with its own connections, against a Redis
// server of the test's own, which one test stops and starts again.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageEntry } from "@/lib/cache/entries";
import { createRedisTier } from "@/lib/cache/redis-tier";
import type { SharedTier } from "@/lib/cache/shared-tier";
import { ResponseStore, type ResponseStoreOptions } from "@/lib/cache/store";
import { TAGS } from "@/lib/content/tags";
import { ownRedis, until, type OwnRedis } from "../../support/redis-server";

const policy = { sMaxAge: 1, staleWhileRevalidate: 60, staleIfError: 86_400 };
const pageCtx = { kind: "APP_PAGE" };

let redis: OwnRedis;
const tiers: SharedTier[] = [];

/** One app server's store; `prefix` is the site's namespace in Redis, the same for all its servers. */
function server(prefix: string, extra: Partial<ResponseStoreOptions> = {}) {
  const logs: string[] = [];
  const shared = createRedisTier({
    url: redis.url,
    keyPrefix: prefix,
    ttlSeconds: 60,
    log: (m) => logs.push(m),
  });
  tiers.push(shared);
  const heard: Array<string[] | "all"> = [];
  const purged: string[][] = [];
  const store = new ResponseStore({
    maxBytes: 1 << 22,
    policy,
    shared,
    onExpire: (tags) => purged.push(tags),
    ...extra,
  });
  store.subscribe((tags) => heard.push(tags));
  return { store, heard, purged, logs };
}

function page(id: number, html: string): PageEntry {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc for ${html}`),
    segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
    status: 200,
    headers: { "x-next-cache-tags": ["_N_T_/layout", `_N_T_/articles/${id}`, TAGS.article(id)].join(",") },
  };
}

/** A render on `at`: the miss that starts it, then what it wrote. */
async function render(at: ResponseStore, key: string, entry: PageEntry): Promise<void> {
  expect(await at.get(key, pageCtx)).toBeNull();
  await at.set(key, entry, {});
}

/** Servers connect in the background; a render before that is simply not shared. */
const connected = () => new Promise((resolve) => setTimeout(resolve, 200));

beforeAll(async () => {
  redis = await ownRedis();
});

afterAll(async () => {
  await Promise.all(tiers.map((tier) => tier.close()));
  await redis.stop();
});

describe("Next's caches shared through Redis", () => {
  it("serves a page rendered on one server from another, bytes intact", async () => {
    const prefix = `t-${randomUUID()}:`;
    const a = server(prefix);
    const b = server(prefix);
    await connected();
    await render(a.store, "/articles/1", page(1, "<p>陈明 报道</p>"));

    const found = await b.store.get("/articles/1", pageCtx);
    const value = found?.value as PageEntry | undefined;
    expect(value?.html).toBe("<p>陈明 报道</p>");
    expect(Buffer.isBuffer(value?.rscData) && value.rscData.toString()).toBe("rsc for <p>陈明 报道</p>");
    expect([...(value?.segmentData ?? new Map<string, Buffer>())]).toEqual([["/_tree", Buffer.from([0, 1, 2, 255])]]);
    expect(b.store.snapshot()).toMatchObject({ hits: 1, sharedHits: 1 });
  });

  it("an expiry on one server reaches every server at once; only the first purges the edge", async () => {
    const prefix = `t-${randomUUID()}:`;
    const a = server(prefix);
    const b = server(prefix);
    await connected();
    await render(a.store, "/articles/2", page(2, "v1"));
    expect(await b.store.get("/articles/2", pageCtx)).not.toBeNull(); // now in B's own memory too

    const began = Date.now();
    await a.store.revalidateTag([TAGS.article(2)]);
    await until(() => b.heard.some((tags) => tags !== "all" && tags.includes(TAGS.article(2))), 1_000);
    const elapsed = Date.now() - began;

    expect(await b.store.get("/articles/2", pageCtx)).toBeNull();
    expect(await a.store.get("/articles/2", pageCtx)).toBeNull();
    expect(a.purged).toEqual([[TAGS.article(2)]]);
    expect(b.purged).toEqual([]);
    expect(elapsed).toBeLessThan(1_000);
  });

  it("a render that an expiry overtook is not served to a server that never heard of the expiry", async () => {
    const prefix = `t-${randomUUID()}:`;
    const a = server(prefix);
    const b = server(prefix);
    await connected();
    expect(await a.store.get("/articles/3", pageCtx)).toBeNull(); // A starts rendering, reading old data
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.store.revalidateTag([TAGS.article(3)]); // an editor's change, on B
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.store.set("/articles/3", page(3, "old"), {}); // A's render finishes with the old version

    const late = server(prefix); // a server started afterwards
    await connected();
    expect(await late.store.get("/articles/3", pageCtx)).toBeNull();
  });

  it("tells the other servers the write's mark before the expiry takes effect there", async () => {
    const prefix = `t-${randomUUID()}:`;
    const order: string[] = [];
    const a = server(prefix, { markWrite: async () => "2a0f3c8" });
    const b = server(prefix, { onRemoteWrite: (mark) => order.push(`mark ${mark}`) });
    b.store.subscribe((tags) => order.push(`expired ${String(tags)}`));
    await connected();
    await a.store.revalidateTag([TAGS.articleLists]);
    await until(() => order.length >= 2, 1_000);
    expect(order).toEqual(["mark 2a0f3c8", `expired ${TAGS.articleLists}`]);
  });

  it("without Redis serves from each server's memory without errors, then drops it and resends on return", async () => {
    const prefix = `t-${randomUUID()}:`;
    const a = server(prefix);
    const b = server(prefix);
    await connected();
    await render(a.store, "/articles/4", page(4, "v1"));
    expect(await b.store.get("/articles/4", pageCtx)).not.toBeNull();

    await redis.stop();
    await until(() => a.logs.some((line) => line.includes("unreachable")));
    // Readers keep being served from memory; a page nobody has rendered is a miss, not an error.
    expect((await b.store.get("/articles/4", pageCtx))?.value).toMatchObject({ html: "v1" });
    expect(await b.store.get("/articles/5", pageCtx)).toBeNull();
    await b.store.set("/articles/5", page(5, "rendered during the outage"), {});
    expect(await b.store.get("/articles/5", pageCtx)).not.toBeNull();
    // An editor's change on A: its own memory drops the page at once; B cannot be told yet.
    await a.store.revalidateTag([TAGS.article(4)]);
    expect(await a.store.get("/articles/4", pageCtx)).toBeNull();

    await redis.start();
    // B reconnects and, having perhaps missed expiries, drops what it kept; A sends the expiry again.
    await until(() => b.heard.includes("all"), 10_000);
    await until(() => b.heard.some((tags) => tags !== "all" && tags.includes(TAGS.article(4))), 10_000);
    expect(await b.store.get("/articles/4", pageCtx)).toBeNull();
    expect(await b.store.get("/articles/5", pageCtx)).toBeNull();
    expect(a.logs.some((line) => line.includes("reachable again"))).toBe(true);
  });
});
