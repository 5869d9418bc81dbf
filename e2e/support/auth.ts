import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./config";

/** Signs in through the real form, as an editor would; a first sign-in chooses its own password. */
export async function signIn(
  page: Page,
  credentials: { email: string; password: string } = E2E_ADMIN,
  path = "/admin",
) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("邮箱").fill(credentials.email);
  await page.getByLabel("密码").fill(credentials.password);
  await page.getByRole("button", { name: "登录" }).click();
  const mustChange = page.getByRole("heading", { name: "修改密码" });
  await expect(page.getByTestId("current-user").or(mustChange)).toBeVisible();
  if (await mustChange.isVisible()) await chooseOwnPassword(page, credentials);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/**
 * The forced change of an admin-made password. The account object then holds the new password, so
 * later sign-ins of the same spec use it.
 */
export async function chooseOwnPassword(page: Page, account: { password: string }) {
  const chosen = `${account.password}-chosen-by-me`;
  await page.getByLabel("当前密码").fill(account.password);
  await page.getByLabel("新密码", { exact: true }).fill(chosen);
  await page.getByLabel("再次输入新密码").fill(chosen);
  await page.getByRole("button", { name: "保存新密码" }).click();
  account.password = chosen;
}
