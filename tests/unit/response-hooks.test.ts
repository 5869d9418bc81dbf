import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareResponse } from "@/lib/server/response-hooks";

const PUBLIC = "public, max-age=0, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400";
// 2026-12-01T00:00:10.400Z: the absolute expiry nginx is given is this whole second.
const NOW = Date.UTC(2026, 11, 1, 0, 0, 10, 400);

const handlers: Record<string, (res: ServerResponse) => void> = {
  // A cached page as Next sends it: headers set one by one, then the whole payload.
  "/page": (res) => {
    res.setHeader("Cache-Control", PUBLIC);
    res.setHeader("ETag", '"page-1"');
    res.end("<html>page</html>");
  },
  // A route handler: headers handed to writeHead, then the body.
  "/feed": (res) => {
    res.writeHead(200, { "Cache-Control": PUBLIC, ETag: '"feed-1"', "Content-Type": "application/rss+xml" });
    res.end("<rss/>");
  },
  // A streamed public page without a validator (search results).
  "/search": (res) => {
    res.setHeader("Cache-Control", "public, max-age=0, s-maxage=10");
    res.setHeader("Content-Type", "text/html");
    res.write("<html>");
    res.write(Buffer.from("结果"));
    res.end("</html>");
  },
  "/admin": (res) => {
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.end("<html>admin</html>");
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    prepareResponse(req, res, () => NOW);
    handlers[req.url ?? ""]?.(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the server's response hooks", () => {
  it("answer 304 without a body for a current copy, for pages and route handlers alike", async () => {
    for (const [path, etag] of [
      ["/page", '"page-1"'],
      ["/feed", '"feed-1"'],
    ] as const) {
      const full = await fetch(`${base}${path}`);
      expect(full.status).toBe(200);
      expect(full.headers.get("etag")).toBe(etag);
      const again = await fetch(`${base}${path}`, { headers: { "If-None-Match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("content-type")).toBeNull();
      expect((await fetch(`${base}${path}`, { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
    }
  });

  it("give a public response without a validator a strong ETag of its bytes", async () => {
    const first = await fetch(`${base}/search`);
    expect(await first.text()).toBe("<html>结果</html>");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("content-length")).toBe(String(Buffer.byteLength("<html>结果</html>")));
    expect((await fetch(`${base}/search`, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("tell nginx the absolute second a shared copy expires, and nothing about private responses", async () => {
    expect((await fetch(`${base}/page`)).headers.get("x-accel-expires")).toBe(`@${Math.floor(NOW / 1000)}`);
    expect((await fetch(`${base}/search`)).headers.get("x-accel-expires")).toBe(`@${Math.floor(NOW / 1000) + 9}`);
    const admin = await fetch(`${base}/admin`);
    expect(admin.headers.get("x-accel-expires")).toBeNull();
    expect(admin.headers.get("etag")).toBeNull();
    expect(await admin.text()).toBe("<html>admin</html>");
  });
});
