// 阅读数 in the default mode (VIEWS_SOURCE=server): the server counts the article requests it answers
// itself, with no script and no second request; the page stays the same cached bytes for everyone, the
// count reaches the admin's charts after a flush, and a bot's request is answered but not counted.
import { expect, test } from "./support/test";
import { adminSession } from "./support/accounts";
import { draftThenPublish } from "./support/editor";

// Chromium without a window says "HeadlessChrome" in its user agent, which the bot filter refuses:
// the reader here presents the user agent of the same browser with a window.
const READER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const OTHER_READER_AGENT =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
const HEADLESS_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";
const BOT_AGENT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

test("a reader's page request is counted and shows in the admin's charts; a bot's is not; the page is the same bytes", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const title = `阅读数测试 ${Date.now()}`;
  const id = await draftThenPublish(admin, title);

  // Bots first: a crawler, a headless browser, a prefetch and a HEAD are answered, never counted.
  const asBot = await request.get(`/articles/${id}`, { headers: { "user-agent": BOT_AGENT } });
  expect(asBot.status()).toBe(200);
  const notReads: Array<Record<string, string>> = [
    { "user-agent": HEADLESS_AGENT },
    { "user-agent": READER_AGENT, "sec-purpose": "prefetch" },
    { "user-agent": READER_AGENT, rsc: "1", "next-router-prefetch": "1" },
  ];
  for (const headers of notReads) {
    expect((await request.get(`/articles/${id}`, { headers })).status()).toBe(200);
  }
  expect((await request.head(`/articles/${id}`, { headers: { "user-agent": READER_AGENT } })).status()).toBe(200);

  // A reader in a real browser, without any script to run for it.
  const context = await browser.newContext({ userAgent: READER_AGENT });
  const reader = await context.newPage();
  const sent: string[] = [];
  reader.on("request", (one) => sent.push(one.url()));
  await reader.goto(`/articles/${id}`);
  await expect(reader.getByRole("heading", { name: title })).toBeVisible();
  expect(sent.filter((url) => url.includes("/api/views") || url.endsWith("/views.js"))).toEqual([]);

  // A second reader (another browser) gets the very same cached bytes: nothing per reader in the page,
  // and no views script in it.
  const second = await request.get(`/articles/${id}`, { headers: { "user-agent": OTHER_READER_AGENT } });
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await second.body()).toEqual(await asBot.body());
  expect(await second.text()).not.toContain("views.js");
  // The beacon is not this mode's: its address says so, never stored.
  const beacon = await request.post(`/api/views?article=${id}`, { headers: { "user-agent": READER_AGENT } });
  expect(beacon.status()).toBe(404);
  expect(beacon.headers()["cache-control"]).toBe("private, no-store");

  // The flush runs every second here; the stats page is rendered per request.
  await expect(async () => {
    await admin.goto(`/admin/articles/${id}/stats`);
    await expect(admin.getByTestId("views-total")).toHaveText("累计阅读 2", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const hours = admin.getByTestId("views-hours");
  await expect(hours.getByRole("img", { name: /首次发布后 48 小时的每小时阅读数/ })).toBeVisible();
  await hours.getByText("数据表").click();
  await expect(hours.locator('td[data-views="2"]')).toHaveCount(1);
  await expect(admin.getByTestId("views-days").locator('td[data-views="2"]')).toHaveCount(1);

  // The edit screen links to the stats, and the dashboard ranks the article.
  await admin.goto(`/admin/articles/${id}`);
  await expect(admin.getByRole("link", { name: "阅读数据" })).toHaveAttribute("href", `/admin/articles/${id}/stats`);
  await admin.goto("/admin?days=1");
  await expect(admin.getByTestId("top-articles").getByRole("link", { name: title })).toBeVisible();

  // Readers see it in 热门 on the home page, without JavaScript, once the lists are refreshed.
  const plain = await browser.newContext({ javaScriptEnabled: false, userAgent: READER_AGENT });
  const home = await plain.newPage();
  await expect(async () => {
    await home.goto("/");
    await expect(home.getByTestId("popular-day").getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(home.getByRole("heading", { name: "热门" })).toBeVisible();
  await plain.close();
  await context.close();
});
