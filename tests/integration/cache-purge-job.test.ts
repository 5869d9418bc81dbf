// A failed edge purge becomes a durable job (lib/cache/purge-job.ts): retried with back-off until the
// receiver takes it, on PostgreSQL and on the embedded database.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { cachePurgeJob } from "@/lib/cache/purge-job";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { sendJob } from "@/lib/jobs/send";
import { workJob } from "@/lib/jobs/worker";

const requests: Array<{ method?: string; keys?: string; status: number }> = [];
const edge = createServer((request, response) => {
  // Down for the first request, then back.
  const status = requests.length === 0 ? 503 : 200;
  requests.push({ method: request.method, keys: request.headers["surrogate-key"] as string | undefined, status });
  response.writeHead(status).end();
});
await new Promise<void>((resolve) => edge.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(edge.address() as AddressInfo).port}/`;

afterAll(async () => {
  await stopBoss(2_000);
  await new Promise<void>((resolve) => edge.close(() => resolve()));
});

describe("the cache purge job", () => {
  it("retries a purge the edge refused until it is taken", async () => {
    const boss = await getBoss();
    const id = (await sendJob(cachePurgeJob, { url, keys: ["article:3", "articles"] })) ?? "";
    await workJob(boss, cachePurgeJob, 0.5);
    const deadline = Date.now() + 30_000;
    while ((await boss.getJobById(cachePurgeJob.name, id))?.state !== "completed" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const job = await boss.getJobById(cachePurgeJob.name, id);
    expect(job?.state).toBe("completed");
    expect(job?.retryCount).toBe(1);
    expect(requests).toEqual([
      { method: "PURGE", keys: "article:3 articles", status: 503 },
      { method: "PURGE", keys: "article:3 articles", status: 200 },
    ]);
  });
});
