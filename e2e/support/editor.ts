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
