// Issue 9 as an attacker tried it, §1–§3: copied cookies after sign-out, the open redirect, throttled
// sign-in, forced password change, two-factor sign-in with codes computed here, recovery codes used
// once, the sessions list, and two-factor required by a setting.
import { expect, test, type Browser, type Page } from "./support/test";
import { generate } from "otplib";
import { createAccount, sessionAs, type Account } from "./support/accounts";
import { adminSession } from "./support/accounts";
import { chooseOwnPassword } from "./support/auth";
import { E2E_ADMIN } from "./support/config";

const SESSION_COOKIE = "masthead.session";
const step = () => Math.floor(Date.now() / 30_000);

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Turns on two-factor sign-in through the account page; returns the secret, the recovery codes and the step used. */
async function enrol(page: Page) {
  await page.goto("/account/two-factor");
  await expect(page.getByTestId("totp-qr")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  await page.getByLabel("应用显示的 6 位验证码").fill(await generate({ secret }));
  const usedStep = step();
  await page.getByRole("button", { name: "启用两步验证" }).click();
  const codes = page.getByTestId("recovery-codes").locator("code");
  await expect(codes).toHaveCount(10);
  return { secret, recoveryCodes: await codes.allTextContents(), usedStep };
}

/** The password step, then a code on the second step. */
async function signInWithCode(page: Page, account: Account, code: string) {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByLabel("验证码").fill(code);
  await page.getByRole("button", { name: "验证" }).click();
}

async function newContextPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => dialog.accept());
  return page;
}

test("a copied session cookie stops opening the admin once its owner signs out", async ({ browser }) => {
  const owner = await adminSession(browser);
  const cookie = (await owner.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  const thief = await newContextPage(browser);
  await thief.context().addCookies([cookie ?? { name: SESSION_COOKIE, value: "", url: "http://127.0.0.1" }]);
  await thief.goto("/admin");
  await expect(thief.getByTestId("current-user")).toHaveText(E2E_ADMIN.name);

  await signOut(owner);
  await thief.goto("/admin");
  await expect(thief).toHaveURL(/\/login/);
  // Nor does it open anything through Auth.js's own session endpoint.
  expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
});

test("a signed-in visitor is never sent off the site by the sign-in page's return address", async ({ browser }) => {
  const page = await adminSession(browser);
  for (const target of [
    "/%09/evil.example",
    "//evil.example",
    "/%5C%5Cevil.example",
    "/%2F%2Fevil.example",
    "/\\evil.example",
  ]) {
    const response = await page.request.get(`/login?callbackUrl=${target}`, { maxRedirects: 0 });
    expect(response.status(), target).toBe(307);
    expect(response.headers().location, target).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/admin$/);
  }
});

test("the sign-in form stops answering guesses after a few, with the same message for every account", async ({
  page,
}) => {
  const email = `nobody-${Date.now()}@masthead.test`;
  await page.goto("/login");
  for (let attempt = 1; attempt <= 7; attempt += 1) {
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill(`guess-number-${attempt}`);
    // One answer at a time: the same message twice in a row must not pass for the next answer.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "登录" }).click(),
    ]);
    // React clears the password once it has shown the answer; only then is the form ready for the next.
    await expect(page.getByLabel("密码")).toHaveValue("");
    await expect(
      page.getByRole("alert").filter({ hasText: attempt <= 6 ? "邮箱或密码不正确" : /尝试次数过多/ }),
    ).toBeVisible();
  }
});

test("an account an admin made must choose its own password before it may use the admin", async ({ browser }) => {
  const admin = await adminSession(browser);
  const account = await createAccount(admin, "REPORTER", "新来的记者");
  const page = await newContextPage(browser);
  await page.goto("/admin/articles");
  await page.getByLabel("邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account\/password\?callbackUrl=%2Fadmin/);
  await page.goto("/admin/media");
  await expect(page).toHaveURL(/\/account\/password/);
  await expect(page.getByText("请先设置你自己的密码")).toBeVisible();
  await chooseOwnPassword(page, account);
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByTestId("current-user")).toHaveText("新来的记者");
});

