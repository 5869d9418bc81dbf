import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { countHotReplay, metrics, timeNextRequest, timeViewFlush } from "@/lib/ops/metrics";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { routeKind } from "@/lib/ops/route-kind";

class FakeResponse extends EventEmitter {
  statusCode = 200;
  headers: Record<string, string> = {};
  getHeader(name: string) {
    return this.headers[name];
  }
}

describe("request metrics", () => {
  it("label addresses by a few kinds, whatever readers ask for", () => {
    expect(routeKind("/articles/1")).toBe("article");
    expect(routeKind("/")).toBe("list");
    expect(routeKind("/sections/%E8%B4%A2%E7%BB%8F")).toBe("list");
    expect(routeKind("/feed.xml")).toBe("feed");
    expect(routeKind("/sections/economy/atom.xml")).toBe("feed");
    expect(routeKind("/sitemaps/articles/0.xml")).toBe("feed");
    expect(routeKind("/search")).toBe("search");
    expect(routeKind("/api/v1/articles")).toBe("api");
    expect(routeKind("/admin/articles/3")).toBe("admin");
    expect(routeKind("/_next/static/chunk.js")).toBe("asset");
    expect(routeKind("/anything/else?x=1")).toBe("other");
  });

  it("time what Next answers once, by kind, cache result and status class", async () => {
    const res = new FakeResponse();
    res.headers["x-nextjs-cache"] = "MISS";
    timeNextRequest("/articles/7", res);
    res.statusCode = 404;
    res.emit("finish");
    res.emit("close");
    const text = await metrics().registry.metrics();
    expect(text).toMatch(
      /masthead_http_request_duration_seconds_count\{kind="article",cache="miss",status="4xx"\} 1\n/,
    );
  });

  it("count hot-cache replays, read at the scrape", async () => {
    const before = await metrics().registry.getSingleMetricAsString("masthead_hot_cache_replays_total");
    const count = (text: string) => Number(/masthead_hot_cache_replays_total (\d+)/.exec(text)?.[1]);
    countHotReplay();
    countHotReplay();
    const after = await metrics().registry.getSingleMetricAsString("masthead_hot_cache_replays_total");
    expect(count(after) - count(before)).toBe(2);
  });

  it("time the view counter's flushes by outcome, count what they wrote, and pass a failure on", async () => {
    const read = async () => {
      const text = await metrics().registry.metrics();
      const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      return {
        written: number(/^masthead_view_flush_duration_seconds_count\{outcome="written"\} (\d+)$/m),
        failed: number(/^masthead_view_flush_duration_seconds_count\{outcome="failed"\} (\d+)$/m),
        views: number(/^masthead_views_written_total (\d+)$/m),
      };
    };
    const before = await read();
    await expect(timeViewFlush(() => Promise.resolve({ views: 7 }))).resolves.toEqual({ views: 7 });
    await expect(timeViewFlush(() => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    const after = await read();
    expect(after.written - before.written).toBe(1);
    expect(after.failed - before.failed).toBe(1);
    expect(after.views - before.views).toBe(7);
  });

  it("include Node's process metrics under the masthead_ prefix", async () => {
    expect(await metrics().registry.metrics()).toMatch(/^masthead_process_cpu_seconds_total /m);
  });
});

describe("who may scrape /api/metrics", () => {
  const token = "a-long-metrics-token-0123456789";
  it("is nobody without METRICS_TOKEN (the endpoint does not exist)", () => {
    expect(metricsAccess(undefined, `Bearer ${token}`)).toBe("disabled");
  });
  it("is the holder of the token, as a bearer token", () => {
    expect(metricsAccess(token, `Bearer ${token}`)).toBe("granted");
    expect(metricsAccess(token, `bearer ${token}`)).toBe("granted");
  });
  it("refuses a wrong, shorter, longer or missing token", () => {
    expect(metricsAccess(token, null)).toBe("refused");
    expect(metricsAccess(token, "Bearer ")).toBe("refused");
    expect(metricsAccess(token, `Bearer ${token.slice(0, -1)}`)).toBe("refused");
    expect(metricsAccess(token, `Bearer ${token}x`)).toBe("refused");
    expect(metricsAccess(token, `Basic ${token}`)).toBe("refused");
  });
});
