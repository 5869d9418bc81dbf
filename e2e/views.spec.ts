// 阅读数: a reader's browser sends the beacon, the page stays the same cached bytes for everyone, the
// count reaches the admin's charts after a flush, and a bot's beacon is answered but not counted.
import { expect, test, type Page } from "./support/test";
import { adminSession } from "./support/accounts";
import { writeBody } from "./support/editor";

// Chromium without a window says "HeadlessChrome" in its user agent, which the bot filter refuses:
// the reader here presents the user agent of the same browser with a window.
const READER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const BOT_AGENT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

async function publishedArticle(page: Page, title: string): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(page, [`${title}的正文第一段。`]);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  if (!id) throw new Error("no article id");
  return id;
}

test("a reader's view is counted through the beacon and shows in the admin's charts; a bot's is not", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const title = `阅读数测试 ${Date.now()}`;
  const id = await publishedArticle(admin, title);

  // Readers with different browsers get the very same cached bytes: nothing per reader in the page.
  const asReader = await request.get(`/articles/${id}`, { headers: { "user-agent": READER_AGENT } });
  const asBot = await request.get(`/articles/${id}`, { headers: { "user-agent": BOT_AGENT } });
  expect(asBot.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await asBot.body()).toEqual(await asReader.body());
  expect(await asReader.text()).toContain(`data-article="${id}"`);

  const context = await browser.newContext({ userAgent: READER_AGENT });
  const reader = await context.newPage();
  const beacon = reader.waitForRequest(
    (sent) => sent.method() === "POST" && sent.url().endsWith(`/api/views?article=${id}`),
  );
  await reader.goto(`/articles/${id}`);
  await expect(reader.getByRole("heading", { name: title })).toBeVisible();
  expect((await (await beacon).response())?.status()).toBe(204);

  const bot = await request.post(`/api/views?article=${id}`, { headers: { "user-agent": BOT_AGENT } });
  expect(bot.status()).toBe(204);
  expect(bot.headers()["cache-control"]).toBe("private, no-store");
  // Bad input is refused plainly, never stored.
  const bad = await request.post("/api/views?article=abc", { headers: { "user-agent": READER_AGENT } });
  expect(bad.status()).toBe(400);

  // The flush runs every second here; the stats page is rendered per request.
  await expect(async () => {
    await admin.goto(`/admin/articles/${id}/stats`);
    await expect(admin.getByTestId("views-total")).toHaveText("累计阅读 1", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const hours = admin.getByTestId("views-hours");
  await expect(hours.getByRole("img", { name: /首次发布后 48 小时的每小时阅读数/ })).toBeVisible();
  await hours.getByText("数据表").click();
  await expect(hours.locator('td[data-views="1"]')).toHaveCount(1);
  await expect(admin.getByTestId("views-days").locator('td[data-views="1"]')).toHaveCount(1);

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
