// Works the queue inside the server process (started from instrumentation.ts): one pg-boss worker per
// job in the catalog, and the outbox relay that turns domain events into jobs. With several servers
// each works the same queue; pg-boss hands each job to one of them (FOR UPDATE SKIP LOCKED).
import type PgBoss from "pg-boss";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { startRelay, type Relay } from "@/lib/events/relay";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { JOBS } from "@/lib/jobs/catalog";
import type { AnyJobDefinition, JobContext } from "@/lib/jobs/define-job";
import { onShutdown } from "@/lib/server/shutdown-hooks";

interface Running {
  relay: Relay;
}

const holder = globalThis as typeof globalThis & { __mastheadWorker?: Running };

/** Registers the handler of one job on `boss` (the tests use it with boss instances of their own). */
export async function workJob(boss: PgBoss, job: AnyJobDefinition, pollingIntervalSeconds: number): Promise<string> {
  return boss.work<object>(
    job.name,
    { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
    async ([item]) => {
      if (!item) return;
      const context: JobContext = {
        db: await getDb(),
        jobId: item.id,
        retryCount: item.retryCount,
        lastAttempt: item.retryCount >= item.retryLimit,
      };
      await (job.run as (data: object, context: JobContext) => Promise<void>)(item.data, context);
    },
  );
}

export async function startJobWorkers(): Promise<void> {
  if (!env.jobs.worker || holder.__mastheadWorker) return;
  const boss = await getBoss();
  for (const job of JOBS) await workJob(boss, job, env.jobs.pollSeconds);
  const relay = startRelay(await getDb(), env.jobs.relayIntervalMs);
  holder.__mastheadWorker = { relay };
  // The production server (lib/server/main.ts) waits for this before it exits.
  onShutdown(stopJobWorkers);
}

/**
 * Starts the workers without holding up the server: a queue that cannot start (the database not there
 * yet, or restarting) must not stop the site from serving, and it keeps trying until it starts.
 */
export function startJobWorkersInBackground(retryMs = 5_000): void {
  const attempt = () => {
    startJobWorkers().catch(async (error: unknown) => {
      console.error(`[jobs] could not start; trying again in ${retryMs / 1000} s`, error);
      // Whatever half started is stopped, so that the next attempt registers each worker once.
      await stopBoss().catch(() => undefined);
      setTimeout(attempt, retryMs).unref();
    });
  };
  attempt();
}

/** Stops taking jobs and events; running jobs get a few seconds to finish (unfinished ones run again later). */
export async function stopJobWorkers(): Promise<void> {
  const running = holder.__mastheadWorker;
  holder.__mastheadWorker = undefined;
  await running?.relay.stop();
  await stopBoss();
}
