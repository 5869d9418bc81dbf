// Share cards everywhere readers share: Google's article rich results, X, Facebook (and the many that
// read Open Graph), and WeChat's in-app browser without its JS-SDK. Checked with
// structured-data-testing-tool's presets on the served pages, and the generated card as an image.
import type { APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./support/test";
import { adminSession } from "./support/accounts";
import { writeBody } from "./support/editor";
import { shareCardVerdict } from "./support/structured-data";

const meta = (html: string, property: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${property.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`).exec(html)?.[1];

const jsonLd = (html: string): Record<string, unknown> =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}") as Record<
    string,
    unknown
  >;

const local = (url: string) =>
  new URL(url.replace(/&amp;/g, "&")).pathname + new URL(url.replace(/&amp;/g, "&")).search;

async function expectAllPresetsPass(html: string) {
  const verdict = await shareCardVerdict(html);
  expect(verdict.failed).toEqual([]);
  expect(verdict.passed).toBeGreaterThanOrEqual(25);
}

async function png(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  const info = await sharp(body).metadata();
  return { response, body, size: `${info.format} ${info.width}x${info.height}` };
}

test("an article without a cover is shared with its generated card: every preset passes", async ({ page, request }) => {
  const html = await (await request.get("/articles/1")).text();
  await expectAllPresetsPass(html);
  // The check can fail: the same page without its share image fails Google's, X's and Facebook's tests.
  const imageless = html
    .replace(/<meta (?:property|name)="(?:og|twitter):image[^>]*>/g, "")
    .replace(/"image":\[[^\]]*\],/, "");
  expect((await shareCardVerdict(imageless)).failed.length).toBeGreaterThanOrEqual(4);

  expect(meta(html, "og:site_name")).toBe("Masthead");
  expect(meta(html, "og:locale")).toBe("zh_CN");
  expect(meta(html, "og:type")).toBe("article");
  expect(meta(html, "twitter:card")).toBe("summary_large_image");
  expect(meta(html, "twitter:site")).toBe("@masthead_news");
  const image = meta(html, "og:image") ?? "";
  expect(image).toMatch(/\/articles\/1\/cards\/1200x630\.png\?v=[\w-]+$/);
  expect(meta(html, "twitter:image")).toBe(image);
  expect(meta(html, "og:image:width")).toBe("1200");
  expect(meta(html, "og:image:height")).toBe("630");
  expect(meta(html, "og:image:type")).toBe("image/png");
  expect(meta(html, "og:image:alt")).toBe(meta(html, "og:title"));

  // The card itself: a 1200×630 PNG, cached like the page and revalidated with 304.
  const card = await png(request, local(image));
  expect(card.size).toBe("png 1200x630");
  const headers = card.response.headers();
  expect(headers["cache-control"]).toMatch(/\bpublic\b.*s-maxage=\d+/);
  expect(headers["surrogate-key"]).toContain("article:1");
  expect(headers["etag"]).toBeTruthy();
  expect((await request.get(local(image), { headers: { "if-none-match": headers["etag"] ?? "" } })).status()).toBe(304);
  // Rendered once: the next reader gets the very same bytes from the cache.
  const again = await png(request, local(image));
  expect(again.response.headers()["etag"]).toBe(headers["etag"]);
  expect(again.response.headers()["x-nextjs-cache"]).toBe("HIT");

  // Google's three ratios in the JSON-LD, each the size it says.
  const images = jsonLd(html).image as Array<{ url: string; width: number; height: number }>;
  expect(images.map((entry) => `${entry.width}x${entry.height}`)).toEqual(["1200x675", "1200x900", "1200x1200"]);
  for (const entry of images)
    expect((await png(request, local(entry.url))).size).toBe(`png ${entry.width}x${entry.height}`);

  // WeChat: title, description, and a square of at least 300×300 first in the page, never shown.
  await page.goto("/articles/1");
  const wechat = page.getByTestId("wechat-share");
  await expect(wechat).toBeHidden();
  await expect(wechat.locator('meta[itemprop="name"]')).toHaveAttribute("content", meta(html, "og:title") ?? "");
  await expect(wechat.locator('meta[itemprop="image"]')).toHaveAttribute("content", /\/cards\/600x600\.png/);
  await expect(page.locator("img").first()).toHaveAttribute("src", /\/articles\/1\/cards\/600x600\.png\?v=/);
  // Loaded last, never preloaded ahead of the article's own styles and text.
  await expect(page.locator("img").first()).toHaveAttribute("fetchpriority", "low");
  expect(html).not.toMatch(/<link[^>]*rel="preload"[^>]*cards\/600x600/);
  await expect
    .poll(() =>
      page
        .locator("img")
        .first()
        .evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`),
    )
    .toBe("600x600");
  expect(html).toMatch(/<meta name="description" content="[^"]+"/);
});

