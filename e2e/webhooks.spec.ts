// Signed webhooks as an admin uses them: register an endpoint, keep the secret it shows once, publish
// an article, and the local receiver gets one delivery whose signature checks out with that secret
// (the standardwebhooks package); the endpoint's page logs the attempt.
import { startReceiver, type Receiver } from "../tests/support/webhook-receiver";
import { adminSession } from "./support/accounts";
import { publishNewArticle } from "./support/editor";
import { expect, test } from "./support/test";

let receiver: Receiver;

test.beforeAll(async () => {
  receiver = await startReceiver();
});

test.afterAll(async () => {
  await receiver.close();
});

test("an admin registers an endpoint, publishes, and the receiver gets one signed delivery shown in the log", async ({
  browser,
}) => {
  const admin = await adminSession(browser);
  await admin.goto("/admin/webhooks");
  await expect(admin.getByRole("heading", { name: "Webhook 推送" })).toBeVisible();
  await admin.getByLabel("地址", { exact: true }).fill(receiver.url("/e2e"));
  await admin.getByLabel("说明", { exact: true }).fill("端到端测试接收端");
  // Only publications: the other events are unticked.
  for (const name of ["已发布文章更新", "文章下线", "文章撤稿", "文章更正", "文章移入回收站", "直播新增条目"]) {
    await admin.getByRole("checkbox", { name: new RegExp(`^${name}`) }).uncheck();
  }
  await admin.getByRole("button", { name: "登记", exact: true }).click();
  const secret = await admin.getByTestId("webhook-secret").textContent();
  expect(secret).toMatch(/^whsec_/);
  receiver.trust("/e2e", secret ?? "");
  await admin.getByRole("link", { name: "查看" }).last().click();
  await expect(admin.getByRole("heading", { name: receiver.url("/e2e") })).toBeVisible();
  await expect(admin.getByText("还没有推送。")).toBeVisible();

  await admin.goto("/admin/articles/new");
  const title = `Webhook 推送 ${Date.now()}`;
  const id = await publishNewArticle(admin, title, ["这篇文章发布后,接收端应收到一次签名推送。"]);

  await expect.poll(() => receiver.received.filter((item) => item.path === "/e2e").length, { timeout: 20_000 }).toBe(1);
  const [delivery] = receiver.received.filter((item) => item.path === "/e2e");
  expect(delivery?.verified).toBe(true);
  expect(delivery?.status).toBe(200);
  expect(delivery?.body).toMatchObject({
    type: "article.published",
    data: { id: Number(id), title, status: "PUBLISHED" },
  });

  await admin.goto("/admin/webhooks");
  await admin.getByRole("link", { name: "查看" }).last().click();
  const row = admin.getByTestId("webhook-delivery");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("文章发布");
  await expect(row).toContainText("已送达");
  await expect(row).toContainText("· 200 ·");
  await expect(row).toContainText(delivery?.id ?? "missing");
});
