import { expect, test } from "./support/test";
import { signIn } from "./support/auth";
import { E2E_ADMIN } from "./support/config";

test("an anonymous visitor to /admin is sent to the sign-in page", async ({ page }) => {
  const response = await page.goto("/admin/articles/new");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Farticles%2Fnew/);
  await expect(page.getByRole("heading", { name: "登录 Masthead" })).toBeVisible();
});

test("a wrong password gets a clear message and keeps the email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(E2E_ADMIN.email);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("邮箱或密码不正确")).toBeVisible();
  await expect(page.getByLabel("邮箱")).toHaveValue(E2E_ADMIN.email);
  await expect(page).toHaveURL(/\/login/);
});

test("sign in returns to the page asked for, and sign out ends the session", async ({ page }) => {
  await signIn(page, E2E_ADMIN, "/admin/articles/new");
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(page.getByTestId("current-user")).toHaveText(E2E_ADMIN.name);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});
