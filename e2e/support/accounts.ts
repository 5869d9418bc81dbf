import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./auth";
import { E2E_ADMIN } from "./config";

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** An admin creates an account in the users screen; the generated password is read off the page. */
export async function createAccount(page: Page, role: "REPORTER" | "EDITOR" | "ADMIN", name: string): Promise<Account> {
  const email = `${role.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@masthead.test`;
  await page.goto("/admin/users");
  await page.getByLabel("姓名", { exact: true }).fill(name);
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("角色", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "创建账号" }).click();
  const password = await page.getByTestId("generated-password").textContent();
  expect(password).toBeTruthy();
  return { email, password: password ?? "", name };
}

/** A new browser context (its own cookies) signed in as this account. */
export async function sessionAs(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, account);
  return page;
}

export async function adminSession(browser: Browser): Promise<Page> {
  return sessionAs(browser, E2E_ADMIN);
}
