// What readers, feed readers and search engines get from the public site.
import Parser from "rss-parser";
import { expect, test } from "./support/test";
import { signIn } from "./support/auth";
import { E2E_BASE_URL } from "./support/config";
import { writeBody } from "./support/editor";

test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const title = `公开站点测试 ${stamp}`;
let articleId = "";

test("an editor publishes and features an article: it leads the home page and has its metadata", async ({
  page,
  request,
}) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, undefined, "/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("摘要", { exact: true }).fill("一段用于分享卡片的摘要。");
  await page.getByLabel("标签", { exact: true }).fill(`公开测试${stamp}`);
  await page.getByLabel("姓名 1").fill("陈明");
  await page.getByLabel("单位(可选) 1").fill("中华工商时报");
  await writeBody(page, [`西河鹿角${stamp}社区开展核酸检测。`]);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  articleId = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1] ?? "";
  await page.getByRole("button", { name: "推荐到首页" }).click();
  await expect(page.getByText("已推荐到首页")).toBeVisible();

  const home = await (await request.get("/")).text();
  expect(home).toMatch(new RegExp(`data-testid="lead"[^>]*>${title}<`));

  const html = await (await request.get(`/articles/${articleId}`)).text();
  expect(html).toContain(`<link rel="canonical" href="${E2E_BASE_URL}/articles/${articleId}"/>`);
  expect(html).toContain('<meta property="og:type" content="article"/>');
  // An article without a cover shares its generated card (lib/seo/article-card.ts).
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  expect(html).toMatch(
    new RegExp(`<meta property="og:image" content="${E2E_BASE_URL}/articles/${articleId}/cards/1200x630\\.png\\?v=`),
  );
  expect(html).toContain('<meta name="description" content="一段用于分享卡片的摘要。"/>');
  for (const type of ["application/rss+xml", "application/atom+xml", "application/feed+json"])
    expect(html).toContain(`type="${type}"`);
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}") as Record<
    string,
    unknown
  >;
  expect(jsonLd).toMatchObject({
    "@type": "NewsArticle",
    headline: title,
    author: [{ "@type": "Person", name: "陈明" }],
  });
});

test("feeds in three formats parse, carry the article, and answer 304 when nothing changed", async ({ request }) => {
  const parser = new Parser();
  for (const path of ["/feed.xml", "/atom.xml"]) {
    const response = await request.get(path);
    const feed = await parser.parseString(await response.text());
    expect(feed.items.map((item) => item.title)).toContain(title);
    const etag = response.headers()["etag"] ?? "";
    expect(etag).not.toBe("");
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  }
  const json = (await (await request.get("/feed.json")).json()) as { items: Array<{ title: string }> };
  expect(json.items.map((item) => item.title)).toContain(title);
  const tagFeed = await parser.parseString(
    await (await request.get(`/tags/${encodeURIComponent(`公开测试${stamp}`)}/atom.xml`)).text(),
  );
  expect(tagFeed.items.map((item) => item.title)).toEqual([title]);
  expect((await request.get("/tags/no-such-tag/feed.xml")).status()).toBe(404);
});

test("search finds it by a two-character word in the body, highlighted", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(`鹿角${stamp}`)}`);
  await expect(page.getByTestId("search-total")).toHaveText("共找到 1 篇");
  await expect(
    page
      .getByTestId("search-hit")
      .locator("mark")
      .filter({ hasText: /^鹿角$/ }),
  ).toBeVisible();
  await page.getByTestId("search-hit").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("sitemaps and robots.txt list what search engines may crawl", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  const chunk = /<loc>http:\/\/127\.0\.0\.1:\d+(\/sitemaps\/articles\/\d+\.xml)<\/loc>/.exec(index)?.[1];
  expect(index).toContain("/sitemaps/news.xml");
  expect(chunk).toBeDefined();
  expect(await (await request.get(chunk ?? "")).text()).toContain(`/articles/${articleId}</loc>`);
  expect(await (await request.get("/sitemaps/news.xml")).text()).toContain(`<news:title>${title}</news:title>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain(`Sitemap: ${E2E_BASE_URL}/sitemap.xml`);
});

test("the date archive lists the day's articles", async ({ page }) => {
  await page.goto("/archive/2022/08/05");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年8月5日");
  await expect(page.getByRole("link", { name: "成都市龙泉驿区工商联同心战“疫”共克时艰", exact: true })).toBeVisible();
  expect((await page.goto("/archive/2022/13"))?.status()).toBe(404);
});

test("a retracted article answers 410 with the notice and disappears from lists, feeds and search", async ({
  page,
  request,
}) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, undefined, `/admin/articles/${articleId}`);
  await page.getByLabel("撤稿说明").fill("经核实,报道中的数据有误。");
  await page.getByRole("button", { name: "撤稿" }).click();
  await expect(page.getByText("本文已撤稿。")).toBeVisible();

  const response = await request.get(`/articles/${articleId}`);
  expect(response.status()).toBe(410);
  const html = await response.text();
  expect(html).toContain("本文已撤稿");
  expect(html).toContain("经核实,报道中的数据有误。");
  expect(await (await request.get("/")).text()).not.toContain(title);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(title);
  expect(await (await request.get(`/search?q=${encodeURIComponent(`鹿角${stamp}`)}`)).text()).toContain("共找到 0 篇");
  expect((await request.get("/articles/987654321")).status()).toBe(404);
});
