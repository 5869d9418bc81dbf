import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./config";

/** Signs in through the real form, as an editor would. */
export async function signIn(page: Page, credentials = E2E_ADMIN, path = "/admin") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("邮箱").fill(credentials.email);
  await page.getByLabel("密码").fill(credentials.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}
