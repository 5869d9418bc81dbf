// Issue 9 §4: every route family answers with its security headers, signed in or not. Staff screens,
// sign-in and previews carry a nonce of their own on every response, on every script of the page;
// public pages carry one static policy under which they run no inline script, the same on the first
// (rendering) response as on a replay from the caches.
import type { APIResponse } from "@playwright/test";
import { adminSession } from "./support/accounts";
import { appRoutes } from "./support/routes";
import { routeSamples } from "./support/samples";
import { expect, test } from "./support/test";

const REQUIRED = [
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
];

function directive(csp: string, name: string): string {
  return (
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ""
  );
}

function expectSecurityHeaders(response: APIResponse, label: string, audience: "public" | "staff") {
  const headers = response.headers();
  for (const name of REQUIRED) expect(headers[name], `${label}: ${name}`).toBeTruthy();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\)/);
  const csp = headers["content-security-policy"] ?? "";
  // The media route sends its own, stricter policy: sandboxed, nothing at all may load or run.
  if (label.startsWith("/media/")) {
    expect(csp, label).toMatch(/^default-src 'none';.*\bsandbox\b/);
    return;
  }
  const scripts = directive(csp, "script-src");
  expect(scripts, `${label}: script-src`).toBeTruthy();
  expect(scripts, `${label}: no unsafe-inline script`).not.toContain("'unsafe-inline'");
  expect(directive(csp, "object-src"), label).toBe("object-src 'none'");
  if (audience === "staff") {
    expect(directive(csp, "frame-ancestors"), label).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"], label).toBe("DENY");
  } else {
    expect(directive(csp, "frame-ancestors"), label).toBe("frame-ancestors 'self'");
    expect(headers["x-frame-options"], label).toBe("SAMEORIGIN");
    expect(scripts, `${label}: public pages are cached, so no nonce`).toBe("script-src 'self'");
  }
}

const nonceOf = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("every route of every family answers with its security headers, anonymous and signed in", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const routes = appRoutes(await routeSamples(request));
  expect(routes.length).toBeGreaterThan(30);
  for (const route of routes) {
    for (const [who, client] of [
      ["anonymous", request],
      ["admin", admin.request],
    ] as const) {
      const response = await client.get(route.url, { maxRedirects: 0 });
      expectSecurityHeaders(response, `${route.url} (${who}, ${response.status()})`, route.audience);
    }
  }
  // Addresses no route has, and static files, too.
  for (const url of ["/no/such/address/at/all", "/logo.svg", "/favicon.ico", "/admin/no-such-screen"]) {
    const response = await admin.request.get(url, { maxRedirects: 0 });
    expectSecurityHeaders(response, `${url} (${response.status()})`, url.startsWith("/admin") ? "staff" : "public");
  }
  await admin.context().close();
});

test("staff pages get a fresh nonce on every response, on each of their scripts", async ({ browser }) => {
  const admin = await adminSession(browser);
  for (const url of ["/admin", "/admin/articles/new", "/account", "/login"]) {
    const first = await admin.request.get(url, { maxRedirects: 0 });
    const second = await admin.request.get(url, { maxRedirects: 0 });
    const nonce = nonceOf(first);
    expect(nonce, url).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second), url).not.toBe(nonce);
    if (first.status() !== 200) continue;
    const scripts = [...(await first.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(scripts.length, url).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes, `${url}: ${attributes}`).toContain(`nonce="${nonce}"`);
  }
  await admin.context().close();
});

test("a client cannot choose the nonce: a CSP request header is ignored", async ({ request }) => {
  const chosen = "AAAAAAAAAAAAAAAAAAAAAA==";
  const headers = { "Content-Security-Policy": `script-src 'nonce-${chosen}'`, "X-Nonce": chosen };
  const login = await request.get("/login", { headers });
  expect(nonceOf(login)).not.toBe(chosen);
  expect(await login.text()).not.toContain(chosen);
  const home = await request.get("/", { headers });
  expect(await home.text()).not.toContain(chosen);
});

test("a public page's first response and its replays from the caches carry the same headers", async ({ request }) => {
  const { section } = await routeSamples(request);
  // A cursor no one has asked for yet: its first request renders (a miss), the next ones are replays.
  const cursor = `${Date.parse("2100-01-01T00:00:00Z") + Math.floor(Math.random() * 1e9)}-1`;
  const url = `/sections/${encodeURIComponent(section)}?before=${cursor}`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const replays = [await request.get(url), await request.get(url)];
  for (const replay of replays) expect(replay.headers()["x-nextjs-cache"]).toBe("HIT");
  const security = (response: APIResponse) =>
    Object.fromEntries([...REQUIRED, "cross-origin-opener-policy"].map((name) => [name, response.headers()[name]]));
  for (const replay of replays) expect(security(replay)).toEqual(security(first));
  expectSecurityHeaders(first, url, "public");
  // Under script-src 'self' nothing inline may be left to run: only JSON-LD data blocks and files.
  for (const response of [first, ...replays, await request.get("/search?q=%E5%B7%A5%E5%95%86")]) {
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes = "", body = ""]) => !/\bsrc=|application\/ld\+json/.test(attributes) && body.trim() !== "",
    );
    expect(inline.map(([tag]) => tag.slice(0, 120))).toEqual([]);
  }
});

test("pages in the browser: the admin's scripts run under its policy, public pages run none of Next's", async ({
  browser,
  page,
}) => {
  // The shared test fails on any CSP violation the console reports; here the pages are also used.
  const admin = await adminSession(browser);
  await admin.goto("/admin/articles/new");
  await expect(admin.getByRole("textbox").first()).toBeEditable();
  await page.goto("/");
  await page.goto("/search?q=%E5%B7%A5%E5%95%86");
  await expect(page.getByRole("search").first()).toBeVisible();
  await admin.context().close();
});
