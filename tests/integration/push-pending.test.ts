// The pool behind WebSub, IndexNow and Baidu pushes: bursts become one batch, a refused batch waits for
// the retry, a URL changed again while in flight goes out again, and two servers never send one claim twice.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { claimUrls, pushPending, queueUrls, releaseClaim, settleClaim } from "@/lib/push/pending";

const SITE = "https://news.example.cn";

beforeEach(async () => {
  await (await getDb()).pendingPush.deleteMany({});
});

describe("pending pushes", () => {
  it("gathers the URLs of many changes into one batch, each URL once", async () => {
    const db = await getDb();
    await queueUrls(db, "indexnow", [`${SITE}/articles/1`, `${SITE}/articles/2`]);
    await queueUrls(db, "indexnow", [`${SITE}/articles/2`, `${SITE}/articles/3`]);
    await queueUrls(db, "baidu", [`${SITE}/articles/9`]);
    const batches: string[][] = [];
    const first = await pushPending(db, "indexnow", 100, async (urls) => batches.push(urls));
    expect(first.urls).toEqual([`${SITE}/articles/1`, `${SITE}/articles/2`, `${SITE}/articles/3`]);
    const second = await pushPending(db, "indexnow", 100, async (urls) => batches.push(urls));
    expect(second.urls).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(await db.pendingPush.findMany({ select: { channel: true, url: true } })).toEqual([
      { channel: "baidu", url: `${SITE}/articles/9` },
    ]);
  });

  it("keeps a refused batch for the retry", async () => {
    const db = await getDb();
    await queueUrls(db, "websub", [`${SITE}/feed.xml`]);
    await expect(
      pushPending(db, "websub", 100, async () => {
        throw new Error("hub answered 503");
      }),
    ).rejects.toThrow("hub answered 503");
    const retry = await pushPending(db, "websub", 100, async (urls) => urls.length);
    expect(retry).toEqual({ urls: [`${SITE}/feed.xml`], result: 1 });
  });

  it("sends a URL again when it changed while its first push was in flight", async () => {
    const db = await getDb();
    await queueUrls(db, "websub", [`${SITE}/feed.xml`]);
    const inFlight = await claimUrls(db, "websub", 100);
    await queueUrls(db, "websub", [`${SITE}/feed.xml`]);
    await settleClaim(db, inFlight);
    expect((await claimUrls(db, "websub", 100)).urls).toEqual([`${SITE}/feed.xml`]);
  });

  it("never hands one URL to two claims at once, and a claim left by a dead server lapses", async () => {
    const db = await getDb();
    const urls = Array.from({ length: 50 }, (_, index) => `${SITE}/articles/${index + 1}`);
    await queueUrls(db, "indexnow", urls);
    const claims = await Promise.all([1, 2, 3].map(() => claimUrls(db, "indexnow", 20)));
    const claimed = claims.flatMap((claim) => claim.urls);
    expect(claimed).toHaveLength(50);
    expect(new Set(claimed).size).toBe(50);

    await releaseClaim(db, claims[0]!);
    const later = new Date(Date.now() + 3 * 60_000);
    const afterLapse = await claimUrls(db, "indexnow", 100, later);
    expect(afterLapse.urls).toHaveLength(50);
  });
});
