// Views counted from page requests: this server's own (VIEWS_SOURCE=server) and the edge's log
// (edge-log), by the same rules; and the tailer that follows that log through appends, truncation and
// rotation.
import { appendFile, mkdtemp, rename, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewCounter } from "@/lib/views/counter";
import { countEdgeLogLine, parseEdgeLogLine, unescapeJson, viewOfEntry } from "@/lib/views/edge-log";
import { LogTailer } from "@/lib/views/log-tailer";
import { articlePageId, countWhenAnswered, drainViews, type AnsweredResponse } from "@/lib/views/page-view";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HEADLESS =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const at = new Date("2026-12-01T16:30:00Z");
const newCounter = (dedupeMs = 0) => ({ ...createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs }), now: () => at });

/** A response that ends with `status` when finish() is called. */
function response(status: number): AnsweredResponse & { finish: () => void } {
  const listeners: Array<() => void> = [];
  return {
    statusCode: status,
    writableEnded: false,
    once: (_event, listener) => listeners.push(listener),
    finish: () => listeners.forEach((listener) => listener()),
  };
}

/** A response the hot cache has already written and ended with `status`. */
function endedResponse(status: number): AnsweredResponse & { listeners: number } {
  const res = { statusCode: status, writableEnded: true, listeners: 0, once: () => (res.listeners += 1) };
  return res;
}

describe("article page addresses", () => {
  it("reads the id of /articles/<id>, with a query or percent-encoded digits", () => {
    expect(articlePageId("/articles/12")).toBe(12);
    expect(articlePageId("/articles/12?from=%E5%A4%B4%E6%9D%A1")).toBe(12);
    expect(articlePageId("/articles/%31%32")).toBe(12);
  });

  it("is null for every other address, Chinese and broken ones included", () => {
    for (const url of [
      "/",
      "/articles",
      "/articles/",
      "/articles/0",
      "/articles/12/live.json",
      "/articles/12abc",
      "/articles/新闻",
      "/articles/%E6%96%B0%E9%97%BB",
      "/articles/%FF",
      "/articles/99999999999",
      "/sections/articles/12",
      "/api/views?article=12",
    ]) {
      expect(articlePageId(url), url).toBeNull();
    }
  });
});

describe("counting this server's article requests (VIEWS_SOURCE=server)", () => {
  const request = (over: Partial<Parameters<typeof countWhenAnswered>[0]> = {}) => ({
    method: "GET",
    pathname: "/articles/7",
    headers: { "user-agent": CHROME },
    address: "203.0.113.9",
    ...over,
  });

  it("counts a reader's GET answered 200 or 304 (a click through Next's router too), once per reader within the window", () => {
    const counter = newCounter(60_000);
    for (const [status, address] of [
      [200, "203.0.113.9"],
      [200, "203.0.113.9"],
      [304, "203.0.113.10"],
      [200, "203.0.113.11"],
    ] as const) {
      const res = response(status);
      const headers = address.endsWith(".11") ? { "user-agent": CHROME, rsc: "1" } : { "user-agent": CHROME };
      countWhenAnswered(request({ address, headers }), res, counter);
      res.finish();
    }
    expect(drainViews(counter)).toEqual({
      days: [{ articleId: 7, day: "2026-12-02", views: 3 }],
      hours: [{ articleId: 7, hour: "2026-12-01T16:00:00.000Z", views: 3 }],
    });
  });

  it("counts a response the hot cache already ended at once, with no listener, by its status", () => {
    const counter = newCounter(60_000);
    const answered = [endedResponse(200), endedResponse(200), endedResponse(304), endedResponse(410)];
    const readers = ["203.0.113.9", "203.0.113.9", "203.0.113.10", "203.0.113.11"];
    answered.forEach((res, i) => countWhenAnswered(request({ address: readers[i] }), res, counter));
    expect(answered.map((res) => res.listeners)).toEqual([0, 0, 0, 0]);
    expect(drainViews(counter).days).toEqual([{ articleId: 7, day: "2026-12-02", views: 2 }]);
  });

  it("skips bots, headless browsers, prefetches, HEAD, other addresses and other statuses", () => {
    const counter = newCounter();
    const skipped = [
      request({ headers: { "user-agent": GOOGLEBOT } }),
      request({ headers: { "user-agent": HEADLESS } }),
      request({ headers: {} }),
      request({ headers: { "user-agent": CHROME, "sec-purpose": "prefetch" } }),
      request({ headers: { "user-agent": CHROME, purpose: "prefetch" } }),
      request({ headers: { "user-agent": CHROME, "sec-purpose": "prefetch;prerender" } }),
      request({ headers: { "user-agent": CHROME, rsc: "1", "next-router-prefetch": "1" } }),
      request({ method: "HEAD" }),
      request({ method: "POST" }),
      request({ pathname: "/" }),
      request({ pathname: "/articles/7/live.json" }),
      request({ pathname: "/sections/local" }),
    ];
    let listened = 0;
    for (const one of skipped) {
      const res = response(200);
      countWhenAnswered(
        one,
        { ...res, once: (event, listener) => (listened += 1) && res.once(event, listener) },
        counter,
      );
      res.finish();
    }
    for (const status of [301, 404, 410, 500]) {
      const res = response(status);
      countWhenAnswered(request(), res, counter);
      res.finish();
    }
    expect(listened).toBe(0);
    expect(counter.recent.pending).toBe(0);
    expect(counter.tally.pendingArticles).toBe(0);
  });

  it("queues the views it counts and settles them into the tally when the queue fills", () => {
    const counter = newCounter(60_000);
    const count = (n: number) =>
      countWhenAnswered(request({ address: `198.51.100.${n}` }), endedResponse(200), counter);
    for (let n = 0; n < 255; n += 1) count(n);
    // Not yet in the tally: looked up in one batch with the rest of the queue.
    expect(counter.recent.pending).toBe(255);
    expect(counter.tally.pendingArticles).toBe(0);
    count(255);
    expect(counter.recent.pending).toBe(0);
    count(0);
    expect(drainViews(counter).days).toEqual([{ articleId: 7, day: "2026-12-02", views: 256 }]);
  });
});

