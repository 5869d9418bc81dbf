// WebSub, IndexNow and Baidu as they run in the server: a change's event reaches its push jobs through
// the outbox relay and the queue, and the local stand-in receives requests in each service's format.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { relayEvents } from "@/lib/events/relay";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { workJob } from "@/lib/jobs/worker";
import type { AnyJobDefinition } from "@/lib/jobs/define-job";
import { baiduPushJob, indexNowJob, websubPingJob } from "@/lib/push/jobs";
import { saveArticle } from "@/lib/services/articles/save-article";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";
import { setAsideEarlierEvents } from "../support/outbox";
import type { RecordingReceiver } from "../support/recording-receiver";

const SITE = "https://news.example.cn";
const receiver: RecordingReceiver = await vi.hoisted(async () => {
  const { startReceiver } = await import("../support/recording-receiver");
  const started = await startReceiver();
  Object.assign(process.env, {
    SITE_URL: "https://news.example.cn",
    WEBSUB_HUB_URL: `${started.url}/hub`,
    INDEXNOW_KEY: "int0test0key0a1b2",
    INDEXNOW_ENDPOINT: `${started.url}/indexnow`,
    BAIDU_PUSH_TOKEN: "int-baidu-token",
    BAIDU_PUSH_ENDPOINT: `${started.url}/baidu`,
    // The tests work the queue themselves.
    MASTHEAD_JOBS_WORKER: "off",
  });
  return started;
});

const JOBS: AnyJobDefinition[] = [websubPingJob, indexNowJob, baiduPushJob] as AnyJobDefinition[];

afterAll(async () => {
  await stopBoss();
  await receiver.close();
});

beforeEach(async () => {
  receiver.requests.length = 0;
  receiver.answers.length = 0;
  receiver.fallback = { status: 200, body: '{"success":1,"remain":100}' };
  await setAsideEarlierEvents();
  await (await getDb()).pendingPush.deleteMany({});
});

const at = (path: string) =>
  receiver.requests.filter((request) => new URL(request.url, receiver.url).pathname === path);

async function until(condition: () => boolean, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the receiver did not get what was expected in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Relays the events of the changes made so far, then works the push jobs until the pool is empty. */
async function deliver(): Promise<void> {
  const db = await getDb();
  await relayEvents(db);
  const boss = await getBoss();
  const workers = await Promise.all(JOBS.map((job) => workJob(boss, job, 0.5)));
  try {
    const deadline = Date.now() + 20_000;
    while ((await db.pendingPush.count()) > 0 || (await queued(boss)) > 0) {
      if (Date.now() > deadline) throw new Error("push jobs did not finish in time");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    for (const id of workers) await boss.offWork({ id });
  }
}

async function queued(boss: Awaited<ReturnType<typeof getBoss>>): Promise<number> {
  let total = 0;
  for (const job of JOBS) {
    // Created, waiting for a retry, or running.
    total += await boss.getQueueSize(job.name, { before: "completed" });
  }
  return total;
}

describe("pushes of a change", () => {
  it("a publication pings the hub for each of its feeds and goes to IndexNow and Baidu", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const article = await publishedArticle(editor);
    await deliver();
    const url = `${SITE}/articles/${article.id}`;

    const pinged = at("/hub").map((request) => new URLSearchParams(request.body).get("hub.url"));
    expect(pinged).toEqual(expect.arrayContaining([`${SITE}/feed.xml`, `${SITE}/atom.xml`, `${SITE}/feed.json`]));
    // Each credited person's feeds changed too.
    expect(pinged.some((feed) => /\/people\/\d+\/feed\.xml$/.test(feed ?? ""))).toBe(true);
    expect(new Set(pinged).size).toBe(pinged.length);

    const [submission] = at("/indexnow");
    expect(JSON.parse(submission?.body ?? "{}")).toEqual({
      host: "news.example.cn",
      key: "int0test0key0a1b2",
      keyLocation: `${SITE}/int0test0key0a1b2.txt`,
      urlList: [url],
    });
    const [baidu] = at("/baidu");
    expect(baidu?.body).toBe(url);
    expect(new URL(baidu?.url ?? "", receiver.url).searchParams.get("token")).toBe("int-baidu-token");
  });

  it("a burst of changes goes out as one submission, and only publications go to Baidu", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    const first = await publishedArticle(editor);
    const second = await publishedArticle(editor, articleInput({ title: "第二篇" }));
    await saveArticle(editor, { id: first.id, version: first.version, title: "改过的标题" });
    await deliver();

    const submissions = at("/indexnow").map((request) => (JSON.parse(request.body) as { urlList: string[] }).urlList);
    expect(submissions).toEqual([[`${SITE}/articles/${first.id}`, `${SITE}/articles/${second.id}`].sort()]);
    expect(
      at("/baidu")
        .flatMap((request) => request.body.split("\n"))
        .sort(),
    ).toEqual([`${SITE}/articles/${first.id}`, `${SITE}/articles/${second.id}`].sort());
  });

  it("a refusal keeps the address for the retry instead of losing it", async () => {
    const editor = await contextFor(await createStaff("EDITOR"));
    receiver.fallback = { status: 429, body: '{"message":"Too Many Requests"}' };
    const article = await publishedArticle(editor);
    const db = await getDb();
    await relayEvents(db);
    const boss = await getBoss();
    const worker = await workJob(boss, indexNowJob as AnyJobDefinition, 0.5);
    await until(() => at("/indexnow").length > 0);
    // The job releases its claim once the answer is in: the address waits for the retry, claimed by none.
    const deadline = Date.now() + 20_000;
    let waiting = await db.pendingPush.findMany({ where: { channel: "indexnow" } });
    while (waiting.some((row) => row.claim !== null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      waiting = await db.pendingPush.findMany({ where: { channel: "indexnow" } });
    }
    await boss.offWork({ id: worker });
    expect(waiting.map((row) => [row.url, row.claim])).toEqual([[`${SITE}/articles/${article.id}`, null]]);
  });
});
