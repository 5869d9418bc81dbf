// Two production servers of one site behind the shipped nginx, sharing one PostgreSQL primary, its
// streaming replica for public reads, and one Redis (e2e/support/fleet.ts), all made for this spec so
// that it can stop and restart them. Runs once, in the PostgreSQL pass (playwright.config.ts).
import pg from "pg";
import { startPrimary, startStandby, type PgCluster } from "../tests/support/pg-cluster";
import { signIn } from "./support/auth";
import { EDGE_FRESHNESS_MS } from "./support/edge";
import { draftThenPublish, saveDraft } from "./support/editor";
import { readThroughEdge, serverErrors, startFleet, type Fleet } from "./support/fleet";
import { beijing } from "./support/time";
import { expect, test, type Browser, type Page } from "./support/test";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let fleet: Fleet;
let primary: PgCluster | undefined;
let standby: PgCluster | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  primary = await startPrimary();
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE masthead`);
  await admin.end();
  standby = await startStandby(primary);
  fleet = await startFleet(primary.url("masthead"), [standby.url("masthead")]);
});

test.afterAll(async () => {
  await fleet?.stop();
  await standby?.destroy();
  await primary?.destroy();
});

async function editorOn(browser: Browser, server: "a" | "b" | "edge"): Promise<Page> {
  const context = await browser.newContext({ baseURL: server === "edge" ? fleet.edge : fleet.url[server] });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

/** Polls `url` every 50 ms until its body passes `check`; returns how long that took. */
async function shows(url: string, check: (body: string) => boolean, timeout: number): Promise<number> {
  const began = Date.now();
  await expect.poll(async () => check(await (await fetch(url)).text()), { timeout, intervals: [50] }).toBe(true);
  return Date.now() - began;
}

async function cacheState(url: string): Promise<string | null> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.headers.get("x-nextjs-cache");
}

test("a session made on one server works on the other, and signing out on one ends it on both", async ({ browser }) => {
  const page = await editorOn(browser, "a");
  await page.goto(`${fleet.url.b}/admin`);
  await expect(page.getByTestId("current-user")).toBeVisible();
  const cookies = await page.context().cookies();

  // The same cookie in another browser works on server A too, so refusing it later means something.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const elsewhere = await copy.newPage();
  await elsewhere.goto(`${fleet.url.a}/admin`);
  await expect(elsewhere.getByTestId("current-user")).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click(); // on server B
  await expect(page).toHaveURL(/\/login/);
  await elsewhere.goto(`${fleet.url.a}/admin`);
  await expect(elsewhere).toHaveURL(/\/login/);
  await copy.close();
});

test("an editor signs in and saves through the edge, on its own port as a browser addresses it", async ({
  browser,
}) => {
  const editor = await editorOn(browser, "edge");
  const id = await saveDraft(editor, `经边缘保存 ${Date.now()}`, ["通过 nginx 登录并保存。"]);
  expect(Number(id)).toBeGreaterThan(0);
});

test("a preview link made on one server opens on the other, and revoking it on the other voids it on both", async ({
  browser,
}) => {
  const editor = await editorOn(browser, "a");
  editor.on("dialog", (dialog) => void dialog.accept()); // the revoke button asks first
  const title = `跨服务器预览 ${Date.now()}`;
  await saveDraft(editor, title, ["只给审稿人看的内容。"]);
  await editor.getByRole("button", { name: "生成预览链接" }).click();
  const link = new URL(await editor.getByLabel("预览链接").inputValue()).pathname;

  const reviewer = await (await browser.newContext()).newPage();
  await reviewer.goto(`${fleet.url.b}${link}`);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(title);

  await editor.goto(`${fleet.url.b}${new URL(editor.url()).pathname}`);
  await editor.getByRole("button", { name: "作废所有预览链接" }).click();
  await expect(editor.getByText("已作废这篇文章此前发出的所有预览链接")).toBeVisible();
  for (const server of [fleet.url.a, fleet.url.b])
    expect((await reviewer.goto(`${server}${link}`))?.status()).toBe(404);
});

test("a publication on one server is served by the other at once and by the edge within its second", async ({
  browser,
}) => {
  // Server B and the edge hold the home page before the change.
  await fetch(`${fleet.url.b}/`);
  expect(await cacheState(`${fleet.url.b}/`)).toBe("HIT");
  await fetch(`${fleet.edge}/`);

  const editor = await editorOn(browser, "a");
  const title = `两台服务器 ${Date.now()}`;
  const id = await draftThenPublish(editor, title);

  const onB = await shows(`${fleet.url.b}/`, (body) => body.includes(title), 1_000);
  const atEdge = await shows(`${fleet.edge}/`, (body) => body.includes(title), EDGE_FRESHNESS_MS);
  expect((await fetch(`${fleet.url.b}/articles/${id}`)).status).toBe(200);
  console.log(`[fleet] the change showed on server B after ${onB} ms, through the edge after ${atEdge} ms`);
});

test("a scheduled article goes live exactly once with both servers' clocks running", async ({ browser }) => {
  const editor = await editorOn(browser, "b");
  const title = `定时 两台 ${Date.now()}`;
  const id = Number(await saveDraft(editor, title, ["两台服务器的时钟都在走，稿件只上线一次。"]));
  const goLive = new Date(Math.ceil((Date.now() + 3_000) / 1000) * 1000);
  await editor.getByLabel("定时发布时间").fill(beijing(goLive));
  await editor.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByTestId("status")).toHaveText("定时发布");

  await shows(`${fleet.url.a}/articles/${id}`, (body) => body.includes(title), 15_000);
  // Both clocks have had several ticks since; the article was made live by one of them, once.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const db = new pg.Client({ connectionString: fleet.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ type: string }>(
      `SELECT type FROM "DomainEvent" WHERE "articleId" = $1 AND type = 'article.published'`,
      [id],
    );
    expect(rows).toHaveLength(1);
  } finally {
    await db.end();
  }
});

test("without Redis both servers keep serving from their own memory, and catch up when it returns", async ({
  browser,
}) => {
  const editor = await editorOn(browser, "a");
  await fetch(`${fleet.url.b}/`);
  await fleet.redis.stop();

  const load = await readThroughEdge(fleet.edge, ["/", "/articles/1", "/feed.xml", "/sections/news"], 10, 3_000);
  expect(serverErrors(load)).toBe(0);
  expect(load.failures).toBe(0);
  for (const server of [fleet.url.a, fleet.url.b]) expect((await fetch(`${server}/articles/1`)).status).toBe(200);

  // A change made on A while B cannot be told: A shows it at once; B once Redis is back.
  const title = `Redis 停机 ${Date.now()}`;
  await draftThenPublish(editor, title);
  await shows(`${fleet.url.a}/`, (body) => body.includes(title), 1_000);
  await fleet.redis.start();
  await shows(`${fleet.url.b}/`, (body) => body.includes(title), 15_000);
});

test("killing one app server under load: readers through nginx see no server error", async () => {
  const paths = ["/", "/articles/1", "/feed.xml", "/search?q=工商", "/archive", "/sitemap.xml"];
  const reading = readThroughEdge(fleet.edge, paths, 20, 4_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await fleet.kill("b");
  const load = await reading;
  expect(load.requests).toBeGreaterThan(100);
  expect(serverErrors(load)).toBe(0);
  expect(load.failures).toBe(0);
  await fleet.start("b");
});

test("PostgreSQL restarted under load: the servers recover by themselves, and a save refused meanwhile is reported, kept and saved", async ({
  browser,
}) => {
  const database = primary;
  if (!database) throw new Error("no primary");
  const editor = await editorOn(browser, "a");
  const title = `数据库重启 ${Date.now()}`;
  const id = Number(await saveDraft(editor, title, ["数据库重启前写下的正文。"]));

  const paths = ["/", "/articles/1", "/feed.xml", "/sections/news"];
  const reading = readThroughEdge(fleet.edge, paths, 10, 8_000);
  await database.stop();
  const changed = `${title}(改)`;
  await editor.getByLabel("标题", { exact: true }).fill(changed);
  await editor.keyboard.press("ControlOrMeta+s");
  const status = editor.getByTestId("autosave-status");
  await expect(status).toContainText("保存失败", { timeout: 20_000 });
  await expect(editor.getByLabel("标题", { exact: true })).toHaveValue(changed);
  await expect(editor.getByTestId("rich-editor")).toContainText("数据库重启前写下的正文。");

  await database.start();
  // Nobody restarts the app servers: the editor's retry gets through, and every server answers again.
  await expect(status).toHaveText(/已自动保存|没有未保存的修改/, { timeout: 30_000 });
  const load = await reading;
  console.log(
    `[fleet] readers during the restart: ${load.requests} requests, ${serverErrors(load)} server errors, ${load.failures} unanswered`,
  );
  for (const server of [fleet.url.a, fleet.url.b]) {
    // A search is rendered per request from the database: it answers only if the server reconnected.
    const search = `${server}/search?q=${encodeURIComponent(changed)}`;
    await expect.poll(async () => (await fetch(search)).status, { timeout: 15_000 }).toBe(200);
    expect((await fetch(`${server}/api/ready`)).status).toBe(200);
  }
  const db = new pg.Client({ connectionString: fleet.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ title: string }>(`SELECT title FROM "Article" WHERE id = $1`, [id]);
    expect(rows[0]?.title).toBe(changed);
  } finally {
    await db.end();
  }
});
