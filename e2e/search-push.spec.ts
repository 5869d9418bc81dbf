// Instant push, seen from outside: the feeds name their WebSub hub, the IndexNow key file is at the site
// root, and publishing in the admin reaches the hub, IndexNow and Baidu (a local recording stand-in for
// all three, e2e/support/push-receiver.ts) through the job queue within seconds.
import { expect, test } from "./support/test";
import { adminSession } from "./support/accounts";
import { E2E_BASE_URL, E2E_INDEXNOW_KEY, E2E_PUSH_URL } from "./support/config";
import { publishNewArticle } from "./support/editor";
import type { ReceivedPush } from "./support/push-receiver";

async function received(path: string): Promise<ReceivedPush[]> {
  const response = await fetch(`${E2E_PUSH_URL}/_records`);
  return ((await response.json()) as ReceivedPush[]).filter((record) => record.path === path);
}

test("the IndexNow key file is served at the site root, and no other name is", async ({ request }) => {
  const key = await request.get(`/${E2E_INDEXNOW_KEY}.txt`);
  expect(key.status()).toBe(200);
  expect(await key.text()).toBe(E2E_INDEXNOW_KEY);
  expect((await request.get("/not0the0key0at0all.txt")).status()).toBe(404);
});

test("every feed advertises the hub", async ({ request }) => {
  for (const file of ["feed.xml", "atom.xml", "feed.json"]) {
    const feed = await request.get(`/${file}`);
    expect(feed.headers()["link"]).toBe(`<${E2E_PUSH_URL}/hub>; rel="hub", <${E2E_BASE_URL}/${file}>; rel="self"`);
    expect(await feed.text()).toContain(`${E2E_PUSH_URL}/hub`);
  }
});

test("publishing pings the hub for the feeds it changed and submits the article to IndexNow and Baidu", async ({
  browser,
}) => {
  const admin = await adminSession(browser);
  await admin.goto("/admin/articles/new");
  const id = await publishNewArticle(admin, `推送测试 ${Date.now()}`, ["推送测试的正文。"]);
  const articleUrl = `${E2E_BASE_URL}/articles/${id}`;

  await expect
    .poll(async () => (await received("/hub")).map((ping) => new URLSearchParams(ping.body).get("hub.url")), {
      timeout: 20_000,
    })
    .toEqual(
      expect.arrayContaining([`${E2E_BASE_URL}/feed.xml`, `${E2E_BASE_URL}/atom.xml`, `${E2E_BASE_URL}/feed.json`]),
    );
  const ping = (await received("/hub"))[0];
  expect(ping?.contentType).toBe("application/x-www-form-urlencoded");
  expect(new URLSearchParams(ping?.body).get("hub.mode")).toBe("publish");

  await expect
    .poll(
      async () =>
        (await received("/indexnow")).flatMap((post) => (JSON.parse(post.body) as { urlList: string[] }).urlList),
      {
        timeout: 20_000,
      },
    )
    .toContain(articleUrl);
  const submission = JSON.parse((await received("/indexnow"))[0]?.body ?? "{}") as Record<string, unknown>;
  expect(submission).toMatchObject({ host: new URL(E2E_BASE_URL).host, key: E2E_INDEXNOW_KEY });
  expect(submission.keyLocation).toBe(`${E2E_BASE_URL}/${E2E_INDEXNOW_KEY}.txt`);

  await expect
    .poll(async () => (await received("/baidu")).flatMap((post) => post.body.split("\n")), { timeout: 20_000 })
    .toContain(articleUrl);
  const push = (await received("/baidu"))[0];
  expect(new URLSearchParams(push?.query).get("token")).toBe("e2e-baidu-token");
  expect(push?.contentType).toBe("text/plain");
  await admin.close();
});
