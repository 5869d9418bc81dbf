// Issue 12 part 1: the durable job queue (pg-boss) on PostgreSQL and on the embedded database.
import type PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, getEmbeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { createBoss, getBoss, stopBoss } from "@/lib/jobs/boss";
import { defineJob, type JobContext } from "@/lib/jobs/define-job";
import { jobIdFor, sendJob } from "@/lib/jobs/send";
import { startJobWorkers, workJob } from "@/lib/jobs/worker";
import { runShutdownHooks } from "@/lib/server/shutdown-hooks";
import { contextFor, createStaff, publishedArticle } from "../support/factories";
import { setAsideEarlierEvents } from "../support/outbox";

const started: PgBoss[] = [];

async function newBoss(): Promise<PgBoss> {
  const boss = await createBoss({
    connectionString: env.databaseUrl,
    pglite: await getEmbeddedDatabase(),
    supervise: false,
  });
  started.push(boss);
  return boss;
}

afterAll(async () => {
  for (const boss of started) await boss.stop({ graceful: false, wait: true });
  await stopBoss();
});

function until(condition: () => boolean | Promise<boolean>, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  return new Promise((resolve, reject) => {
    const check = async () => {
      if (await condition()) return resolve();
      if (Date.now() > deadline) return reject(new Error("condition not met in time"));
      setTimeout(check, 100);
    };
    void check();
  });
}

function recordingJob(name: string, behaviour: (data: { n: number }, context: JobContext) => Promise<void>) {
  return defineJob<{ n: number }>({
    name,
    retryLimit: 3,
    retryDelay: 1,
    retryBackoff: true,
    expireIn: 60,
    run: behaviour,
  });
}

async function stateOf(boss: PgBoss, name: string, id: string) {
  return (await boss.getJobById(name, id))?.state;
}

describe("the job queue", () => {
  it("keeps a job through a restart and runs it on the next start", async () => {
    const handled: number[] = [];
    const job = recordingJob("test.durable", async (data) => {
      handled.push(data.n);
    });
    const first = await newBoss();
    await first.createQueue(job.name);
    const id = await first.send(job.name, { n: 7 });
    expect(id).not.toBeNull();
    await first.stop({ graceful: true, wait: true });

    const second = await newBoss();
    expect(await stateOf(second, job.name, id ?? "")).toBe("created");
    await workJob(second, job, 0.5);
    await until(() => handled.length === 1);
    await until(async () => (await stateOf(second, job.name, id ?? "")) === "completed");
    expect(handled).toEqual([7]);
  });

  it("retries a failing job with growing delays until it succeeds", async () => {
    const tries: number[] = [];
    const job = recordingJob("test.flaky", async (_data, context) => {
      tries.push(Date.now());
      expect(context.retryCount).toBe(tries.length - 1);
      if (tries.length < 3) throw new Error(`try ${tries.length} fails on purpose`);
    });
    const boss = await newBoss();
    await boss.createQueue(job.name);
    const id = await boss.send(job.name, { n: 1 }, { retryLimit: 3, retryDelay: 1, retryBackoff: true });
    await workJob(boss, job, 0.5);
    await until(async () => (await stateOf(boss, job.name, id ?? "")) === "completed");
    const record = await boss.getJobById(job.name, id ?? "");
    expect(record?.retryCount).toBe(2);
    expect(tries).toHaveLength(3);
    // Exponential back-off: pg-boss waits at least 1 s before the first retry and 2 s before the second.
    const [a = 0, b = 0, c = 0] = tries;
    expect(b - a).toBeGreaterThanOrEqual(900);
    expect(c - b).toBeGreaterThanOrEqual(1_900);
  });

  it("gives up after the retry limit and keeps the last error", async () => {
    const job = defineJob<{ n: number }>({
      name: "test.hopeless",
      retryLimit: 1,
      retryDelay: 1,
      retryBackoff: false,
      expireIn: 60,
      run: async () => {
        throw new Error("never works");
      },
    });
    const boss = await newBoss();
    await boss.createQueue(job.name);
    const id = await boss.send(job.name, { n: 1 }, { retryLimit: 1, retryDelay: 1 });
    await workJob(boss, job, 0.5);
    await until(async () => (await stateOf(boss, job.name, id ?? "")) === "failed");
    const record = await boss.getJobById(job.name, id ?? "");
    expect(record?.retryCount).toBe(1);
    expect(JSON.stringify(record?.output)).toContain("never works");
  });

  it("hands each job to one of two workers on the same database", async () => {
    const handledBy = new Map<number, string[]>();
    const worker = (who: string) =>
      recordingJob("test.shared", async (data) => {
        handledBy.set(data.n, [...(handledBy.get(data.n) ?? []), who]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    const one = await newBoss();
    const two = await newBoss();
    await one.createQueue("test.shared");
    for (let n = 0; n < 30; n++) await one.send("test.shared", { n });
    await workJob(one, worker("one"), 0.5);
    await workJob(two, worker("two"), 0.5);
    await until(() => handledBy.size === 30);
    // Every job finished, so a duplicate would have run by now.
    await until(async () => (await one.getQueueSize("test.shared", { before: "completed" })) === 0);
    expect([...handledBy.values()].every((who) => who.length === 1)).toBe(true);
  });

  it("sends once per key, and a job sent in a rolled-back transaction is never queued", async () => {
    const job = recordingJob("test.keyed", async () => {});
    const boss = await getBoss();
    await boss.createQueue(job.name);
    const first = await sendJob(job, { n: 1 }, { key: "article-1" });
    const again = await sendJob(job, { n: 1 }, { key: "article-1" });
    expect(first).toBe(jobIdFor(job.name, "article-1"));
    expect(again).toBeNull();

    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await sendJob(job, { n: 2 }, { tx, key: "rolled-back" });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await boss.getJobById(job.name, jobIdFor(job.name, "rolled-back"))).toBeNull();

    await db.$transaction(async (tx) => {
      await sendJob(job, { n: 3 }, { tx, key: "committed" });
    });
    expect((await boss.getJobById(job.name, jobIdFor(job.name, "committed")))?.data).toEqual({ n: 3 });
  });

  it("starts the server's workers, which relay events, and stops them at shutdown; they start again after", async () => {
    const db = await getDb();
    await setAsideEarlierEvents();
    const editor = await contextFor(await createStaff("EDITOR"));
    for (const round of [1, 2]) {
      await startJobWorkers();
      const article = await publishedArticle(editor, { title: `工作进程 ${round}` });
      await until(
        async () => (await db.domainEvent.findFirstOrThrow({ where: { articleId: article.id } })).relayedAt !== null,
      );
      // What lib/server/main.ts runs on SIGTERM: the relay and pg-boss stop, running jobs finish first.
      await runShutdownHooks();
    }
    // Stopped: the next getBoss() is a new instance, started afresh.
    const again = await getBoss();
    expect((await again.getQueues()).map((queue) => queue.name)).toContain("webhook.deliver");
  });

  it("refuses a job name that is not dotted lower-case words, and impossible retry settings", () => {
    const run = async () => {};
    expect(() =>
      defineJob({ name: "Webhook Deliver", retryLimit: 1, retryDelay: 1, retryBackoff: true, expireIn: 60, run }),
    ).toThrow(/lower-case words/);
    expect(() =>
      defineJob({ name: "webhook.deliver", retryLimit: -1, retryDelay: 1, retryBackoff: true, expireIn: 60, run }),
    ).toThrow(/retryLimit/);
  });
});
