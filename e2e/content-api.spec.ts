// The content API end to end: an admin makes a key at /admin/api-keys, copies the secret shown once,
// a client reads the demo article with its credits through /api/v1/articles, and after the key is
// revoked the same call is refused.
import { expect, test, type APIRequestContext } from "./support/test";
import { adminSession } from "./support/accounts";

const DEMO_TITLE = "成都市龙泉驿区工商联同心战“疫”共克时艰";

interface Credit {
  position: number;
  role: { key: string; name: string };
  person: { name: string };
  affiliation: string | null;
}

interface Article {
  id: number;
  title: string;
  url: string;
  credits: Credit[];
  byline: { text: string | null; closing: string | null };
  body: { html: string };
}

/** Every page of /api/v1/articles until the demo article turns up. */
async function findDemo(request: APIRequestContext, key: string): Promise<Article | undefined> {
  let path: string | null = "/api/v1/articles?limit=100";
  while (path) {
    const response = await request.get(path, { headers: { Authorization: `Bearer ${key}` } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["etag"]).toBeTruthy();
    const page = (await response.json()) as { data: Article[]; next: string | null };
    const demo = page.data.find((article) => article.title === DEMO_TITLE);
    if (demo) return demo;
    path = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
  }
  return undefined;
}

test("an admin creates a key, a client reads the demo article with its credits, and a revoked key is refused", async ({
  browser,
  request,
}) => {
  const admin = await adminSession(browser);
  await admin.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "API 密钥" }).click();
  await expect(admin.getByRole("heading", { name: "内容 API 密钥" })).toBeVisible();

  const name = `合作网站 ${Date.now()}`;
  await admin.getByLabel("名称", { exact: true }).fill(name);
  await admin.getByRole("button", { name: "创建密钥" }).click();
  const shown = admin.getByTestId("api-key-secret");
  await expect(shown).toHaveText(/^mh_live_[A-Za-z0-9_-]{43}$/);
  await admin.getByRole("button", { name: "复制" }).click();
  await expect(admin.getByRole("button", { name: "已复制" })).toBeVisible();
  const key = await admin.evaluate(() => navigator.clipboard.readText());
  expect(key).toBe(await shown.textContent());
  const row = admin.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 14));
  // The page shows the prefix only: the whole secret is nowhere but in the one-time notice.
  await expect(row).not.toContainText(key);

  const demo = await findDemo(request, key);
  expect(demo, "the demo article is in /api/v1/articles").toBeDefined();
  expect(demo?.credits.map((credit) => `${credit.role.name} ${credit.person.name}`)).toEqual([
    "记者 陈明",
    "通讯员 苏显中",
    "通讯员 廖生权",
    "编辑 张晖",
  ]);
  expect(demo?.byline).toEqual({ text: "【中华工商时报记者 陈明 通讯员 苏显中 廖生权】", closing: "(编辑 张晖)" });
  expect(demo?.url).toMatch(new RegExp(`/articles/${demo?.id}$`));
  expect(demo?.body.html).toContain("<p>");

  await expect(row).toContainText("有效");
  await row.getByRole("button", { name: "撤销" }).click();
  await expect(row).toContainText("已于");
  const refused = await request.get("/api/v1/articles", { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toMatch(/^application\/problem\+json/);
  expect(((await refused.json()) as { code: string }).code).toBe("unauthorized");
});

test("the OpenAPI document is public, and the API without a key answers 401 problem JSON", async ({ request }) => {
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  const anonymous = await request.get("/api/v1/articles?limit=abc");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["cache-control"]).toMatch(/no-store/);
});
