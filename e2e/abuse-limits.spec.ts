// Issue 9 §6 in the admin, as an editor meets it: a zip bomb offered to the bulk import is refused
// with a message before anything is imported, and a shared preview link is revoked with one button,
// after which it opens nothing; its views are in the audit log.
import { strToU8, zipSync } from "fflate";
import { adminSession } from "./support/accounts";
import { writeBody } from "./support/editor";
import { expect, test } from "./support/test";

test("the bulk import refuses a zip bomb with a message and imports nothing", async ({ browser }) => {
  const admin = await adminSession(browser);
  // 900 KB of zeros in a few hundred bytes: far beyond the ratio any text reaches.
  const bomb = zipSync(
    { "稿件/炸弹.txt": new Uint8Array(900_000), "稿件/正常.txt": strToU8("标题\n\n正文") },
    { level: 9 },
  );
  await admin.goto("/admin/import");
  await admin.getByLabel("选择文件(.txt 或 .zip)").setInputFiles({
    name: "bomb.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(bomb),
  });
  await expect(admin.getByTestId("bulk-refused")).toHaveText(
    "bomb.zip 中的 稿件/炸弹.txt 压缩比异常(超过 100 倍),可能是“压缩炸弹”,整个压缩包未导入。",
  );
  await expect(admin.getByTestId("bulk-selected")).toHaveText("已选择 0 篇稿件");
  await expect(admin.getByRole("button", { name: "开始导入" })).toBeDisabled();
  await admin.context().close();
});

test("an editor revokes every preview link of a draft; views and the revocation are audited", async ({ browser }) => {
  const admin = await adminSession(browser);
  // sessionAs() accepts the confirm dialog of the revoke button.
  const title = `撤销预览 ${Date.now()}`;
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(admin, ["只给审稿人看的内容。"]);
  await admin.getByRole("button", { name: "保存草稿" }).click();
  await expect(admin.getByRole("status")).toHaveText("已保存");
  await admin.getByRole("button", { name: "生成预览链接" }).click();
  const link = new URL(await admin.getByLabel("预览链接").inputValue()).pathname;

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(link);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(title);

  await admin.getByRole("button", { name: "作废所有预览链接" }).click();
  await expect(admin.getByText("已作废这篇文章此前发出的所有预览链接")).toBeVisible();
  expect((await stranger.goto(link))?.status()).toBe(404);
  await expect(stranger.getByText("只给审稿人看的内容。")).toHaveCount(0);

  // A new link works again.
  await admin.getByRole("button", { name: "生成预览链接" }).click();
  await expect(admin.getByLabel("预览链接")).not.toHaveValue(new RegExp(link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  const fresh = new URL(await admin.getByLabel("预览链接").inputValue()).pathname;
  expect((await stranger.goto(fresh))?.status()).toBe(200);

  await admin.goto("/admin/audit");
  await expect(admin.getByTestId("audit-row").filter({ hasText: "作废预览链接" }).first()).toContainText("管理员");
  await expect(admin.getByTestId("audit-row").filter({ hasText: "通过预览链接查看" }).first()).toBeVisible();
  await stranger.context().close();
  await admin.context().close();
});
