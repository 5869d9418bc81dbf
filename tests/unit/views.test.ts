import { describe, expect, it } from "vitest";
import { answerBeacon, beaconArticleId, type BeaconRequest } from "@/lib/views/beacon";
import { isReaderBeacon } from "@/lib/views/bot-filter";
import { daysBetween, dayMinus, hourStart, siteDay } from "@/lib/views/buckets";
import { createViewCounter } from "@/lib/views/counter";
import type { FlushResult } from "@/lib/views/flush";
import { createFlusher } from "@/lib/views/flusher";
import { RecentReaders } from "@/lib/views/recent-readers";
import { ViewTally, type Drained } from "@/lib/views/tally";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const WECHAT =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";

describe("day and hour buckets", () => {
  it("puts a view in the site's calendar day (Asia/Shanghai is UTC+8)", () => {
    // 2026-12-01 15:59:59 UTC is 23:59:59 in Beijing; a second later it is the 2nd there.
    expect(siteDay(new Date("2026-12-01T15:59:59Z"), "Asia/Shanghai")).toBe("2026-12-01");
    expect(siteDay(new Date("2026-12-01T16:00:00Z"), "Asia/Shanghai")).toBe("2026-12-02");
    expect(siteDay(new Date("2026-12-01T16:00:00Z"), "UTC")).toBe("2026-12-01");
  });

  it("keeps the start of the clock hour", () => {
    expect(hourStart(new Date("2026-12-01T16:59:59.999Z")).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(hourStart(new Date("2026-12-01T17:00:00Z")).toISOString()).toBe("2026-12-01T17:00:00.000Z");
  });

  it("walks calendar days", () => {
    expect(daysBetween("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(dayMinus("2026-03-01", 1)).toBe("2026-02-28");
  });
});

describe("the tally", () => {
  it("adds views to one bucket per article per day and per hour", () => {
    const tally = new ViewTally({ maxArticles: 10 });
    tally.add(1, "2026-12-01", "2026-12-01T02:00:00.000Z");
    tally.add(1, "2026-12-01", "2026-12-01T02:00:00.000Z");
    tally.add(1, "2026-12-01", "2026-12-01T03:00:00.000Z");
    tally.add(2, "2026-12-02", "2026-12-01T16:00:00.000Z", 5);
    const drained = tally.drain();
    expect(drained.days).toEqual([
      { articleId: 1, day: "2026-12-01", views: 3 },
      { articleId: 2, day: "2026-12-02", views: 5 },
    ]);
    expect(drained.hours).toEqual([
      { articleId: 1, hour: "2026-12-01T02:00:00.000Z", views: 2 },
      { articleId: 1, hour: "2026-12-01T03:00:00.000Z", views: 1 },
      { articleId: 2, hour: "2026-12-01T16:00:00.000Z", views: 5 },
    ]);
    expect(tally.drain()).toEqual({ days: [], hours: [] });
  });

  it("refuses new articles when full, and keeps counting those it holds", () => {
    const tally = new ViewTally({ maxArticles: 2 });
    expect(tally.add(1, "d", "h")).toBe(true);
    expect(tally.add(2, "d", "h")).toBe(true);
    expect(tally.add(3, "d", "h")).toBe(false);
    expect(tally.add(1, "d", "h")).toBe(true);
    expect(tally.drain().days.map((d) => [d.articleId, d.views])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it("takes back a failed batch and adds it to what came since", () => {
    const tally = new ViewTally({ maxArticles: 10 });
    tally.add(1, "2026-12-01", "h1", 4);
    const failed = tally.drain();
    tally.add(1, "2026-12-01", "h1", 1);
    tally.restore(failed);
    expect(tally.drain()).toEqual({
      days: [{ articleId: 1, day: "2026-12-01", views: 5 }],
      hours: [{ articleId: 1, hour: "h1", views: 5 }],
    });
  });
});

describe("the bot filter", () => {
  it("counts browsers, WeChat's included", () => {
    expect(isReaderBeacon({ "user-agent": CHROME, "sec-fetch-site": "same-origin" })).toBe(true);
    expect(isReaderBeacon({ "user-agent": WECHAT })).toBe(true);
  });

  it("does not count crawlers, headless browsers or a missing user agent", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "curl/8.5.0",
    ]) {
      expect(isReaderBeacon({ "user-agent": agent }), agent).toBe(false);
    }
    expect(isReaderBeacon({})).toBe(false);
  });

  it("does not count prefetches, prerenders or beacons from other sites", () => {
    expect(isReaderBeacon({ "user-agent": CHROME, "sec-purpose": "prefetch;prerender" })).toBe(false);
    expect(isReaderBeacon({ "user-agent": CHROME, purpose: "prefetch" })).toBe(false);
    expect(isReaderBeacon({ "user-agent": CHROME, "x-moz": "prefetch" })).toBe(false);
    expect(isReaderBeacon({ "user-agent": CHROME, "sec-fetch-site": "cross-site" })).toBe(false);
  });
});

describe("the beacon", () => {
  const at = new Date("2026-12-01T16:30:00Z");
  const beacon = (over: Partial<BeaconRequest> = {}): BeaconRequest => ({
    method: "POST",
    url: "/api/views?article=7",
    headers: { "user-agent": CHROME },
    address: "203.0.113.9",
    ...over,
  });

  it("reads exactly one article id", () => {
    expect(beaconArticleId("/api/views?article=7")).toBe(7);
    for (const url of [
      "/api/views",
      "/api/views?article=",
      "/api/views?article=0",
      "/api/views?article=-1",
      "/api/views?article=2147483648",
      "/api/views?article=7&article=8",
      "/api/views?article=%FF",
      "/api/views?article=constructor",
    ]) {
      expect(beaconArticleId(url), url).toBeNull();
    }
  });

  it("counts a reader once within the window, in Beijing's day", () => {
    const counter = { ...createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs: 60_000 }), now: () => at };
    expect(answerBeacon(beacon(), counter).status).toBe(204);
    expect(answerBeacon(beacon(), counter).status).toBe(204);
    expect(answerBeacon(beacon({ address: "203.0.113.10" }), counter).status).toBe(204);
    expect(counter.tally.drain()).toEqual({
      days: [{ articleId: 7, day: "2026-12-02", views: 2 }],
      hours: [{ articleId: 7, hour: "2026-12-01T16:00:00.000Z", views: 2 }],
    });
  });

  it("answers a bot 204 and counts nothing", () => {
    const counter = createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs: 0 });
    const answer = answerBeacon(beacon({ headers: { "user-agent": "Googlebot/2.1" } }), counter);
    expect(answer).toMatchObject({ status: 204, headers: { "Cache-Control": "private, no-store" } });
    expect(counter.tally.pendingArticles).toBe(0);
  });

  it("answers bad input 400 and other methods 405, never stored", () => {
    const counter = createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs: 0 });
    expect(answerBeacon(beacon({ url: "/api/views?article=abc" }), counter)).toMatchObject({
      status: 400,
      headers: { "Cache-Control": "private, no-store" },
    });
    expect(answerBeacon(beacon({ method: "GET" }), counter)).toMatchObject({
      status: 405,
      headers: { Allow: "POST", "Cache-Control": "private, no-store" },
    });
    expect(counter.tally.pendingArticles).toBe(0);
  });
});

