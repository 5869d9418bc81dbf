// The process's one pg-boss instance, on the same database as getDb(): a pool of its own on a
// PostgreSQL server, the app's PGlite through executeSql on the embedded database. pg-boss keeps its
// tables in the `pgboss` schema and creates or upgrades them at start.
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import { getEmbeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { JOBS } from "@/lib/jobs/catalog";
import { pgliteExecutor } from "@/lib/jobs/pglite-executor";

export const BOSS_SCHEMA = "pgboss";

export interface BossTarget {
  connectionString?: string;
  pglite?: PGlite;
  /** Maintenance (expiring stuck jobs, archiving, deleting old ones): on in a server that works jobs. */
  supervise: boolean;
}

/** A started pg-boss with a queue for every job in the catalog. */
export async function createBoss(target: BossTarget): Promise<PgBoss> {
  const common = {
    schema: BOSS_SCHEMA,
    supervise: target.supervise,
    // Cron schedules are not used: scheduled publishing keeps its own clock (README, "Job queue").
    schedule: false,
    archiveCompletedAfterSeconds: 12 * 3600,
    archiveFailedAfterSeconds: 7 * 86_400,
  };
  const boss = target.pglite
    ? new PgBoss({ ...common, db: pgliteExecutor(target.pglite) })
    : new PgBoss({ ...common, connectionString: target.connectionString, max: 4 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const job of JOBS) {
    const options = {
      name: job.name,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelay,
      retryBackoff: job.retryBackoff,
      expireInSeconds: job.expireIn,
    };
    await retryDeadlocks(() => boss.createQueue(job.name, options));
  }
  return boss;
}

/** PostgreSQL's deadlock_detected: the transaction was chosen to give way, and may simply run again. */
const DEADLOCK = "40P01";
const isDeadlock = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === DEADLOCK;

/**
 * Servers of a release start at once, and pg-boss creates a queue (and its partition) without a lock
 * of its own: two creating the same one may deadlock. The loser tries again after a random pause.
 */
export async function retryDeadlocks<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

// On globalThis like the database client, so that dev-mode module reloading makes no second instance.
const holder = globalThis as typeof globalThis & { __mastheadBoss?: Promise<PgBoss> };

/**
 * The started queue of this process. Call it before opening a transaction that sends a job: on the
 * embedded database its first start needs the connection a transaction would be holding.
 */
export async function getBoss(): Promise<PgBoss> {
  holder.__mastheadBoss ??= (async () =>
    createBoss({
      connectionString: env.databaseUrl,
      pglite: await getEmbeddedDatabase(),
      supervise: env.jobs.worker,
    }))();
  try {
    return await holder.__mastheadBoss;
  } catch (error) {
    holder.__mastheadBoss = undefined;
    throw error;
  }
}

/** Stops the queue, letting running jobs finish for up to `timeoutMs`. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const pending = holder.__mastheadBoss;
  if (!pending) return;
  holder.__mastheadBoss = undefined;
  const boss = await pending.catch(() => undefined);
  // pg-boss closes only a pool it opened itself: the embedded PGlite stays with lib/db.ts.
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
