// What shared caches may keep: every public response says public with a lifetime and a validator and
// sets no cookie; no staff response is ever cacheable. The routes come from the app directory.
import { expect, test } from "./support/test";
import { adminSession } from "./support/accounts";
import { appRoutes } from "./support/routes";
import { routeSamples } from "./support/samples";

test("public responses are cacheable by shared caches, revalidate with 304 and set no cookie", async ({ request }) => {
  const routes = appRoutes(await routeSamples(request)).filter((route) => route.audience === "public");
  expect(routes.length).toBeGreaterThan(10);
  let cached = 0;
  for (const route of routes) {
    const response = await request.get(route.url, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["set-cookie"], route.url).toBeUndefined();
    expect(response.status(), route.url).toBeLessThan(500);
    if (response.status() !== 200 || route.pattern === "/media/[...key]") continue;
    const cacheControl = headers["cache-control"] ?? "";
    expect(cacheControl, route.url).toMatch(/\bpublic\b/);
    if (route.pattern === "/robots.txt") continue;
    cached += 1;
    expect(cacheControl, route.url).toMatch(/s-maxage=\d+/);
    expect(cacheControl, route.url).toMatch(/stale-while-revalidate=\d+/);
    expect(cacheControl, route.url).toMatch(/stale-if-error=\d+/);
    expect(headers["surrogate-key"], route.url).toBeTruthy();
    const etag = headers["etag"];
    const lastModified = headers["last-modified"];
    expect(etag ?? lastModified, `${route.url} has a validator`).toBeTruthy();
    const conditional: Record<string, string> = etag
      ? { "if-none-match": etag }
      : { "if-modified-since": lastModified ?? "" };
    expect((await request.get(route.url, { headers: conditional })).status(), route.url).toBe(304);
  }
  // Home, article, listings and their older pages, feeds, sitemaps, archive, search.
  expect(cached).toBeGreaterThanOrEqual(12);
});

test("no staff, preview or API response is ever cacheable, signed in or not", async ({ browser, request }) => {
  const admin = await adminSession(browser);
  const staff = appRoutes(await routeSamples(request)).filter((route) => route.audience === "staff");
  expect(staff.length).toBeGreaterThan(15);
  for (const route of staff) {
    for (const client of [request, admin.request]) {
      const response = await client.get(route.url, { maxRedirects: 0 });
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, `${route.url} (${response.status()})`).toMatch(/no-store/);
      expect(cacheControl, route.url).not.toMatch(/\bpublic\b|s-maxage/);
    }
  }
});

test("a public page is HTML and CSS: no framework JavaScript, structured data kept", async ({ request }) => {
  for (const path of ["/", "/articles/1", "/feed.xml"]) await request.get(path);
  const html = await (await request.get("/articles/1")).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
  expect(scripts.filter((attributes) => !/application\/ld\+json|data-masthead/.test(attributes))).toEqual([]);
  expect(html).toContain('<script type="application/ld+json">');
  expect(html).not.toContain("__next_f");
});
