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
  const payload = SAMPLE.join(" ");
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
