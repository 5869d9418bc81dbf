// The servers of a release start at once on a new database: each starts pg-boss and creates every
// queue of the catalog. All of them must start (pg-boss creates queues without a lock of its own, and
// two creating the same queue can deadlock: lib/jobs/boss.ts tries again).
import { afterEach, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createBoss } from "@/lib/jobs/boss";
import { JOBS } from "@/lib/jobs/catalog";
import { createScratchDatabase } from "../../support/postgres";

const SERVERS = 4;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("job queues created by several servers at once", () => {
  it("start on every server, with each queue created once", async () => {
    const database = await createScratchDatabase("masthead_boss_race");
    cleanups.push(database.drop);
    const started: PgBoss[] = [];
    cleanups.push(async () => void (await Promise.all(started.map((boss) => boss.stop({ graceful: false })))));

    const results = await Promise.allSettled(
      Array.from({ length: SERVERS }, async () => {
        const boss = await createBoss({ connectionString: database.url, supervise: false });
        started.push(boss);
        return boss;
      }),
    );

    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const queues = await started[0]?.getQueues();
    expect(queues?.map((queue) => queue.name).sort()).toEqual(JOBS.map((job) => job.name).sort());
  });
});