test("an article with a cover is shared with the cover; a draft has no card, and a new headline a new card", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const editor = await adminSession(browser);
  const stamp = Date.now();
  const fileName = `share-${stamp}.jpg`;
  const alt = `社区志愿者在核酸检测点 ${stamp}`;
  const pixels = Buffer.alloc(1600 * 1000 * 3, 120);
  await editor.getByRole("link", { name: "图片库" }).click();
  await editor.getByLabel("上传图片", { exact: true }).setInputFiles({
    name: fileName,
    mimeType: "image/jpeg",
    buffer: await sharp(pixels, { raw: { width: 1600, height: 1000, channels: 3 } })
      .jpeg()
      .toBuffer(),
  });
  await expect(editor).toHaveURL(/\/admin\/media\/\d+\?notice=uploaded/);
  await editor.getByLabel("替代文字(alt)").fill(alt);
  await editor.getByRole("button", { name: "保存" }).click();
  await expect(editor.getByText("图片信息已保存")).toBeVisible();

  const title = `社区防疫有了新帮手 ${stamp}`;
  await editor.goto("/admin/articles/new");
  await editor.getByLabel("标题", { exact: true }).fill(title);
  await editor.getByLabel("姓名 1").fill("陈明");
  await writeBody(editor, ["志愿者们连续三天坚守核酸检测点。"]);
  await editor.getByRole("button", { name: "选择封面图片" }).click();
  const covers = editor.getByTestId("media-browser");
  await covers.getByLabel("搜索图片库").fill(String(stamp));
  await covers.getByRole("button", { name: "搜索" }).click();
  await covers.getByRole("button", { name: `选择图片 ${fileName}` }).click();
  await editor.getByRole("button", { name: "保存草稿" }).click();
  await expect(editor.getByRole("status")).toHaveText("已保存");
  const id = /\/admin\/articles\/(\d+)/.exec(editor.url())?.[1] ?? "";
  expect(id).not.toBe("");

  // Unpublished: no card, in any size; nor for an article that does not exist.
  expect((await request.get(`/articles/${id}/cards/1200x630.png`)).status()).toBe(404);
  expect((await request.get(`/articles/${id}/cards/600x600.png`)).status()).toBe(404);
  expect((await request.get("/articles/99999999/cards/1200x630.png")).status()).toBe(404);
  expect((await request.get("/articles/1/cards/1x1.png")).status()).toBe(404);

  await editor.getByRole("button", { name: "发布", exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText("已发布");

  const html = await (await request.get(`/articles/${id}`)).text();
  await expectAllPresetsPass(html);
  // The cover's copy about 1280 wide, with its size and words; the JSON-LD names the same file.
  const image = meta(html, "og:image") ?? "";
  expect(image).toMatch(/\/media\/[0-9a-f]{24}\/[^"]*1280[^"]*$/);
  expect(meta(html, "og:image:width")).toBe("1280");
  expect(meta(html, "og:image:height")).toBe("800");
  expect(meta(html, "og:image:alt")).toBe(alt);
  expect(meta(html, "twitter:image")).toBe(image);
  expect((jsonLd(html).image as Array<{ url: string }>)[0]?.url).toBe(image);

  // Published, the card exists (WeChat's square still uses it); a new headline renders a new one.
  const first = await png(request, `/articles/${id}/cards/600x600.png`);
  expect(first.size).toBe("png 600x600");
  await editor.getByLabel("标题", { exact: true }).fill(`${title} 续`);
  await editor.getByRole("button", { name: "保存并更新" }).click();
  await expect(editor.getByRole("status")).toHaveText("已保存");
  const renamed = await png(request, `/articles/${id}/cards/600x600.png`);
  expect(renamed.response.headers()["etag"]).not.toBe(first.response.headers()["etag"]);
  expect(renamed.body.equals(first.body)).toBe(false);
  const updated = await (await request.get(`/articles/${id}`)).text();
  expect(/\/cards\/600x600\.png\?v=([\w-]+)/.exec(updated)?.[1]).not.toBe(
    /\/cards\/600x600\.png\?v=([\w-]+)/.exec(html)?.[1],
  );
});

test("home and section pages carry the site's share card", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const section = /href="(\/sections\/[^"]+)"/.exec(home)?.[1] ?? "";
  for (const path of ["/", section]) {
    const html = await (await request.get(path)).text();
    expect(meta(html, "og:site_name"), path).toBe("Masthead");
    expect(meta(html, "og:locale"), path).toBe("zh_CN");
    expect(meta(html, "og:image"), path).toMatch(/\/logo\.png$/);
    expect(meta(html, "og:image:alt"), path).toBe("Masthead");
    expect(meta(html, "twitter:card"), path).toBe("summary");
    expect(meta(html, "twitter:site"), path).toBe("@masthead_news");
    expect(meta(html, "og:title"), path).toBeTruthy();
  }
});
