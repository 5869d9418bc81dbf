// One settings switch turns the public site and the admin to English, and back to Chinese.
import { expect, test, type Page } from "./support/test";
import { signIn } from "./support/auth";
import { publishNewArticle } from "./support/editor";

test.describe.configure({ mode: "serial" });

const title = `界面语言测试 ${Date.now()}`;

async function chooseLanguage(page: Page, language: "English" | "中文", save: string, saved: string) {
  await page.goto("/admin/settings");
  const group = page.getByRole("group", { name: language === "English" ? "界面语言" : "Interface language" });
  await group.getByRole("radio", { name: language, exact: true }).check();
  await page.getByRole("button", { name: save }).click();
  await expect(page.getByRole("status")).toHaveText(saved);
}

test("an admin switches the interface to English and back to Chinese", async ({ page }) => {
  await signIn(page, undefined, "/admin/articles/new");
  const articleId = await publishNewArticle(page, title, ["一段用来查看英文界面的正文。"]);

  try {
    await chooseLanguage(page, "English", "保存设置", "Settings saved");

    await page.goto("/");
    // The words are English; the page's language is the content's, a setting of its own (english-mode.spec.ts).
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Archive" })).toBeVisible();

    await page.goto(`/articles/${articleId}`);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    // The dateline in the English style, e.g. "Aug 5, 2022 13:48".
    await expect(page.locator("article header time").first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2}$/);

    await page.goto("/admin");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const nav = page.getByRole("navigation", { name: "Admin" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  } finally {
    // The other specs find elements by their Chinese labels.
    await chooseLanguage(page, "中文", "Save settings", "设置已保存");
  }
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "最新文章" })).toBeVisible();
});