describe("the dedupe window", () => {
  it("knows a reader again within the window and forgets them after it", () => {
    const recent = new RecentReaders({ windowMs: 1000, maxKeys: 1024 });
    expect(recent.isRepeat(7, "203.0.113.9", 0, 0)).toBe(false);
    expect(recent.isRepeat(7, "203.0.113.9", 0, 999)).toBe(true);
    expect(recent.isRepeat(7, "203.0.113.9", 0, 1000)).toBe(false);
    expect(recent.isRepeat(7, "203.0.113.9", 0, 1500)).toBe(true);
    // Another article, address or browser is another reader.
    expect(recent.isRepeat(8, "203.0.113.9", 0, 1500)).toBe(false);
    expect(recent.isRepeat(7, "203.0.113.90", 0, 1500)).toBe(false);
    expect(recent.isRepeat(7, "203.0.113.9", 1, 1500)).toBe(false);
    expect(recent.isRepeat(7, "2001:db8::1", 0, 1500)).toBe(false);
    expect(recent.remembered(1500)).toBe(5);
    expect(recent.remembered(2400)).toBe(4);
    expect(recent.remembered(5000)).toBe(0);
    expect(recent.isRepeat(7, "203.0.113.9", 0, 5000)).toBe(false);
  });

  it("tells 100,000 readers apart in a table that holds them all", () => {
    const recent = new RecentReaders({ windowMs: 3_600_000, maxKeys: 500_000 });
    const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    let repeats = 0;
    for (let i = 0; i < 100_000; i += 1) if (recent.isRepeat(1, address(i), 0, i)) repeats += 1;
    expect(repeats).toBe(0);
    let known = 0;
    for (let i = 0; i < 100_000; i += 1) if (recent.isRepeat(1, address(i), 0, 100_000)) known += 1;
    // A reader is forgotten early only when more than four share a group of slots (at this load, under
    // 1 % of readers; a uniform hash gives about 0.8 %: 150 such groups, each forgotten in turn here).
    expect(known).toBeGreaterThan(99_000);
    expect(recent.evictedEarly).toBeGreaterThanOrEqual(100_000 - known);
  });

  it("keeps its size fixed when more readers come than it holds, forgetting the oldest first", () => {
    const recent = new RecentReaders({ windowMs: 60_000, maxKeys: 64 });
    expect(recent.capacity).toBe(64);
    for (let i = 0; i < 10_000; i += 1) recent.isRepeat(1, `198.51.100.${i}`, 0, i);
    expect(recent.remembered(10_000)).toBe(64);
    expect(recent.evictedEarly).toBeGreaterThan(9_000);
    // The latest readers are still known; the first were forgotten to make room.
    expect(recent.isRepeat(1, "198.51.100.9999", 0, 10_000)).toBe(true);
    expect(recent.isRepeat(1, "198.51.100.0", 0, 10_000)).toBe(false);
  });

  it("counts every view when the window is 0", () => {
    const recent = new RecentReaders({ windowMs: 0, maxKeys: 500_000 });
    expect(recent.isRepeat(7, "203.0.113.9", 0, 0)).toBe(false);
    expect(recent.isRepeat(7, "203.0.113.9", 0, 1)).toBe(false);
    expect(recent.capacity).toBe(4);
  });
});

