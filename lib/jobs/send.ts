// Queues a job. Inside a transaction pass `tx`: the job then commits or rolls back with it.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getBoss } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { transactionExecutor } from "@/lib/jobs/transaction-executor";

export interface SendOptions {
  /** Write the job in this transaction (call getBoss() before opening it). */
  tx?: Prisma.TransactionClient;
  /**
   * Makes the send idempotent: a second send with the same key for the same job is ignored (while
   * the queue keeps the first, 12 hours after it completes). See jobIdFor.
   */
  key?: string;
  /** Not before this time. */
  startAfter?: Date;
}

/** A UUID made from the job name and a caller's key: the same key gives the same job id. */
export function jobIdFor(jobName: string, key: string): string {
  const hex = createHash("sha256").update(`${jobName}\u0000${key}`).digest("hex");
  // Shaped as a version-8 (custom) UUID, which pg-boss's uuid column accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Queues `data` for `job`; returns the job id, or null when a job with the same key was already queued. */
export async function sendJob<Data extends object>(
  job: JobDefinition<Data>,
  data: Data,
  options: SendOptions = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(job.name, data, {
    id: options.key === undefined ? undefined : jobIdFor(job.name, options.key),
    startAfter: options.startAfter,
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelay,
    retryBackoff: job.retryBackoff,
    expireInSeconds: job.expireIn,
    db: options.tx ? transactionExecutor(options.tx) : undefined,
  });
}
