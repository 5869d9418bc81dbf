import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HotCache } from "@/lib/server/hot-cache";

const PUBLIC = "public, max-age=0, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400";
let time = Date.UTC(2026, 11, 1, 0, 0, 10);
const cache = new HotCache({ maxBytes: 1 << 20, ttlMs: 10_000, now: () => time });
/** Requests that reached "Next", by URL. */
const reached: string[] = [];
/** What "Next" answers: the tail of the URL names the kind of response. */
let version = 1;
let duringResponse: (() => void) | undefined;

function next(req: IncomingMessage, res: ServerResponse) {
  reached.push(req.url ?? "");
  const url = req.url ?? "";
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (url.startsWith("/page") || url.startsWith("/gone")) {
    res.statusCode = url.startsWith("/gone") ? 410 : 200;
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("Surrogate-Key", "article:1 articles");
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("ETag", `"v${version}"`);
    if (req.headers["accept-encoding"]?.includes("gzip")) res.setHeader("Content-Encoding", "gzip");
    duringResponse?.();
    res.write("<html>");
    res.end(`v${version}</html>`);
  } else if (url.startsWith("/stale")) {
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("Surrogate-Key", "articles");
    res.setHeader("x-nextjs-cache", "STALE");
    res.end("stale");
  } else if (url.startsWith("/search")) {
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("Surrogate-Key", "articles");
    res.end("dynamic");
  } else {
    res.statusCode = 404;
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("Surrogate-Key", "articles");
    res.setHeader("x-nextjs-cache", "MISS");
    res.end("missing");
  }
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (!cache.handle(req, res)) next(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  reached.length = 0;
  cache.expire(["articles"]);
  time += 1;
  duringResponse = undefined;
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers } });

describe("the hot cache in front of Next", () => {
  it("answers a page Next served from its cache from memory, byte for byte, until a key of it expires", async () => {
    version = 1;
    const first = await get("/page");
    const second = await get("/page");
    expect(await first.text()).toBe("<html>v1</html>");
    expect(await second.text()).toBe("<html>v1</html>");
    expect(reached).toEqual(["/page"]);
    expect(second.headers.get("surrogate-key")).toBe("article:1 articles");
    expect(second.headers.get("x-accel-expires")).toBe(`@${Math.floor(time / 1000)}`);

    version = 2;
    cache.expire(["article:1"]);
    time += 1;
    expect(await (await get("/page")).text()).toBe("<html>v2</html>");
    expect(reached).toEqual(["/page", "/page"]);
  });

  it("keeps one copy per encoding, answers 304 and HEAD from it, and a 410 too", async () => {
    await get("/page");
    await get("/page", { "accept-encoding": "gzip, br" });
    await get("/gone");
    reached.length = 0;
    const gzip = await fetch(`${base}/page`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect((await get("/page", { "if-none-match": `"v${version}"` })).status).toBe(304);
    const head = await fetch(`${base}/page`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status).toBe(200);
    expect((await get("/gone")).status).toBe(410);
    expect(reached).toEqual([]);
  });

  it("never replays router requests, staff pages, stale, dynamic or missing responses", async () => {
    for (let round = 0; round < 2; round += 1) {
      await get("/page", { rsc: "1" });
      await get("/page?_rsc=abc");
      await get("/stale");
      await get("/search?q=x");
      await get("/nothing");
    }
    const once = ["/page", "/page?_rsc=abc", "/stale", "/search?q=x", "/nothing"];
    expect(reached).toEqual([...once, ...once]);
  });

  it("does not keep a response that a write overtook, and asks Next again after its lifetime", async () => {
    duringResponse = () => cache.expire(["articles"]);
    await get("/page");
    duringResponse = undefined;
    time += 1;
    await get("/page");
    expect(reached).toEqual(["/page", "/page"]);
    await get("/page");
    time += 10_000;
    await get("/page");
    expect(reached).toEqual(["/page", "/page", "/page"]);
  });
});