describe("deferred lookups (the server's path)", () => {
  const settled = (recent: RecentReaders) => {
    const counted: Array<[number, number]> = [];
    recent.settle((articleId, at) => counted.push([articleId, at]));
    return counted;
  };

  it("counts nothing until settled, then each new reader once, in the order they came", () => {
    const recent = new RecentReaders({ windowMs: 60_000, maxKeys: 1_024 });
    recent.defer(7, "203.0.113.9", 0, 1_000);
    // A reload queued behind its first view is still a repeat.
    recent.defer(7, "203.0.113.9", 0, 2_000);
    recent.defer(7, "203.0.113.10", 0, 3_000);
    recent.defer(8, "203.0.113.9", 0, 4_000);
    expect(recent.pending).toBe(4);
    expect(settled(recent)).toEqual([
      [7, 1_000],
      [7, 3_000],
      [8, 4_000],
    ]);
    expect(recent.pending).toBe(0);
    expect(settled(recent)).toEqual([]);
    // Settled readers are remembered like those looked up at once, and forgotten after the window.
    expect(recent.isRepeat(7, "203.0.113.10", 0, 30_000)).toBe(true);
    recent.defer(7, "203.0.113.9", 0, 61_000);
    expect(settled(recent)).toEqual([[7, 61_000]]);
  });

  it("says when its queue is full", () => {
    const recent = new RecentReaders({ windowMs: 60_000, maxKeys: 1_024, queueLength: 3 });
    expect([1, 2, 3].map((n) => recent.defer(n, "203.0.113.9", 0, n))).toEqual([false, false, true]);
    expect(settled(recent).map(([articleId]) => articleId)).toEqual([1, 2, 3]);
  });

  it("counts every deferred view when the window is 0", () => {
    const recent = new RecentReaders({ windowMs: 0, maxKeys: 500_000 });
    recent.defer(7, "203.0.113.9", 0, 1);
    recent.defer(7, "203.0.113.9", 0, 2);
    expect(settled(recent)).toEqual([
      [7, 1],
      [7, 2],
    ]);
  });
});

