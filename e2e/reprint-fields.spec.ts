// The reprint fields (转载) in the article editor: typed, checked, saved, and followed by the history.
import { expect, test } from "./support/test";
import { signIn } from "./support/auth";
import { writeBody } from "./support/editor";

test("an editor records where a reprinted story came from; a bad link is refused with the text kept", async ({
  page,
}) => {
  await signIn(page, undefined, "/admin/articles/new");
  const reprint = page.getByRole("group", { name: "转载" });
  await page.getByLabel("标题", { exact: true }).fill(`转载 ${Date.now()}`);
  await writeBody(page, ["转载的正文。"]);
  await reprint.getByLabel("原作者").fill("李华");
  await reprint.getByLabel("原标题").fill("龙泉驿区工商联助力乡村振兴");
  await reprint.getByLabel("原文链接").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "保存草稿" }).click();

  await expect(page.getByText("原文链接须是 http(s) 网址")).toBeVisible();
  await expect(reprint.getByLabel("原作者")).toHaveValue("李华");
  await expect(page.getByTestId("rich-editor")).toContainText("转载的正文。");

  await reprint.getByLabel("原文链接").fill("https://www.example.com.cn/news/1.html");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  await page.reload();
  await expect(reprint.getByLabel("原标题")).toHaveValue("龙泉驿区工商联助力乡村振兴");
  await expect(reprint.getByLabel("原文链接")).toHaveValue("https://www.example.com.cn/news/1.html");

  await reprint.getByLabel("原作者").fill("李华、王芳");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  await page.getByRole("link", { name: "修订历史" }).click();
  await page.getByRole("button", { name: "比较所选的两个版本" }).click();
  const diff = page.getByTestId("diff");
  await expect(diff).toContainText("原作者");
  await expect(diff.locator("ins")).toContainText("、王芳");
});
