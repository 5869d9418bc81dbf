// axe-core finds no violations on the main public pages and in the admin editor.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/test";
import { signIn } from "../support/auth";
import { qualityPages } from "./pages";

test("public pages have no axe violations, in light and dark mode", async ({ page, request }) => {
  const pages = await qualityPages(request);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      const response = await page.goto(path);
      expect(response?.status(), `${name} ${path}`).toBeLessThan(400);
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
      expect(summary, `${name} (${colorScheme}) ${path}`).toEqual([]);
    }
  }
});

test("the admin editor has no axe violations", async ({ page }) => {
  await signIn(page, undefined, "/admin/articles/new");
  await expect(page.getByTestId("rich-editor")).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
});
