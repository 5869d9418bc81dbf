import { expect, test, type Page } from "./support/test";
import { adminSession, createAccount, sessionAs } from "./support/accounts";
import { writeBody } from "./support/editor";

/** The review settings screen: how many stages publishing needs, and whether one person may sign two. */
async function requireStages(admin: Page, count: number, distinct: boolean) {
  await admin.goto("/admin/review");
  await admin.getByLabel("发布所需的环节数").fill(String(count));
  await admin.getByLabel("同一人不能签发同一篇文章的两个环节").setChecked(distinct);
  await admin.getByLabel("在文章页显示终审签发人为责任编辑").setChecked(distinct);
  await admin.getByRole("button", { name: "保存审核设置" }).click();
  await expect(admin.getByRole("status")).toHaveText("审核设置已保存");
}

/** One reviewer opens the article from their stage's queue on the dashboard and signs it. */
async function signFromQueue(page: Page, stage: string, title: string, note: string) {
  await page.goto("/admin");
  await page
    .getByRole("region", { name: `待${stage}` })
    .getByRole("link", { name: title })
    .click();
  const chain = page.getByTestId("review-chain");
  await chain.getByLabel("签发意见(可选)").fill(note);
  await chain.getByRole("button", { name: `签发${stage}` }).click();
  await expect(chain.getByRole("status")).toHaveText("已签发");
}

test("三审: three editors sign in turn in their own browsers, and only then does the article go out", async ({
  browser,
  request,
}) => {
  // Four people sign in with their own passwords (each a deliberately slow hash) and browsers: about
  // 25 s alone, and past the usual minute while the other e2e pass shares the machine.
  test.slow();
  const admin = await adminSession(browser);
  const reporterAccount = await createAccount(admin, "REPORTER", "记者小赵");
  const firstAccount = await createAccount(admin, "EDITOR", "初审编辑小钱");
  const secondAccount = await createAccount(admin, "EDITOR", "复审编辑老孙");
  const chiefAccount = await createAccount(admin, "EDITOR", "终审总编老李");
  await requireStages(admin, 3, true);
  try {
    const title = `三审测试稿件 ${Date.now()}`;
    const reporter = await sessionAs(browser, reporterAccount);
    await reporter.goto("/admin/articles/new");
    await reporter.getByLabel("标题", { exact: true }).fill(title);
    await reporter.getByLabel("姓名 1").fill("赵小红");
    await writeBody(reporter, ["区里新开的社区食堂今天迎来第一批老人。", "“饭菜可口,价格也实惠。”一位老人说。"]);
    await reporter.getByRole("button", { name: "提交审核" }).click();
    await expect(reporter.getByTestId("status")).toHaveText("待审");
    const articleId = /\/admin\/articles\/(\d+)/.exec(reporter.url())?.[1];
    expect(articleId).toBeDefined();

    const first = await sessionAs(browser, firstAccount);
    const second = await sessionAs(browser, secondAccount);
    const chief = await sessionAs(browser, chiefAccount);

    // Before any sign-off, even the chief cannot publish.
    await chief.goto(`/admin/articles/${articleId}`);
    await expect(chief.getByTestId("review-state")).toHaveText("审核未完成:当前版本还不能发布。");
    await chief.getByRole("button", { name: "发布", exact: true }).click();
    await expect(chief.getByText(/不能发布:审核未完成/).first()).toBeVisible();
    await expect(chief.getByTestId("status")).toHaveText("待审");

    await signFromQueue(first, "初审", title, "事实和数字已核对");
    // The first signer may not sign again at the next stage.
    await first.goto(`/admin/articles/${articleId}`);
    await expect(first.getByRole("button", { name: "签发复审" })).toHaveCount(0);

    await signFromQueue(second, "复审", title, "文字已校对");
    await signFromQueue(chief, "终审", title, "同意发布");

    const stages = chief.getByTestId("review-stage");
    await expect(stages.nth(0)).toContainText("初审编辑小钱 于");
    await expect(stages.nth(1)).toContainText("复审编辑老孙 于");
    await expect(stages.nth(2)).toContainText("终审总编老李 于");
    await expect(stages.nth(2)).toContainText("意见:同意发布");
    await expect(chief.getByTestId("review-state")).toHaveText("审核已完成:可以发布当前版本。");

    // From a sign-off to what changed since: nothing yet, the history shows the signed revision.
    await stages.nth(0).getByRole("link", { name: "此后的改动" }).click();
    await expect(chief.getByRole("heading", { name: /比较|#/ }).first()).toBeVisible();
    await expect(chief.getByTestId("revision-sign-offs").filter({ hasText: "终审:终审总编老李" })).toHaveCount(1);
    await chief.goto(`/admin/articles/${articleId}`);

    await chief.getByRole("button", { name: "发布", exact: true }).click();
    await expect(chief.getByTestId("status")).toHaveText("已发布");

    const page = await request.get(`/articles/${articleId}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(title);
    await reporter.goto(`/articles/${articleId}`);
    await expect(reporter.getByRole("heading", { level: 1 })).toHaveText(title);
    // The final stage's signer is named as 责任编辑 (a setting).
    await expect(reporter.getByTestId("responsible-editor")).toHaveText("责任编辑:终审总编老李");
  } finally {
    // Every other spec publishes in one step.
    await requireStages(admin, 0, false);
  }
});