describe("the flusher", () => {
  const setup = (write: (drained: Drained) => Promise<FlushResult>) => {
    let time = Date.UTC(2026, 11, 1, 0, 0, 0);
    const tally = new ViewTally({ maxArticles: 10 });
    const written: Drained[] = [];
    const expiries: number[] = [];
    const flush = createFlusher({
      tally,
      write: async (drained) => {
        const result = await write(drained);
        written.push(drained);
        return result;
      },
      expirePopular: async () => {
        expiries.push(time);
      },
      prune: async () => 0,
      refreshMs: 300_000,
      now: () => new Date(time),
    });
    return { tally, written, expiries, flush, advance: (ms: number) => (time += ms) };
  };
  const ok = async (drained: Drained): Promise<FlushResult> => ({
    views: drained.days.reduce((sum, day) => sum + day.views, 0),
    refused: 0,
    articles: [],
  });

  it("expires 热门 after a flush that wrote views, at most once per refresh interval", async () => {
    const { tally, expiries, flush, advance } = setup(ok);
    tally.add(1, "d", "h");
    await flush();
    for (let i = 0; i < 10; i += 1) {
      advance(5_000);
      tally.add(1, "d", "h");
      await flush();
    }
    expect(expiries).toHaveLength(1);
    advance(300_000);
    await flush();
    expect(expiries).toHaveLength(1);
    tally.add(1, "d", "h");
    await flush();
    expect(expiries).toHaveLength(2);
  });

  it("settles what is queued before it drains the tally", async () => {
    let time = Date.UTC(2026, 11, 1, 0, 0, 0);
    const tally = new ViewTally({ maxArticles: 10 });
    const written: Drained[] = [];
    const flush = createFlusher({
      tally,
      settle: () => tally.add(5, "2026-12-01", "2026-12-01T00:00:00.000Z", 2),
      write: async (drained) => {
        written.push(drained);
        return ok(drained);
      },
      expirePopular: async () => {},
      prune: async () => 0,
      refreshMs: 300_000,
      now: () => new Date((time += 1_000)),
    });
    await flush();
    expect(written.map((drained) => drained.days)).toEqual([[{ articleId: 5, day: "2026-12-01", views: 2 }]]);
  });

  it("writes nothing when nothing was counted since the last flush", async () => {
    const { tally, written, flush } = setup(ok);
    await flush();
    expect(written).toHaveLength(0);
    tally.add(1, "d", "h");
    await flush();
    await flush();
    expect(written).toHaveLength(1);
  });

  it("keeps the counts of a failed write for the next flush", async () => {
    let fail = true;
    const { tally, written, flush } = setup(async (drained) => {
      if (fail) throw new Error("database down");
      return ok(drained);
    });
    tally.add(1, "d", "h", 3);
    await flush();
    expect(written).toHaveLength(0);
    fail = false;
    tally.add(1, "d", "h", 1);
    await flush();
    expect(written.at(-1)?.days).toEqual([{ articleId: 1, day: "d", views: 4 }]);
  });
});
