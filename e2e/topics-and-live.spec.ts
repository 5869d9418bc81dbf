// 专题 and live coverage, driven through the admin as an editor would, read as readers do: with and
// without JavaScript, and through the shipped nginx edge.
import { expect, test } from "./support/test";
import { adminSession } from "./support/accounts";
import { E2E_NGINX_URL } from "./support/config";
import { eventually, warm } from "./support/edge";
import { draftThenPublish } from "./support/editor";

test("an editor builds a topic of two articles in order; readers get its page, feed, sitemap entry and links", async ({
  browser,
  page,
  request,
}) => {
  const admin = await adminSession(browser);
  const stamp = Date.now();
  const first = `专题第一篇 ${stamp}`;
  const second = `专题第二篇 ${stamp}`;
  const firstId = await draftThenPublish(admin, first);
  await draftThenPublish(admin, second);

  const slug = `expo-${stamp}`;
  await admin.goto("/admin/topics");
  await admin.getByLabel("专题名称").fill(`服贸会专题 ${stamp}`);
  await admin.getByLabel("网址名").fill(slug);
  await admin.getByLabel("简介").fill("2022 年服贸会的全部报道。");
  await admin.getByRole("button", { name: "创建专题" }).click();
  await expect(admin).toHaveURL(/\/admin\/topics\/\d+$/);

  // One by its number, one found by its title.
  await admin.getByLabel("文章编号").fill(firstId);
  await admin.getByRole("button", { name: "加入专题", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已加入专题" })).toBeVisible();
  await admin.getByLabel("标题关键词").fill(second);
  await admin.getByRole("button", { name: "搜索", exact: true }).click();
  await admin.getByRole("button", { name: `加入专题:${second}` }).click();
  await expect(admin.getByTestId("topic-article")).toHaveCount(2);
  await expect(admin.getByTestId("topic-article").nth(0)).toContainText(first);

  // The second goes first.
  await admin.getByTestId("topic-article").filter({ hasText: second }).getByRole("button", { name: "上移" }).click();
  await expect(admin.getByTestId("topic-article").nth(0)).toContainText(second);

  await page.goto(`/topics/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`服贸会专题 ${stamp}`);
  await expect(page.getByText("2022 年服贸会的全部报道。")).toBeVisible();
  const titles = page.getByRole("main").getByRole("link", { name: new RegExp(`专题第.篇 ${stamp}`) });
  await expect(titles).toHaveText([second, first]);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "CollectionPage", name: `服贸会专题 ${stamp}` });

  for (const file of ["feed.xml", "atom.xml", "feed.json"]) {
    const feed = await request.get(`/topics/${slug}/${file}`);
    expect(feed.status(), file).toBe(200);
    const body = await feed.text();
    expect(body, file).toContain(first);
    expect(body, file).toContain(second);
  }
  expect(await (await request.get("/sitemaps/pages.xml")).text()).toContain(`/topics/${slug}`);

  await page.goto(`/articles/${firstId}`);
  await page
    .getByTestId("article-topics")
    .getByRole("link", { name: `服贸会专题 ${stamp}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/topics/${slug}$`));
});

test("a live entry appears on an open reader page without a reload, without JavaScript too, and through nginx within a second", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const stamp = Date.now();
  const id = await draftThenPublish(admin, `滚动直播 ${stamp}`, true);
  const panel = admin.getByTestId("live-panel");
  await expect(panel).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${id}`);
  await expect(reader.getByText("还没有直播条目。")).toBeVisible();
  await expect(reader.getByText("直播中")).toBeVisible();
  // Survives only as long as the page is not reloaded.
  await reader.evaluate(() => document.documentElement.setAttribute("data-still-here", "yes"));

  const text = `现场记者报道:开幕式开始 ${stamp} <b>不是粗体</b>`;
  await panel.getByLabel("条目内容").first().fill(text);
  await panel.getByLabel("署名文字").first().fill("本报记者 陈明");
  await panel.getByRole("button", { name: "发布条目" }).click();
  await expect(panel.getByTestId("live-admin-entry").filter({ hasText: `开幕式开始 ${stamp}` })).toBeVisible();

  const shown = reader.locator("[data-live-entry]").filter({ hasText: `开幕式开始 ${stamp}` });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText("<b>不是粗体</b>");
  await expect(shown).toContainText("本报记者 陈明");
  await expect(reader.locator("[data-live-entry] b")).toHaveCount(0);
  await expect(reader.getByText("还没有直播条目。")).toBeHidden();
  expect(await reader.evaluate(() => document.documentElement.getAttribute("data-still-here"))).toBe("yes");

  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto(`/articles/${id}`);
  await expect(noScript.locator("[data-live-entry]").filter({ hasText: `开幕式开始 ${stamp}` })).toBeVisible();
  const jsonLd = JSON.parse(
    (await noScript.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
  );
  expect(jsonLd).toMatchObject({ "@type": "LiveBlogPosting", liveBlogUpdate: [{ "@type": "BlogPosting" }] });

  // Through the edge: the page and the polled address each show the next entry within a second.
  const edgePage = `${E2E_NGINX_URL}/articles/${id}`;
  const edgeJson = `${E2E_NGINX_URL}/articles/${id}/live.json`;
  await warm(request, [edgePage, edgeJson, edgePage, edgeJson]);
  const next = `第二条直播 ${stamp}`;
  await panel.getByLabel("条目内容").first().fill(next);
  await panel.getByRole("button", { name: "发布条目" }).click();
  await expect(panel.getByTestId("live-admin-entry").filter({ hasText: next })).toBeVisible();
  await eventually(request, edgeJson, (status, body) => status === 200 && body.includes(next));
  await eventually(request, edgePage, (_, body) => body.includes(next));
  // Newest first, on the reader's open page too.
  await expect(reader.locator("[data-live-entry]").first()).toContainText(next);
});

test("the topic screens, the live panel and the live page read in English", async ({ browser, page }) => {
  const admin = await adminSession(browser);
  const id = await draftThenPublish(admin, `英文界面直播 ${Date.now()}`, true);
  const language = async (name: "English" | "中文", save: string, saved: string) => {
    await admin.goto("/admin/settings");
    // The interface language's fieldset: the content language offers an "English" too.
    const group = admin.getByRole("group", { name: name === "English" ? "界面语言" : "Interface language" });
    await group.getByRole("radio", { name, exact: true }).check();
    await admin.getByRole("button", { name: save }).click();
    await expect(admin.getByRole("status")).toHaveText(saved);
  };
  await language("English", "保存设置", "Settings saved");
  try {
    await admin.goto("/admin/topics");
    await expect(admin.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
    await expect(admin.getByLabel("Topic name")).toBeVisible();
    await expect(admin.getByRole("button", { name: "Create topic" })).toBeVisible();
    await admin.goto(`/admin/articles/${id}`);
    await expect(admin.getByLabel("Live coverage", { exact: true })).toBeChecked();
    await expect(admin.getByTestId("live-panel").getByLabel("Entry text")).toBeVisible();
    await expect(admin.getByRole("button", { name: "Publish entry" })).toBeVisible();
    await page.goto(`/articles/${id}`);
    await expect(page.getByText("Live now")).toBeVisible();
    await expect(page.getByText("No live entries yet.")).toBeVisible();
  } finally {
    // The other specs find elements by their Chinese labels.
    await language("中文", "Save settings", "设置已保存");
  }
});
