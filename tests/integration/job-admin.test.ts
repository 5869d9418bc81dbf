// The job queue's admin screen (/admin/jobs): queue depths, failed jobs with their last error and
// attempts, and retrying one (admins only, audited).
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { failedJobs, queueDepths, retryJob } from "@/lib/services/jobs/job-admin";
import { expectServiceError } from "../support/expect-error";
import { contextFor, createStaff } from "../support/factories";

afterAll(async () => {
  await stopBoss();
});

const QUEUE = "test.admin-screen";

describe("the job admin", () => {
  it("shows each queue's depth and the failed jobs with their last error, and retries one", async () => {
    const admin = await contextFor(await createStaff("ADMIN"));
    const boss = await getBoss();
    await boss.createQueue(QUEUE);
    await boss.send(QUEUE, { waiting: true });
    const doomed = (await boss.send(QUEUE, { doomed: true }, { retryLimit: 0 })) ?? "";
    await boss.fail(QUEUE, doomed, new Error("receiver said 500 on purpose"));

    const depths = await queueDepths(admin);
    expect(depths.find((queue) => queue.name === QUEUE)).toEqual({
      name: QUEUE,
      waiting: 1,
      active: 0,
      failed: 1,
      completed: 0,
    });
    // Every job of the catalog is listed, even with nothing queued.
    expect(depths.map((queue) => queue.name)).toContain("webhook.deliver");

    const failed = (await failedJobs(admin)).find((job) => job.id === doomed);
    expect(failed).toMatchObject({ name: QUEUE, attempts: 1, lastError: "receiver said 500 on purpose" });

    await retryJob(admin, QUEUE, doomed);
    expect((await boss.getJobById(QUEUE, doomed))?.state).toBe("retry");
    const db = await getDb();
    const entry = await db.auditEntry.findFirst({ where: { action: "job.retry", actorId: admin.actor.id } });
    expect(entry?.details).toEqual({ name: QUEUE, id: doomed });
    // Only a failed job can be retried; an unknown one is not found.
    await expectServiceError(retryJob(admin, QUEUE, doomed), "validation");
    await expectServiceError(retryJob(admin, QUEUE, "00000000-0000-4000-8000-000000000000"), "not_found");
    await expectServiceError(retryJob(admin, QUEUE, "not-a-uuid'; DROP TABLE x"), "not_found");
  });

  it("is for admins only", async () => {
    for (const role of ["EDITOR", "REPORTER"] as const) {
      const ctx = await contextFor(await createStaff(role));
      await expectServiceError(queueDepths(ctx), "forbidden");
      await expectServiceError(failedJobs(ctx), "forbidden");
      await expectServiceError(retryJob(ctx, QUEUE, "00000000-0000-4000-8000-000000000000"), "forbidden");
    }
  });
});
