import { expect, test } from "./support/test";
import { signIn } from "./support/auth";
import { writeBody } from "./support/editor";

const title = `龙泉驿区商会助力社区防疫 ${Date.now()}`;

test("an editor writes, publishes and unpublishes an article; readers and subscribers see it in between", async ({
  page,
  request,
}) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page);
  await page.getByRole("link", { name: "写新文章" }).first().click();

  // Bad input first: an empty title and an unreadable time are refused where the editor is, and
  // nothing typed is lost.
  await page.getByLabel("来源", { exact: true }).fill("中华工商网");
  await page.getByLabel("发布时间(北京时间)").fill("去年夏天");
  await writeBody(page, ["第一段正文。", { h2: "小标题一" }, "第二段正文。"]);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("请填写标题")).toBeVisible();
  await expect(page.getByText("无法识别的时间")).toBeVisible();
  await expect(page.getByTestId("rich-editor").locator("p")).toHaveText(["第一段正文。", "第二段正文。"]);
  await expect(page.getByTestId("rich-editor").locator("h2")).toHaveText("小标题一");
  await expect(page.getByLabel("来源", { exact: true })).toHaveValue("中华工商网");

  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("发布时间(北京时间)").fill("2022-08-05 13:48");
  await page.getByLabel("姓名 1").fill("陈明");
  await page.getByLabel("单位(可选) 1").fill("中华工商时报");
  await page.getByLabel("姓名 2").fill("苏显中");
  await page.getByRole("button", { name: "添加署名" }).click();
  await page.getByLabel("角色 4").selectOption({ label: "通讯员" });
  await page.getByLabel("姓名 4").fill("廖生权");
  await page.getByLabel("姓名 3").fill("张晖");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  const articleId = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  expect(articleId).toBeDefined();

  // A draft is invisible to readers.
  expect((await request.get(`/articles/${articleId}`)).status()).toBe(404);

  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");

  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("byline")).toHaveText("【中华工商时报记者 陈明 通讯员 苏显中 廖生权】");
  await expect(page.getByTestId("closing")).toHaveText("(编辑 张晖)");
  await expect(page.getByText("2022年08月05日 13:48")).toBeVisible();
  await expect(page.getByText("来源:中华工商网")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "小标题一" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const xml = await feed.text();
  expect(xml).toContain(`<title>${title}</title>`);
  expect(xml).toContain("<dc:creator>陈明</dc:creator>");

  await page.goto(`/admin/articles/${articleId}`);
  await page.getByRole("button", { name: "撤回发布" }).click();
  await expect(page.getByTestId("status")).toHaveText("已撤回");
  expect((await request.get(`/articles/${articleId}`)).status()).toBe(404);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(title);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
});

test("a save after the session ended is refused and keeps what the editor typed", async ({ page, context }) => {
  await signIn(page);
  await page.goto("/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill("会话过期后的稿子");
  await writeBody(page, ["这段文字不能丢。"]);
  await context.clearCookies();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("登录已失效").first()).toBeVisible();
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue("会话过期后的稿子");
  await expect(page.getByTestId("rich-editor")).toHaveText("这段文字不能丢。");
});

test("an unknown article id is a 404 page, in public and in the admin", async ({ page }) => {
  const response = await page.goto("/articles/987654321");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();

  await signIn(page);
  const adminResponse = await page.goto("/admin/articles/987654321");
  expect(adminResponse?.status()).toBe(404);
});
