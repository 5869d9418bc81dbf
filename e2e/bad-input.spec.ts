// Issue 9 §5: bad input never gets a 500 and never changes anything. Every route of the app directory
// (public ones anonymously, staff ones signed in as an admin) is asked with a corpus of bad values in
// each of its parameters and in the query strings the pages read; the content (the admin's export, the
// audit log's newest entry) must be the same afterwards.
//
// An e2e spec rather than an integration test: the findings were in the layers a unit of code does not
// see — Next's router decoding a parameter, rewrites of `?before=`, the proxy, the hot cache — so the
// production server is asked over HTTP exactly as an attacker would.
import type { APIRequestContext } from "@playwright/test";
import { adminSession } from "./support/accounts";
import { appRoutes, sample, type Route, type Samples } from "./support/routes";
import { routeSamples } from "./support/samples";
import { expect, test } from "./support/test";

const LONG = "x".repeat(10 * 1024);

/** Path segments, as they would appear in an address (already percent-encoded where they are encoded). */
const BAD_SEGMENTS = [
  "0",
  "-1",
  "2147483648",
  "99999999999",
  "99999999999999999999999",
  "1.5",
  "1e3",
  "0x10",
  "abc",
  "%FF",
  "%00",
  "%25",
  "%2F..%2F",
  "%E4%B8",
  "%3Cscript%3E",
  "constructor",
  "__proto__",
  LONG,
];

/** Query strings the pages read (or might): out of range, malformed, repeated, prototype names, long. */
const BAD_QUERIES = [
  "before=1-2147483648",
  "before=99999999999999999-1",
  "before=999999999999999-1",
  "before=-1--1",
  "before=%FF",
  "before=1-1&before=2-2",
  "notice=constructor",
  "notice=__proto__",
  "notice=toString",
  "notice=a&notice=b",
  "error=1&code=constructor",
  "error=1&code=__proto__",
  "callbackUrl=%FF",
  "callbackUrl=a&callbackUrl=b",
  "q=%00",
  "q=1&q=2",
  `q=${LONG}`,
  "section=__proto__&from=9999-99-99&to=0000-00-00",
  "section=2147483648&author=99999999999",
  "section=-1&author=abc",
  "q=%00%01&page=1",
  "page=99999999999",
  "page=-1",
  "compare=99999999999",
  "a=2147483648&b=abc",
  "a=1&a=2&b=1&b=2",
  "role=__proto__&status=constructor",
  "status=1&status=2",
  "__proto__[x]=1&constructor[prototype][x]=1",
];

function urlWith(route: Route, samples: Samples, index: number, value: string): string {
  const segments = route.pattern.split("/").filter(Boolean);
  const url = segments
    .map((segment, at) =>
      at === index ? value : segment.startsWith("[") ? sample(segment, segments[at - 1], samples) : segment,
    )
    .filter((segment) => segment !== "");
  return `/${url.join("/")}`;
}

/** Every address of the walk for these routes: each parameter replaced by each bad value, then each bad query. */
function badAddresses(routes: Route[], samples: Samples): string[] {
  const addresses = new Set<string>();
  for (const route of routes) {
    route.pattern
      .split("/")
      .filter(Boolean)
      .forEach((segment, index) => {
        if (!segment.startsWith("[")) return;
        for (const value of BAD_SEGMENTS) addresses.add(urlWith(route, samples, index, value));
      });
    if (route.kind === "page") for (const query of BAD_QUERIES) addresses.add(`${route.url}?${query}`);
  }
  return [...addresses];
}

async function walk(client: APIRequestContext, addresses: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const address of addresses) {
    const response = await client.get(address, { maxRedirects: 0 });
    if (response.status() >= 500) failures.push(`${response.status()} ${address.slice(0, 200)}`);
  }
  return failures;
}

/** What must not change: all content, and the audit log's newest entry. */
async function snapshot(admin: APIRequestContext): Promise<string> {
  const exported = (await (await admin.get("/admin/export.json")).json()) as Record<string, unknown>;
  delete exported.exportedAt;
  const audit = await (await admin.get("/admin/audit")).text();
  const newest = /data-testid="audit-row"[^>]*>([\s\S]*?)<\/tr>/.exec(audit)?.[1] ?? "";
  expect(newest, "the audit log shows its newest entry").not.toBe("");
  return JSON.stringify({ exported, newest });
}

test.describe.configure({ timeout: 15 * 60_000 });

test("no bad value in any parameter or query string gets a 5xx or changes anything", async ({ browser, request }) => {
  const admin = await adminSession(browser);
  const samples = await routeSamples(request);
  const routes = appRoutes(samples);
  const before = await snapshot(admin.request);

  const publicAddresses = badAddresses(
    routes.filter((route) => route.audience === "public"),
    samples,
  );
  const staffAddresses = badAddresses(
    routes.filter((route) => route.audience === "staff"),
    samples,
  );
  expect(publicAddresses.length).toBeGreaterThan(300);
  expect(staffAddresses.length).toBeGreaterThan(300);
  const failures = [
    ...(await walk(request, publicAddresses)),
    ...(await walk(admin.request, staffAddresses)),
    // Staff addresses anonymously too: the proxy and the sign-in redirect see them first.
    ...(await walk(request, staffAddresses)),
  ];
  expect(failures).toEqual([]);
  expect(await snapshot(admin.request)).toBe(before);
  await admin.context().close();
});

test("the addresses of issue 9's findings answer 404, never 500 or the sign-in page", async ({ browser, request }) => {
  const { section, tag } = await routeSamples(request);
  for (const address of [
    "/people/99999999999",
    "/articles/2147483648",
    "/articles/abc",
    "/articles/0",
    "/articles/-1",
    "/tags/%FF",
    "/sections/%25/feed.xml",
    "/sitemaps/articles/999999999.xml",
    `/sections/${encodeURIComponent(section)}?before=1-2147483648`,
    `/tags/${encodeURIComponent(tag)}?before=1-2147483648`,
  ]) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBeLessThan(500);
    // A reader is never sent to the staff's sign-in page.
    expect(response.headers()["location"] ?? "", address).not.toContain("/login");
    expect([400, 404], address).toContain(response.status());
  }
  const admin = await adminSession(browser);
  for (const address of [
    "/admin/articles/2147483648",
    "/admin/articles/99999999999/history",
    "/admin/media/2147483648",
  ]) {
    expect((await admin.request.get(address)).status(), address).toBe(404);
  }
  for (const address of ["/admin/articles?notice=constructor", "/admin/media?notice=__proto__"]) {
    expect((await admin.request.get(address)).status(), address).toBe(200);
  }
  await admin.context().close();
});

test("bad bodies to the upload endpoint are refused with a message; the revalidate endpoint is gone", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const origin = new URL(admin.url()).origin;
  const headers = { origin };
  const bodies: Array<Parameters<APIRequestContext["post"]>[1]> = [
    { multipart: { other: "x" } },
    { multipart: { file: "not an image", extra: "1" } },
    { data: "{}", headers: { ...headers, "content-type": "application/json" } },
    { data: "--x\r\n", headers: { ...headers, "content-type": "multipart/form-data; boundary=x" } },
    { data: "", headers: { ...headers, "content-type": "text/plain" } },
  ];
  for (const body of bodies) {
    const response = await admin.request.post("/api/media", { headers, ...body });
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBeLessThan(500);
  }
  // Caches are expired in-process by the scheduler and the services; no endpoint accepts that from outside.
  for (const path of ["/api/revalidate", "/api/internal/revalidate"]) {
    expect((await request.post(path, { data: "{}" })).status(), path).toBe(404);
  }
  await admin.context().close();
});
