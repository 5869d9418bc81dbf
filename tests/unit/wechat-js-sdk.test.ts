import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { JsSdkSigner, signJsSdk } from "@/lib/wechat/js-sdk";
import { signablePageUrl, signatureResponse } from "@/lib/wechat/signature-endpoint";

// A local stand-in for WeChat's two endpoints, checking each request the way WeChat does.
const APP = { appId: "wx1234567890abcdef", appSecret: "s3cret" };
const calls: Array<{ path: string; query: Record<string, string> }> = [];
let mode: "ok" | "bad-secret" | "ticket-refused" | "not-json" = "ok";
let server: Server;
let apiUrl = "";

function answer(request: IncomingMessage): object | string {
  const url = new URL(request.url ?? "/", "http://fake");
  const query = Object.fromEntries(url.searchParams);
  calls.push({ path: url.pathname, query });
  if (mode === "not-json") return "<html>gateway</html>";
  if (url.pathname === "/cgi-bin/token") {
    if (query.grant_type !== "client_credential" || query.appid !== APP.appId)
      return { errcode: 40013, errmsg: "invalid appid" };
    if (mode === "bad-secret" || query.secret !== APP.appSecret)
      return { errcode: 40001, errmsg: "invalid credential" };
    return { access_token: `token-${calls.length}`, expires_in: 7200 };
  }
  if (url.pathname === "/cgi-bin/ticket/getticket") {
    if (mode === "ticket-refused") return { errcode: 40001, errmsg: "access_token expired" };
    if (query.type !== "jsapi" || !query.access_token?.startsWith("token-"))
      return { errcode: 40014, errmsg: "invalid access_token" };
    return { errcode: 0, errmsg: "ok", ticket: `ticket-for-${query.access_token}`, expires_in: 7200 };
  }
  return { errcode: -1, errmsg: "unknown" };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = answer(request);
    response.writeHead(200, { "Content-Type": typeof body === "string" ? "text/html" : "application/json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls.length = 0;
  mode = "ok";
});

describe("WeChat JS-SDK signature", () => {
  it("is the SHA-1 WeChat's documentation gives for its example", () => {
    expect(
      signJsSdk(
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
        "Wm3WZYTPz0wzccnW",
        1414587457,
        "http://mp.weixin.qq.com?params=value",
      ),
    ).toBe("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
  });

  it("asks for a token and a ticket once, then reuses them until shortly before they expire", async () => {
    let now = Date.parse("2026-12-01T08:00:00Z");
    const signer = new JsSdkSigner({ ...APP, apiUrl }, undefined, () => now);
    const first = await signer.sign("https://news.example.com/articles/1");
    await Promise.all([signer.sign("https://news.example.com/articles/2"), signer.sign("https://news.example.com/")]);
    expect(calls.map((call) => call.path)).toEqual(["/cgi-bin/token", "/cgi-bin/ticket/getticket"]);
    expect(first).toMatchObject({ appId: APP.appId, timestamp: Math.floor(now / 1000) });
    expect(first.signature).toBe(
      signJsSdk("ticket-for-token-1", first.nonceStr, first.timestamp, "https://news.example.com/articles/1"),
    );
    now += 7200_000 - 60_000; // within the last five minutes: renewed
    await signer.sign("https://news.example.com/articles/1");
    expect(calls.map((call) => call.path)).toEqual([
      "/cgi-bin/token",
      "/cgi-bin/ticket/getticket",
      "/cgi-bin/token",
      "/cgi-bin/ticket/getticket",
    ]);
  });

  it("forgets a token WeChat no longer takes", async () => {
    const signer = new JsSdkSigner({ ...APP, apiUrl });
    mode = "ticket-refused";
    await expect(signer.sign("https://news.example.com/")).rejects.toThrow(/ticket/);
    mode = "ok";
    await signer.sign("https://news.example.com/");
    expect(calls.map((call) => call.path)).toEqual([
      "/cgi-bin/token",
      "/cgi-bin/ticket/getticket",
      "/cgi-bin/token",
      "/cgi-bin/ticket/getticket",
    ]);
  });

  it("concurrent first requests share one ask", async () => {
    const signer = new JsSdkSigner({ ...APP, apiUrl });
    await Promise.all([1, 2, 3].map((n) => signer.sign(`https://news.example.com/articles/${n}`)));
    expect(calls).toHaveLength(2);
  });
});

describe("GET /api/wechat/signature", () => {
  const site = "https://news.example.com";
  const ask = (signer: JsSdkSigner | undefined, url: string) =>
    signatureResponse(new Request(`${site}/api/wechat/signature?url=${encodeURIComponent(url)}`), signer, site);

  it("signs this site's pages, without their fragment, and is never stored", async () => {
    const response = await ask(new JsSdkSigner({ ...APP, apiUrl }), `${site}/articles/1?from=timeline#top`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as { nonceStr: string; timestamp: number; signature: string };
    expect(body.signature).toBe(
      signJsSdk("ticket-for-token-1", body.nonceStr, body.timestamp, `${site}/articles/1?from=timeline`),
    );
  });

  it("refuses other sites' pages and nonsense, and answers 404 when no account is configured", async () => {
    const signer = new JsSdkSigner({ ...APP, apiUrl });
    for (const url of [
      "https://evil.example/articles/1",
      "javascript:alert(1)",
      "not a url",
      `${site}/${"a".repeat(3000)}`,
    ]) {
      const response = await ask(signer, url);
      expect(response.status, url).toBe(400);
    }
    expect(signablePageUrl(null, site)).toBeNull();
    expect(calls).toEqual([]);
    expect((await ask(undefined, `${site}/`)).status).toBe(404);
  });

  it("says which step WeChat refused, or that it was unreachable, and keeps nothing bad", async () => {
    mode = "bad-secret";
    const refused = await ask(new JsSdkSigner({ ...APP, apiUrl }), `${site}/`);
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ error: "wechat_refused", step: "token", errcode: 40001 });
    mode = "not-json";
    expect((await ask(new JsSdkSigner({ ...APP, apiUrl }), `${site}/`)).status).toBe(502);
    const down = new JsSdkSigner({ ...APP, apiUrl: "http://127.0.0.1:9" });
    expect(await (await ask(down, `${site}/`)).json()).toEqual({ error: "wechat_unreachable" });
    // After a refusal the next request asks again, and succeeds once WeChat does.
    const signer = new JsSdkSigner({ ...APP, apiUrl });
    mode = "bad-secret";
    expect((await ask(signer, `${site}/`)).status).toBe(502);
    mode = "ok";
    expect((await ask(signer, `${site}/`)).status).toBe(200);
  });
});
