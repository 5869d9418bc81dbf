import { expect, test } from "./support/test";
import { adminSession, createAccount, sessionAs } from "./support/accounts";
import { writeBody } from "./support/editor";

test("a reporter writes and submits, an editor reviews and schedules, and the article appears on time", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  const reporterAccount = await createAccount(admin, "REPORTER", "记者小王");
  const editorAccount = await createAccount(admin, "EDITOR", "编辑老李");
  const title = `社区防疫志愿者报道 ${Date.now()}`;

  // The reporter writes and submits; publishing is not offered to a reporter.
  const reporter = await sessionAs(browser, reporterAccount);
  await reporter.goto("/admin/articles/new");
  await reporter.getByLabel("标题", { exact: true }).fill(title);
  await reporter.getByLabel("姓名 1").fill("王小明");
  await writeBody(reporter, [
    "志愿者们连续三天坚守核酸检测点。",
    { h2: "一线见闻" },
    "“我们一起扛过去。”一位志愿者说。",
  ]);
  await expect(reporter.getByRole("button", { name: "发布", exact: true })).toHaveCount(0);
  await reporter.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("status")).toHaveText("待审");
  const articleId = /\/admin\/articles\/(\d+)/.exec(reporter.url())?.[1];
  expect(articleId).toBeDefined();
  // Once submitted, the reporter's form is read-only.
  await expect(reporter.getByLabel("标题", { exact: true })).toBeDisabled();

  // The editor finds it waiting for review, sends it back with a note, and the reporter sees the note.
  const editor = await sessionAs(browser, editorAccount);
  await editor.goto("/admin");
  await editor.getByRole("region", { name: "待审稿件" }).getByRole("link", { name: title }).click();
  await editor.getByLabel("退回意见").fill("请补充志愿者姓名");
  await editor.getByRole("button", { name: "退回修改" }).click();
  await expect(editor.getByTestId("status")).toHaveText("草稿");
  await reporter.reload();
  await expect(reporter.getByText("编辑退回意见:请补充志愿者姓名")).toBeVisible();
  await reporter.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("status")).toHaveText("待审");

  // The editor schedules it a few seconds ahead; nobody visits the page meanwhile.
  await editor.goto(`/admin/articles/${articleId}`);
  // Whole seconds: the form takes a time to the second.
  const at = new Date(Math.ceil((Date.now() + 5_000) / 1000) * 1000);
  const beijing = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai",
    dateStyle: "short",
    timeStyle: "medium",
  }).format(at);
  await editor.getByLabel("定时发布时间").fill(beijing);
  await editor.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByTestId("status")).toHaveText("定时发布");
  expect((await request.get(`/articles/${articleId}`)).status()).toBe(404);

  await expect
    .poll(async () => (await request.get(`/articles/${articleId}`)).status(), { timeout: 30_000, intervals: [1000] })
    .toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  const page = await (await request.get(`/articles/${articleId}`)).text();
  expect(page).toContain(title);
  expect(page).toContain("【记者 王小明】");
  expect(await (await request.get("/feed.xml")).text()).toContain(title);
  await editor.reload();
  await expect(editor.getByTestId("status")).toHaveText("已发布");
});

test("a disabled account's open session stops working at once", async ({ browser }) => {
  const admin = await adminSession(browser);
  const account = await createAccount(admin, "EDITOR", "将被停用的编辑");
  const user = await sessionAs(browser, account);
  await user.goto("/admin/articles");
  await expect(user.getByRole("heading", { name: "文章" })).toBeVisible();

  await admin.goto("/admin/users");
  await admin.getByTestId("user-row").filter({ hasText: account.email }).getByRole("button", { name: "停用" }).click();
  await expect(admin.getByTestId("user-row").filter({ hasText: account.email })).toContainText("已停用");

  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await user.goto("/admin/articles/new");
  await expect(user).toHaveURL(/\/login/);

  // Admins see who did it in the audit log.
  await admin.goto("/admin/audit");
  await expect(admin.getByTestId("audit-row").filter({ hasText: "停用账号" }).first()).toContainText("管理员");
});

test("an editor shares a preview of a draft with someone without an account", async ({ browser }) => {
  const admin = await adminSession(browser);
  const title = `预览稿 ${Date.now()}`;
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(admin, ["尚未发布的内容。"]);
  await admin.getByRole("button", { name: "保存草稿" }).click();
  await expect(admin.getByRole("status")).toHaveText("已保存");
  await admin.getByRole("button", { name: "生成预览链接" }).click();
  const link = await admin.getByLabel("预览链接").inputValue();
  expect(link).toMatch(/\/preview\//);

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(new URL(link).pathname);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(stranger.getByText("尚未发布的内容。")).toBeVisible();
  const forged = await stranger.goto(new URL(link).pathname.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  expect(forged?.status()).toBe(404);
});
