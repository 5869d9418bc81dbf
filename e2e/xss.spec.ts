// Everything a writer can type is inert on the public page, in the feed and in the admin.
import { expect, test, type Page } from "./support/test";
import { xssPayloads } from "../tests/fixtures/xss-payloads";
import { signIn } from "./support/auth";
import { writeBody } from "./support/editor";

// A sample of the corpus for the browser (the unit tests run all of it through the renderer).
const SAMPLE = xssPayloads.filter((_, index) => index % 6 === 0).map((entry) => entry.payload);
const MARK = "__xss_fired__";

function armTrap(page: Page, fired: string[]) {
  page.on("dialog", async (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return page.addInitScript((mark) => {
    Object.defineProperty(window, "alert", {
      value: () => ((window as unknown as Record<string, boolean>)[mark] = true),
    });
  }, MARK);
}

test("payloads in every text field run nowhere: public page, feed, admin editor and history", async ({
  page,
  request,
}) => {
  const fired: string[] = [];
  await armTrap(page, fired);
  await signIn(page, undefined, "/admin/articles/new");
  // The summary holds at most 500 characters.
  const payload = SAMPLE.join(" ").slice(0, 500);
  const stamp = Date.now();
  const title = `XSS ${stamp} <img src=x onerror=alert(1)>`;
  await page.getByLabel("引题", { exact: true }).fill(SAMPLE[0] ?? "");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("副题", { exact: true }).fill(SAMPLE[1] ?? "");
  await page.getByLabel("摘要", { exact: true }).fill(payload);
  await page.getByLabel("来源", { exact: true }).fill(SAMPLE[2] ?? "");
  await page.getByLabel("标签", { exact: true }).fill("<svg onload=alert(1)>,正常标签");
  await page.getByLabel("姓名 1").fill("<b onmouseover=alert(1)>陈明");
  await page.getByLabel("单位(可选) 1").fill("<script>alert(1)</script>");
  await writeBody(page, [...SAMPLE.slice(0, 6), { h2: "<img src=x onerror=alert(1)>" }, "结尾。"]);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];

  for (const path of [
    `/articles/${id}`,
    "/",
    `/admin/articles/${id}`,
    `/admin/articles/${id}/history`,
    `/admin/articles/${id}/preview`,
    "/admin/articles",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.mouse.move(200, 300);
    await expect(page.locator("main").first()).toBeVisible();
    expect(
      await page.evaluate((mark) => (window as unknown as Record<string, boolean>)[mark] === true, MARK),
      path,
    ).toBe(false);
    // No element the payloads describe came to life.
    expect(
      await page
        .locator(
          // JSON-LD is data, not script (and its "<" are escaped); anything else executable is an injection.
          'main script:not([type="application/ld+json"]), main [onerror], main [onload], main [onclick], main [onmouseover], main iframe, main svg[onload]',
        )
        .count(),
      path,
    ).toBe(0);
  }
  expect(fired).toEqual([]);

  const feed = await (await request.get("/feed.xml")).text();
  const item = feed.split("<item>").find((entry) => entry.includes(`XSS ${stamp}`)) ?? "";
  expect(item).not.toBe("");
  const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? "";
  expect(content).not.toMatch(/<(script|img|svg|iframe)\b/i);
  // An event handler inside a real tag; escaped text that merely mentions one is harmless.
  expect(content).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(item).toContain("&lt;img src=x onerror=alert(1)&gt;");
});

test("payloads in tables, pull quotes, fact boxes and video captions run nowhere, and none gets in as a video", async ({
  page,
  request,
}) => {
  const fired: string[] = [];
  await armTrap(page, fired);
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, undefined, "/admin/articles/new");
  const stamp = Date.now();
  await page.getByLabel("标题", { exact: true }).fill(`XSS 富正文 ${stamp}`);
  await page.getByLabel("姓名 1").fill("陈明");
  const editor = page.getByTestId("rich-editor");
  await editor.click();
  await page.keyboard.type(SAMPLE[0] ?? "");
  await page.keyboard.press("Enter");
  await page.keyboard.type(SAMPLE[1] ?? "");

  // Nothing but an allowed provider's video gets in, however it is dressed up.
  await page.getByRole("button", { name: "视频", exact: true }).click();
  const videoPanel = page.getByRole("group", { name: "视频" });
  const address = videoPanel.getByLabel(/^视频地址或嵌入代码/);
  for (const attempt of [
    "javascript:alert(1)",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    'https://www.youtube.com/watch?v="><script>alert(1)</script>',
    "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
  ]) {
    await address.fill(attempt);
    await videoPanel.getByRole("button", { name: "插入视频" }).click();
    await expect(videoPanel.getByRole("alert")).toBeVisible();
  }
  await address.fill('<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="alert(1)"></iframe>');
  await videoPanel.getByLabel("视频说明").fill(SAMPLE[2] ?? "");
  await videoPanel.getByRole("button", { name: "插入视频" }).click();

  await page.getByTestId("rich-editor").locator("p").first().click();
  await page.getByRole("button", { name: "醒目引语", exact: true }).click();
  await page
    .getByRole("group", { name: "醒目引语" })
    .getByLabel("引语出处")
    .fill(SAMPLE[3] ?? "");
  await page.getByRole("button", { name: "设为醒目引语" }).click();
  await page.getByTestId("rich-editor").locator("p").nth(1).click();
  await page.getByRole("button", { name: "资料框", exact: true }).click();
  const boxPanel = page.getByRole("group", { name: "资料框" });
  await boxPanel.getByLabel(/^标签/).fill("<b onclick=alert(1)>");
  await boxPanel.getByLabel("标题").fill(SAMPLE[4] ?? "");
  await page.getByRole("button", { name: "插入资料框" }).click();
  await page.getByRole("button", { name: "插入表格" }).click();
  for (const [index, cell] of SAMPLE.slice(0, 3).entries()) {
    if (index > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(cell);
  }
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];

  const executable =
    'main script:not([type="application/ld+json"]):not([data-masthead]), main [onerror], main [onload], main [onclick], main [onmouseover], main svg[onload]';
  await page.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }),
  );
  for (const path of [`/articles/${id}`, `/admin/articles/${id}`, `/admin/articles/${id}/preview`]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await page.mouse.move(200, 300);
    expect(await page.locator(executable).count(), path).toBe(0);
  }
  await page.goto(`/articles/${id}`);
  await expect(page.locator(".article-body table")).toBeVisible();
  expect(await page.locator("main iframe").count()).toBe(0);
  await page.getByRole("button", { name: "点击加载视频（将连接 YouTube）" }).click();
  const frames = page.locator("main iframe");
  await expect(frames).toHaveCount(1);
  await expect(frames).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  expect(await frames.getAttribute("onload")).toBeNull();
  expect(await page.locator(executable).count()).toBe(0);
  expect(await page.evaluate((mark) => (window as unknown as Record<string, boolean>)[mark] === true, MARK)).toBe(
    false,
  );
  expect(fired).toEqual([]);

  const feed = await (await request.get("/feed.xml")).text();
  const item = feed.split("<item>").find((entry) => entry.includes(`XSS 富正文 ${stamp}`)) ?? "";
  const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? "";
  expect(content).toContain("<table>");
  expect(content).not.toMatch(/<(script|img|svg|iframe|template|button)\b/i);
  expect(content).not.toMatch(/<[^>]*\son\w+\s*=/i);
});
