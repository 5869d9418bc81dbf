// Richer bodies as a writer and readers meet them: the toolbar inserts a table, a video from a pasted
// bilibili address, a pull quote and a fact box; the public page shows them without JavaScript (the
// video as a link to bilibili, and no request to it), and with JavaScript the video's button loads the
// sandboxed player only when clicked; the feed carries each one's text fallback.
import { expect, test, type Page } from "./support/test";
import { signIn } from "./support/auth";

const BILIBILI_URL = "https://www.bilibili.com/video/BV1GJ411x7h7/?spm_id_from=333.337.search-card.all.click";
const PLAYER = /^https:\/\/player\.bilibili\.com\//;

async function bodyTypes(page: Page): Promise<string[]> {
  const json = JSON.parse(await page.locator('input[name="body"]').inputValue()) as {
    content: Array<{ type: string }>;
  };
  return json.content.map((block) => block.type);
}

/** Puts the cursor at the end of the editor's paragraph holding `text`. */
async function cursorAfter(page: Page, text: string) {
  await page.getByTestId("rich-editor").locator("p", { hasText: text }).click();
  await page.keyboard.press("End");
}

test("a table, a pasted bilibili video, a pull quote and a fact box, from the toolbar to readers and the feed", async ({
  page,
  browser,
  request,
}) => {
  const title = `丰富正文 ${Date.now()}`;
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, undefined, "/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("姓名 1").fill("陈明");
  const editor = page.getByTestId("rich-editor");
  await editor.click();
  for (const [index, line] of [
    "导语段落。",
    "服务要送到企业门口。",
    "锦江街道新增企业最多。",
    "结尾段落。",
  ].entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }

  // A pull quote around the second paragraph, with who said it.
  await cursorAfter(page, "服务要送到企业门口。");
  await page.getByRole("button", { name: "醒目引语", exact: true }).click();
  const quotePanel = page.getByRole("group", { name: "醒目引语" });
  await quotePanel.getByLabel("引语出处").fill("区工商联主席");
  await quotePanel.getByRole("button", { name: "设为醒目引语" }).click();
  await expect(editor.locator("figure.pull-quote blockquote")).toHaveText("服务要送到企业门口。");

  // A fact box (背景) around the third.
  await cursorAfter(page, "锦江街道新增企业最多。");
  await page.getByRole("button", { name: "资料框", exact: true }).click();
  const boxPanel = page.getByRole("group", { name: "资料框" });
  await expect(boxPanel.getByLabel(/^标签/)).toHaveValue("资料");
  await boxPanel.getByLabel(/^标签/).fill("背景");
  await boxPanel.getByLabel("标题").fill("年度数据");
  await boxPanel.getByRole("button", { name: "插入资料框" }).click();
  await expect(editor.locator("aside.fact-box header")).toHaveText("背景 年度数据");

  // A video after the last paragraph: a site off the list is refused, bilibili's address is read.
  await cursorAfter(page, "结尾段落。");
  await page.getByRole("button", { name: "视频", exact: true }).click();
  const videoPanel = page.getByRole("group", { name: "视频" });
  await videoPanel.getByLabel(/^视频地址或嵌入代码/).fill("https://vimeo.com/76979871");
  await videoPanel.getByRole("button", { name: "插入视频" }).click();
  await expect(videoPanel.getByText("只能嵌入 bilibili、腾讯视频、优酷和 YouTube 的视频")).toBeVisible();
  await videoPanel.getByLabel(/^视频地址或嵌入代码/).fill(BILIBILI_URL);
  await expect(videoPanel.getByTestId("video-recognised")).toHaveText("已识别:bilibili BV1GJ411x7h7");
  await videoPanel.getByLabel("视频说明").fill("发布会视频");
  await videoPanel.getByRole("button", { name: "插入视频" }).click();
  await expect(editor.getByText("▶ 视频(bilibili BV1GJ411x7h7)")).toBeVisible();

  // A table after the lead: header row, then cells by Tab; an empty third row is taken out again.
  await cursorAfter(page, "导语段落。");
  await page.getByRole("button", { name: "插入表格" }).click();
  for (const [index, cell] of ["街道", "企业数", "增长", "锦江", "42", "7%"].entries()) {
    if (index > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(cell);
  }
  await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "删除所在行" }).click();
  await expect(editor.locator("table tr")).toHaveCount(2);
  await expect(editor.locator("table th")).toHaveText(["街道", "企业数", "增长"]);

  expect(await bodyTypes(page)).toEqual(["paragraph", "table", "pullQuote", "factBox", "paragraph", "video"]);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  expect(id).toBeDefined();

  // The editor loads what was stored: every element is back.
  await page.reload();
  await expect(editor.locator("table td")).toHaveText(["锦江", "42", "7%"]);
  await expect(editor.getByText("▶ 视频(bilibili BV1GJ411x7h7)")).toBeVisible();
  await expect(editor.locator("figure.pull-quote figcaption")).toHaveText("— 区工商联主席");

  // A reader without JavaScript: everything is there, the video is a link, and bilibili is never asked.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const plainRequests: string[] = [];
  plain.on("request", (sent) => plainRequests.push(sent.url()));
  await plain.goto(`/articles/${id}`);
  const body = plain.locator(".article-body");
  await expect(body.locator("thead th")).toHaveText(["街道", "企业数", "增长"]);
  await expect(body.locator("tbody td")).toHaveText(["锦江", "42", "7%"]);
  await expect(body.locator("figure.pull-quote blockquote")).toHaveText("服务要送到企业门口。");
  await expect(body.locator("figure.pull-quote figcaption")).toHaveText("——区工商联主席");
  await expect(plain.getByRole("heading", { level: 2, name: "背景 年度数据" })).toBeVisible();
  await expect(plain.getByRole("link", { name: "在 bilibili 观看视频" })).toHaveAttribute(
    "href",
    "https://www.bilibili.com/video/BV1GJ411x7h7/",
  );
  await expect(plain.getByRole("button", { name: /点击加载视频/ })).toHaveCount(0);
  await expect(plain.locator("iframe")).toHaveCount(0);
  expect(plainRequests.filter((url) => /bilibili|hdslb/.test(url))).toEqual([]);
  await plain.context().close();

  // A reader with JavaScript: the button names bilibili; only a click puts the sandboxed player in.
  const reader = await (await browser.newContext()).newPage();
  const playerRequests: string[] = [];
  await reader.route(PLAYER, (route) => {
    playerRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" });
  });
  await reader.goto(`/articles/${id}`);
  const load = reader.getByRole("button", { name: "点击加载视频（将连接 bilibili）" });
  await expect(load).toBeVisible();
  await expect(reader.locator("iframe")).toHaveCount(0);
  expect(playerRequests).toEqual([]);
  const requested = reader.waitForRequest(PLAYER);
  await load.click();
  const frame = reader.locator(".article-body figure.video-embed iframe");
  await expect(frame).toHaveAttribute("src", "https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=0");
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation");
  await expect(frame).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  await expect(frame).toHaveAttribute("title", "发布会视频");
  expect((await requested).url()).toBe("https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=0");
  await reader.context().close();

  // The feed: a link for the video, a plain quote, the table and the box with its heading.
  const feed = await (await request.get("/feed.xml")).text();
  const item = feed.split("<item>").find((entry) => entry.includes(`<title>${title}</title>`)) ?? "";
  expect(item).not.toBe("");
  expect(item).toContain(
    '<a href="https://www.bilibili.com/video/BV1GJ411x7h7/" rel="noopener noreferrer nofollow">视频:发布会视频(bilibili)</a>',
  );
  expect(item).toContain("<blockquote><p>服务要送到企业门口。</p><p>——区工商联主席</p></blockquote>");
  expect(item).toContain('<th scope="col">街道</th>');
  expect(item).toContain('<span class="fact-box-label">背景</span> 年度数据');
  expect(item).not.toMatch(/<iframe|<template|<button/);
});