const line = (
  fields: Partial<Record<"msec" | "status" | "method" | "uri" | "addr" | "ua" | "sec" | "purpose" | "next", string>>,
) =>
  [
    fields.msec ?? "1796059200.123",
    fields.status ?? "200",
    fields.method ?? "GET",
    fields.uri ?? "/articles/7",
    fields.addr ?? "203.0.113.9",
    fields.ua ?? CHROME,
    fields.sec ?? "",
    fields.purpose ?? "",
    "",
    fields.next ?? "",
  ].join("\t");

describe("the edge's views log", () => {
  it("parses a line of log_format masthead_views", () => {
    expect(parseEdgeLogLine(line({}))).toEqual({
      at: new Date("2026-11-30T17:20:00.123Z"),
      status: 200,
      method: "GET",
      uri: "/articles/7",
      address: "203.0.113.9",
      userAgent: CHROME,
      secPurpose: "",
      purpose: "",
      xMoz: "",
      routerPrefetch: "",
    });
  });

  it("undoes escape=json in headers, so an escaped tab or quote stays inside its field", () => {
    expect(unescapeJson('a\\"b\\\\c\\td\\u00e9')).toBe('a"b\\c\tdé');
    const entry = parseEdgeLogLine(line({ ua: 'Mozilla/5.0 \\"quoted\\"\\tTab' }));
    expect(entry?.userAgent).toBe('Mozilla/5.0 "quoted"\tTab');
  });

  it("refuses malformed lines", () => {
    for (const bad of [
      "",
      "garbage",
      '127.0.0.1 - - [01/Dec/2026:16:30:00 +0000] "GET /articles/7 HTTP/1.1" 200 512 "-" "Mozilla"',
      line({}).split("\t").slice(0, 9).join("\t"),
      `${line({})}\textra`,
      line({ msec: "yesterday" }),
      line({ status: "2000" }),
      line({ status: "" }),
      line({ method: "get" }),
      line({ uri: "articles/7" }),
    ]) {
      expect(parseEdgeLogLine(bad), bad).toBeNull();
    }
  });

  it("counts readers' article views by the server's rules, whatever the address's encoding", () => {
    const counter = newCounter(60_000);
    const outcomes = [
      line({}),
      line({}),
      line({ addr: "203.0.113.10", uri: "/articles/7?from=%E5%A4%B4%E6%9D%A1", status: "304" }),
      line({ addr: "203.0.113.11", uri: "/articles/%37" }),
      line({ uri: "/articles/新闻" }),
      line({ uri: "/articles/%E6%96%B0%E9%97%BB" }),
      line({ ua: GOOGLEBOT }),
      line({ ua: "" }),
      line({ sec: "prefetch" }),
      line({ purpose: "prefetch" }),
      line({ next: "1" }),
      line({ method: "HEAD" }),
      line({ status: "404" }),
      line({ uri: "/articles/7/live.json" }),
      "not a line",
    ].map((one) => countEdgeLogLine(one, counter));
    expect(outcomes).toEqual([
      "counted",
      "repeat",
      "counted",
      "counted",
      ...Array<string>(10).fill("skipped"),
      "malformed",
    ]);
    // The log's own time decides the day and hour, not when the line is read.
    expect(drainViews(counter)).toEqual({
      days: [{ articleId: 7, day: "2026-12-01", views: 3 }],
      hours: [{ articleId: 7, hour: "2026-11-30T17:00:00.000Z", views: 3 }],
    });
    expect(viewOfEntry(parseEdgeLogLine(line({ ua: HEADLESS }))!)).toBeNull();
  });
});

