import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";

const seed = readFileSync(path.join(import.meta.dirname, "../content/demo/000_c264ab0ec7295aae.txt"), "utf8");
const lines = seed
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "");
const title = lines[0] ?? "";
const subheadings = [
  "加大疫情防控宣传 营造浓厚防疫氛围",
  "积极加入应急队伍 主动搭建企业爱心捐赠平台",
  "做好“双报到”疫情防控工作",
  "领导班子带头干 党员干部勇赴一线有担当",
  "抗疫一线 商会在行动",
];
const paragraphs = lines
  .slice(2, -1)
  .filter((line) => !subheadings.includes(line))
  .map((line) => line.replace(/^【[^】]+】/, ""));

test.use({ javaScriptEnabled: false });

test("the demo article reads in full without JavaScript: headings, every paragraph, credits", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: title }).first().click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("2022年08月05日 13:48")).toBeVisible();
  await expect(page.getByText("来源:中华工商网")).toBeVisible();
  await expect(page.getByTestId("byline")).toHaveText("【中华工商时报记者 陈明 通讯员 苏显中 廖生权】");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(subheadings);
  const rendered = await page.locator(".article-body p").allTextContents();
  expect(paragraphs).toHaveLength(16);
  expect(rendered).toEqual(paragraphs);
  await expect(page.getByTestId("closing")).toHaveText("(编辑 张晖)");
});
