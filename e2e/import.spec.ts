import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { expect, test } from "./support/test";
import { signIn } from "./support/auth";

const reference = readFileSync(path.join(import.meta.dirname, "../content/demo/000_c264ab0ec7295aae.txt"), "utf8");
const TITLE = "成都市龙泉驿区工商联同心战“疫”共克时艰";

test("an editor pastes wire copy, checks the proposed name split, and publishes it faithfully", async ({ page }) => {
  const title = `${TITLE}(导入 ${Date.now()})`;
  await signIn(page, undefined, "/admin/import");
  await page.getByLabel("粘贴稿件").fill(reference.replace(TITLE, title));
  await page.getByRole("button", { name: "解析预览" }).click();

  const preview = page.getByRole("region", { name: "解析结果" });
  await expect(preview.getByTestId("name-splits")).toContainText("“苏显中廖生权”拆分为 苏显中、廖生权");
  await expect(preview.getByLabel("标题").first()).toHaveValue(title);
  await expect(preview.getByLabel("发布时间(北京时间)").first()).toHaveValue("2022-08-05 13:48");
  await expect(preview.getByLabel("来源").first()).toHaveValue("中华工商网");
  await expect(preview.getByLabel("姓名 3").first()).toHaveValue("廖生权");

  // The demo content is this same story under its own headline: the importer says so first.
  await expect(preview.getByTestId("duplicate-warning")).toContainText(`像是已有的文章`);
  const publishForm = preview.locator("form").filter({ has: page.getByRole("button", { name: "创建并发布" }) });
  await publishForm.getByLabel("我已核对,仍然导入为新文章").check();
  await preview.getByRole("button", { name: "创建并发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];

  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("byline")).toHaveText("【中华工商时报记者 陈明 通讯员 苏显中 廖生权】");
  await expect(page.getByTestId("closing")).toHaveText("(编辑 张晖)");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(5);
  await expect(page.locator(".article-body p")).toHaveCount(16);
  await expect(page.locator(".article-body p").last()).toHaveText(
    /^龙泉驿区个体私营经济协、成都美弟奇企业管理有限责任公司 、/,
  );
});

test("a bulk import of a zip shows its progress and what happened to each file", async ({ page }, testInfo) => {
  const stamp = Date.now();
  const zip = zipSync({
    "稿件/一.txt": strToU8(reference.replace(TITLE, `批量一 ${stamp}`)),
    "稿件/二.txt": strToU8(reference.replace(TITLE, `批量二 ${stamp}`)),
    "稿件/空.txt": strToU8("\n\n"),
  });
  const file = testInfo.outputPath("wire.zip");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(file, zip);

  await signIn(page, undefined, "/admin/import");
  await page.getByLabel("选择文件(.txt 或 .zip)").setInputFiles(file);
  await expect(page.getByTestId("bulk-selected")).toHaveText("已选择 3 篇稿件");
  await page.getByRole("button", { name: "开始导入" }).click();
  // Both copies repeat the demo article, so both wait for the editor; the empty file fails.
  await expect(page.getByTestId("bulk-progress")).toHaveText("完成:创建 0 篇,跳过 2 篇,失败 1 篇");
  await expect(page.getByTestId("bulk-item").filter({ hasText: "空.txt" })).toContainText("没有找到标题");
  const first = page.getByTestId("bulk-item").filter({ hasText: "一.txt" });
  await expect(first.getByRole("link", { name: new RegExp(`^像是已有的文章 #\\d+《${TITLE}》$`) })).toBeVisible();
  await first.getByRole("button", { name: "仍然导入" }).click();
  await expect(first).toContainText("已创建");
  await page.goto(`/admin/articles?q=${encodeURIComponent(`批量一 ${stamp}`)}`);
  await expect(page.getByRole("link", { name: `批量一 ${stamp}` })).toBeVisible();
});

test("importing the demo article again names the existing article and creates another only when confirmed", async ({
  page,
}) => {
  await signIn(page, undefined, "/admin/import");
  await page.getByLabel("粘贴稿件").fill(reference);
  await page.getByRole("button", { name: "解析预览" }).click();

  const preview = page.getByRole("region", { name: "解析结果" });
  const warning = preview.getByTestId("duplicate-warning");
  await expect(warning).toContainText(new RegExp(`这篇稿件像是已有的文章 #(\\d+)《${TITLE}》`));
  const existing = /#(\d+)/.exec((await warning.textContent()) ?? "")?.[1];
  await expect(warning.getByRole("link", { name: "查看这篇文章" })).toHaveAttribute(
    "href",
    `/admin/articles/${existing}`,
  );

  // Not confirmed: nothing is created, and the refusal names the article again.
  const draftForm = preview.locator("form").filter({ has: page.getByRole("button", { name: "创建草稿" }) });
  await draftForm.getByRole("button", { name: "创建草稿" }).click();
  await expect(draftForm.locator("[role=alert]")).toHaveText(`没有导入:像是已有的文章 #${existing}《${TITLE}》`);

  await draftForm.getByLabel("我已核对,仍然导入为新文章").check();
  await draftForm.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(\d+)/);
  const created = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  expect(created).not.toBe(existing);
  await expect(page.getByRole("status")).toHaveText("已保存");
});