describe("following the log", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function tailed(initial: string) {
    dir = await mkdtemp(path.join(tmpdir(), "masthead-tail-"));
    const file = path.join(dir, "views.log");
    await writeFile(file, initial);
    const lines: string[] = [];
    const tailer = new LogTailer({ path: file, onLine: (one) => lines.push(one), maxLineBytes: 100 });
    await tailer.start();
    return { file, lines, tailer };
  }

  it("starts at the end and reads whole appended lines, a split line once it is complete", async () => {
    const { file, lines, tailer } = await tailed("old 1\nold 2\n");
    await appendFile(file, "new 1\nnew 2 中");
    await tailer.poll();
    expect(lines).toEqual(["new 1"]);
    await appendFile(file, "文\n" + "x".repeat(300) + "\nnew 3\n");
    await tailer.poll();
    // The over-long line is dropped whole, and what follows it is read.
    expect(lines).toEqual(["new 1", "new 2 中文", "new 3"]);
    await tailer.stop();
  });

  it("starts over after a truncation", async () => {
    const { file, lines, tailer } = await tailed("old 1\nold 2\nold 3\n");
    await truncate(file, 0);
    await appendFile(file, "after\n");
    await tailer.poll();
    expect(lines).toEqual(["after"]);
    await tailer.stop();
  });

  it("after a rotation, reads the rest of the old file, then the new one from its start", async () => {
    const { file, lines, tailer } = await tailed("old\n");
    await appendFile(file, "before\n");
    await rename(file, `${file}.1`);
    // nginx writes to the renamed file until it is told to reopen.
    await appendFile(`${file}.1`, "late\n");
    await tailer.poll();
    expect(lines).toEqual(["before", "late"]);
    await writeFile(file, "fresh 1\nfresh 2\n");
    await tailer.poll();
    expect(lines).toEqual(["before", "late", "fresh 1", "fresh 2"]);
    await tailer.stop();
  });

  it("waits for a log that does not exist yet, then reads it from its start", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "masthead-tail-"));
    const file = path.join(dir, "later.log");
    const lines: string[] = [];
    const tailer = new LogTailer({ path: file, onLine: (one) => lines.push(one) });
    await tailer.start();
    await tailer.poll();
    await writeFile(file, "first\n");
    await tailer.poll();
    expect(lines).toEqual(["first"]);
    await tailer.stop();
  });
});

describe("VIEWS_SOURCE and VIEWS_EDGE_LOG", () => {
  afterEach(() => vi.unstubAllEnvs());

  async function load(vars: Record<string, string>) {
    vi.resetModules();
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
    return (await import("@/lib/env")).env.views;
  }

  it("counts from the server's own requests by default, and takes the other sources", async () => {
    expect(await load({ VIEWS_SOURCE: "", VIEWS_EDGE_LOG: "" })).toMatchObject({
      source: "server",
      edgeLog: undefined,
    });
    expect(
      await load({ VIEWS_SOURCE: "edge-log", VIEWS_EDGE_LOG: " /var/log/nginx/masthead-views.log " }),
    ).toMatchObject({ source: "edge-log", edgeLog: "/var/log/nginx/masthead-views.log" });
    expect(await load({ VIEWS_SOURCE: "edge-log", VIEWS_EDGE_LOG: "" })).toMatchObject({ source: "edge-log" });
    expect(await load({ VIEWS_SOURCE: "beacon", VIEWS_EDGE_LOG: "" })).toMatchObject({ source: "beacon" });
  });

  it("refuses an unknown source, and a log that another source would ignore", async () => {
    await expect(load({ VIEWS_SOURCE: "cdn" })).rejects.toThrow(/VIEWS_SOURCE/);
    await expect(load({ VIEWS_SOURCE: "server", VIEWS_EDGE_LOG: "/tmp/views.log" })).rejects.toThrow(
      /VIEWS_EDGE_LOG is only read with VIEWS_SOURCE=edge-log/,
    );
  });
});
