import { expect, type Page } from "@playwright/test";

export type BodyLine = string | { h2: string };

/** Types a body into the rich editor the way a writer does: text, Enter, the toolbar for subheadings. */
export async function writeBody(page: Page, lines: BodyLine[]) {
  const editor = page.getByTestId("rich-editor");
  await editor.click();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    if (typeof line === "string") {
      await page.keyboard.type(line);
    } else {
      await page.getByRole("button", { name: "小标题 H2" }).click();
      await page.keyboard.type(line.h2);
    }
  }
  await expect(editor).toContainText(typeof lines.at(-1) === "string" ? String(lines.at(-1)) : "");
}

/**
 * On the new-article form (in the Chinese interface): a title, one reporter and a body, published;
 * returns the new article's id. Credited like every real article, so specs that pick the newest
 * article find a person page.
 */
export async function publishNewArticle(page: Page, title: string, paragraphs: string[]): Promise<string> {
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("姓名 1").fill("陈明");
  await writeBody(page, paragraphs);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1] ?? "";
  expect(id).not.toBe("");
  return id;
}

/**
 * From the new-article form, as a person would: a title and one paragraph, saved as a draft, then
 * published (live coverage ticked when asked); returns the new article's id.
 */
export async function draftThenPublish(page: Page, title: string, live = false): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(page, [`${title}的正文第一段。`]);
  if (live) await page.getByLabel("滚动直播").check();
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已发布");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  if (!id) throw new Error("no article id");
  return id;
}

/** A new article saved as a draft, as a person would: title and paragraphs; returns its id. */
export async function saveDraft(page: Page, title: string, paragraphs: string[]): Promise<string> {
  await page.goto("/admin/articles/new");
  await page.getByLabel("标题", { exact: true }).fill(title);
  await writeBody(page, paragraphs);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  const id = /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
  if (!id) throw new Error("no article id");
  return id;
}
