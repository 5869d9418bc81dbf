// A job is a named piece of work that the queue (pg-boss, lib/jobs/boss.ts) keeps in PostgreSQL until
// it succeeds: it survives restarts, is retried with back-off and runs on one server at a time.
// Each job is declared once with defineJob and sent with sendJob (lib/jobs/send.ts); the worker
// (lib/jobs/worker.ts) runs every job listed in lib/jobs/catalog.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface JobContext {
  db: PrismaClient;
  /** The queue's id of this job, stable across its retries. */
  jobId: string;
  /** 0 on the first try, then 1, 2, … */
  retryCount: number;
  /** True when this try is the last the job's retryLimit allows. */
  lastAttempt: boolean;
}

export interface JobDefinition<Data extends object> {
  /** Queue name: lower-case words joined by dots, e.g. `webhook.deliver`. */
  name: string;
  /** Tries after the first one before the job counts as failed. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelay: number;
  /** Doubles the delay at every retry (pg-boss adds up to as much again as jitter). */
  retryBackoff: boolean;
  /** Seconds one try may run before the queue counts it as failed and retries it. */
  expireIn: number;
  /** Throwing fails this try (it is retried while retries remain); returning completes the job. */
  run: (data: Data, context: JobContext) => Promise<void>;
}

export type AnyJobDefinition = JobDefinition<never>;

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  if (!NAME.test(definition.name))
    throw new Error(`Job name "${definition.name}" must be lower-case words joined by dots`);
  if (definition.retryLimit < 0 || definition.retryDelay < 1 || definition.expireIn < 1) {
    throw new Error(`Job "${definition.name}": retryLimit ≥ 0, retryDelay ≥ 1 s and expireIn ≥ 1 s`);
  }
  return definition;
}