test.describe.serial("two-factor sign-in", () => {
  let account: Account;
  let recoveryCodes: string[] = [];

  test("enrol with the QR code, sign out, sign in with a code computed here", async ({ browser }) => {
    test.setTimeout(120_000);
    account = await createAccount(await adminSession(browser), "EDITOR", "两步验证的编辑");
    const page = await sessionAs(browser, account);
    const enrolment = await enrol(page);
    recoveryCodes = enrolment.recoveryCodes;
    await signOut(page);

    // The enrolment's code is spent: wait for the app's next code, as a person would.
    await expect.poll(step, { timeout: 40_000, intervals: [1000] }).toBeGreaterThan(enrolment.usedStep);
    await signInWithCode(page, account, "000000");
    await expect(page.getByText("验证码不正确")).toBeVisible();
    await page.getByLabel("验证码").fill(await generate({ secret: enrolment.secret }));
    await page.getByRole("button", { name: "验证" }).click();
    await expect(page.getByTestId("current-user")).toHaveText("两步验证的编辑");
  });

  test("a recovery code signs in once, and fails the second time", async ({ browser }) => {
    const code = recoveryCodes[0] ?? "";
    const page = await newContextPage(browser);
    await signInWithCode(page, account, code);
    await expect(page.getByTestId("current-user")).toHaveText("两步验证的编辑");
    await signOut(page);
    await signInWithCode(page, account, code);
    await expect(page.getByText("验证码不正确")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test("one's own sessions are listed and can be signed out one by one or all at once", async ({ browser }) => {
  const account = await createAccount(await adminSession(browser), "REPORTER", "两台电脑的记者");
  const laptop = await sessionAs(browser, account);
  const desktop = await sessionAs(browser, account);
  await laptop.goto("/account");
  const rows = laptop.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "当前设备" })).toHaveCount(1);
  await expect(rows.first()).toContainText("Chrome");

  await rows.filter({ hasNotText: "当前设备" }).getByRole("button", { name: "退出" }).click();
  await expect(laptop.getByText("已退出该设备")).toBeVisible();
  await desktop.goto("/admin");
  await expect(desktop).toHaveURL(/\/login/);

  await laptop.getByRole("button", { name: "退出所有设备" }).click();
  await expect(laptop).toHaveURL(/\/login/);
  await laptop.goto("/admin");
  await expect(laptop).toHaveURL(/\/login/);
});

test("with two-factor required, an editor without it is sent to set it up first", async ({ browser }) => {
  test.setTimeout(120_000);
  // A second admin with two-factor sign-in turns the rule on, so the shared e2e admin is never caught by it.
  const chief = await createAccount(await adminSession(browser), "ADMIN", "安全主编");
  const admin = await sessionAs(browser, chief);
  await enrol(admin);
  const setRequired = async (required: boolean) => {
    await admin.goto("/admin/settings");
    await admin.getByLabel("要求管理员和编辑启用两步验证").setChecked(required);
    await admin.getByRole("button", { name: "保存设置" }).click();
    await expect(admin.getByText("设置已保存")).toBeVisible();
  };
  const editorAccount = await createAccount(admin, "EDITOR", "未设两步验证的编辑");
  await setRequired(true);
  try {
    const editor = await newContextPage(browser);
    await editor.goto("/admin/articles");
    await editor.getByLabel("邮箱").fill(editorAccount.email);
    await editor.getByLabel("密码").fill(editorAccount.password);
    await editor.getByRole("button", { name: "登录" }).click();
    await chooseOwnPassword(editor, editorAccount);
    await expect(editor).toHaveURL(/\/account\/two-factor\?callbackUrl=%2Fadmin/);
    await expect(editor.getByText("本站要求管理员和编辑启用两步验证")).toBeVisible();
    await editor.goto("/admin");
    await expect(editor).toHaveURL(/\/account\/two-factor/);
    await enrol(editor);
    await editor.getByRole("link", { name: "继续" }).click();
    await expect(editor.getByTestId("current-user")).toHaveText("未设两步验证的编辑");
  } finally {
    await setRequired(false);
  }
});
