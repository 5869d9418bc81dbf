// Issue 9 §4: the security headers of both audiences, as lib/security/headers.ts makes them, and the
// proxy that gives each staff response its own nonce and hands it to Next.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { audienceOf, contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";
import { proxy } from "@/proxy";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe("security headers", () => {
  it("public pages: one static policy, scripts only from this site, framed only by itself", () => {
    const csp = contentSecurityPolicy("site", { https: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'none'");
    expect(csp).not.toMatch(/nonce-|unsafe-eval/);
    // The same for every request: cacheable.
    expect(contentSecurityPolicy("site", { https: false })).toBe(csp);
  });

  it("staff pages: the response's nonce and no unsafe-inline script, never framed", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy("staff", { https: false, nonce });
    const scripts = directive(csp, "script-src") ?? "";
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    // Without a nonce (an API answer) nothing may run at all.
    expect(directive(contentSecurityPolicy("staff", { https: false }), "script-src")).toBe("script-src 'none'");
  });

  it("nonces are 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it.each(["site", "staff"] as const)(
    "%s: nosniff, referrer, permissions and frame options; HSTS only on https",
    (audience) => {
      const plain = securityHeaders(audience, { https: false });
      expect(plain["X-Content-Type-Options"]).toBe("nosniff");
      expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(plain["Permissions-Policy"]).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(plain["X-Frame-Options"]).toBe(audience === "staff" ? "DENY" : "SAMEORIGIN");
      expect(plain["X-XSS-Protection"]).toBe("0");
      expect(plain["Strict-Transport-Security"]).toBeUndefined();
      const secure = securityHeaders(audience, { https: true });
      expect(secure["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    },
  );

  it("an S3 public URL is allowed for images, by origin only", () => {
    const csp = contentSecurityPolicy("site", { https: true, mediaOrigin: "https://img.example.com/bucket/" });
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: https://img.example.com");
  });

  it.each([
    ["/", "site"],
    ["/articles/1", "site"],
    ["/search", "site"],
    ["/administrator", "site"],
    ["/admin", "staff"],
    ["/admin/articles/1", "staff"],
    ["/account/two-factor", "staff"],
    ["/login", "staff"],
    ["/preview/x", "staff"],
    ["/api/media", "staff"],
  ] as const)("%s is %s", (path, audience) => {
    expect(audienceOf(path)).toBe(audience);
  });
});

describe("the proxy", () => {
  const run = (path: string, cookie?: string) =>
    proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: cookie ? { cookie } : {} }));

  it("gives each staff response a fresh nonce, in the response's policy and in the request Next renders", () => {
    const first = run("/login");
    const second = run("/login");
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    // NextResponse.next({ request: { headers } }) carries the overridden request headers like this.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("still sends an anonymous visitor of the admin to sign in, with the headers", () => {
    const response = run("/admin/articles");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/login?callbackUrl=%2Fadmin%2Farticles");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(run("/admin", "masthead.session=x").status).toBe(200);
  });
});

describe("default headers on the server's responses", () => {
  it("are added where a response set none, and never replace its own", async () => {
    const { createServer } = await import("node:http");
    const { withDefaultHeaders } = await import("@/lib/server/default-headers");
    const defaults = securityHeaders("site", { https: false });
    const server = createServer((req, res) => {
      withDefaultHeaders(res, defaults);
      if (req.url === "/own") res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
      if (req.url === "/head") res.writeHead(200, { "Content-Security-Policy": "default-src 'none'" });
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const plain = await fetch(`${base}/`);
      for (const [name, value] of Object.entries(defaults)) expect(plain.headers.get(name)).toBe(value);
      const own = await fetch(`${base}/own`);
      expect(own.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(own.headers.get("x-content-type-options")).toBe("nosniff");
      expect((await fetch(`${base}/head`)).headers.get("content-security-policy")).toBe("default-src 'none'");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
