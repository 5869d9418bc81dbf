import { expect, test } from "./support/test";
import { adminSession, createAccount, sessionAs } from "./support/accounts";
import { writeBody } from "./support/editor";

test("two editors change the same article: the second save is refused, names the first, and loses nothing", async ({
  browser,
}) => {
  const admin = await adminSession(browser);
  const other = await createAccount(admin, "EDITOR", "编辑小赵");
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(`冲突测试 ${Date.now()}`);
  await writeBody(admin, ["原始正文。"]);
  await admin.getByRole("button", { name: "保存草稿" }).click();
  await expect(admin.getByRole("status")).toHaveText("已保存");
  const url = admin.url().replace(/\?.*$/, "");

  // Both have the article open.
  const zhao = await sessionAs(browser, other);
  await zhao.goto(url);

  await admin.getByLabel("标题", { exact: true }).fill("管理员改过的标题");
  await admin.getByRole("button", { name: "保存草稿" }).click();
  await expect(admin.getByRole("status")).toHaveText("已保存");

  await zhao.getByLabel("副题", { exact: true }).fill("小赵写的副题");
  await zhao.getByTestId("rich-editor").click();
  await zhao.keyboard.press("End");
  await zhao.keyboard.type("小赵补充的一句话。");
  await zhao.getByRole("button", { name: "保存草稿" }).click();

  const alert = zhao.getByRole("alert").filter({ hasText: "保存失败" });
  await expect(alert).toContainText("管理员");
  // Nothing silently overwritten, nothing lost: the refused text is still in the form…
  await expect(zhao.getByLabel("副题", { exact: true })).toHaveValue("小赵写的副题");
  await expect(zhao.getByTestId("rich-editor")).toContainText("小赵补充的一句话。");
  // …and kept as a revision that can be compared with the current version.
  await alert.getByRole("link", { name: "对比你的版本与当前版本" }).click();
  const diff = zhao.getByTestId("diff");
  await expect(diff).toContainText("小赵写的副题");
  await expect(diff).toContainText("小赵补充的一句话。");
  await expect(zhao.getByTestId("revision-row").filter({ hasText: "冲突时被拒的修改" })).toHaveCount(1);

  await admin.reload();
  await expect(admin.getByLabel("标题", { exact: true })).toHaveValue("管理员改过的标题");
  await expect(admin.getByLabel("副题", { exact: true })).toHaveValue("");
});

test("autosave keeps a draft without a click, shows it, and warns before closing with unsaved changes", async ({
  browser,
}) => {
  const admin = await adminSession(browser);
  const title = `自动保存 ${Date.now()}`;
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(admin, ["没有点保存的正文。"]);
  await expect(admin.getByTestId("autosave-status")).toHaveText("有未保存的修改");
  await expect(admin.getByTestId("autosave-status")).toContainText("已自动保存", { timeout: 20_000 });

  await admin.goto("/admin/articles?q=" + encodeURIComponent(title));
  await admin.getByRole("link", { name: title }).click();
  await expect(admin.getByTestId("rich-editor")).toHaveText("没有点保存的正文。");

  await admin.getByLabel("副题", { exact: true }).fill("未保存");
  let warned = false;
  admin.removeAllListeners("dialog");
  admin.on("dialog", async (dialog) => {
    warned = dialog.type() === "beforeunload";
    await dialog.dismiss();
  });
  await admin.close({ runBeforeUnload: true });
  await expect.poll(() => warned).toBe(true);
});

test("a correction appears on the page and changes the feed item", async ({ browser, request }) => {
  const admin = await adminSession(browser);
  const title = `更正测试 ${Date.now()}`;
  await admin.goto("/admin/articles/new");
  await admin.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(admin, ["原文写错了一个名字。"]);
  await admin.getByRole("button", { name: "发布", exact: true }).click();
  await expect(admin.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(admin.url())?.[1];
  const itemOf = (xml: string) => xml.split("<item>").find((item) => item.includes(title)) ?? "";
  const before = itemOf(await (await request.get("/feed.xml")).text());
  expect(before).not.toBe("");

  await admin.getByLabel("更正内容").fill("本文此前将“廖生权”误写为“廖升权”,现已更正。");
  await admin.getByRole("button", { name: "发布更正" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已发布更正" })).toBeVisible();

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/articles/${id}`);
  await expect(reader.getByTestId("correction")).toContainText("本文此前将“廖生权”误写为“廖升权”,现已更正。");
  await expect(reader.getByText(/更新于/)).toBeVisible();
  const after = itemOf(await (await request.get("/feed.xml")).text());
  expect(after).toContain("现已更正");
  expect(after).not.toBe(before);
});
