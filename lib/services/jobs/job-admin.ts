// The job queue as admins see it (/admin/jobs): how many jobs of each kind wait, run and failed, the
// failed ones with their last error, and retrying one (audited).
import { can } from "@/lib/auth/permissions";
import { BOSS_SCHEMA, getBoss } from "@/lib/jobs/boss";
import { JOBS } from "@/lib/jobs/catalog";
import { audit } from "@/lib/services/audit";
import type { ServiceContext } from "@/lib/services/context";
import { forbidden, invalid, notFound } from "@/lib/services/errors";

const FAILED_SHOWN = 100;

function mayManage(ctx: Pick<ServiceContext, "actor">): void {
  if (!can(ctx.actor, "jobs.manage")) throw forbidden("jobs.adminsOnly");
}

export interface QueueDepth {
  name: string;
  /** Created or waiting for a retry. */
  waiting: number;
  active: number;
  failed: number;
  completed: number;
}

export interface FailedJob {
  id: string;
  name: string;
  /** Tries made: the first and each retry. */
  attempts: number;
  lastError: string;
  failedAt: Date | null;
}

async function query<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const boss = await getBoss();
  const { rows } = await boss.getDb().executeSql(text, values);
  return rows as Row[];
}

export async function queueDepths(ctx: Pick<ServiceContext, "actor">): Promise<QueueDepth[]> {
  mayManage(ctx);
  return readQueueDepths();
}

/** The same counts without an actor: for the metrics scrape, which is authorised by its own token. */
export async function readQueueDepths(): Promise<QueueDepth[]> {
  const rows = await query<{ name: string; state: string; count: string | number }>(
    `SELECT name, state::text AS state, count(*) AS count FROM ${BOSS_SCHEMA}.job GROUP BY name, state`,
  );
  const names = [...new Set([...JOBS.map((job) => job.name), ...rows.map((row) => row.name)])].sort();
  return names.map((name) => {
    const count = (...states: string[]) =>
      rows
        .filter((row) => row.name === name && states.includes(row.state))
        .reduce((sum, row) => sum + Number(row.count), 0);
    return {
      name,
      waiting: count("created", "retry"),
      active: count("active"),
      failed: count("failed"),
      completed: count("completed"),
    };
  });
}

/** What pg-boss keeps of a failure: the serialised error (message and stack), or what the job returned. */
function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string")
    return output.message;
  return output === null || output === undefined ? "" : JSON.stringify(output);
}

export async function failedJobs(ctx: Pick<ServiceContext, "actor">): Promise<FailedJob[]> {
  mayManage(ctx);
  const rows = await query<{
    id: string;
    name: string;
    retry_count: number;
    output: unknown;
    completed_on: Date | string | null;
  }>(
    `SELECT id::text AS id, name, retry_count, output, completed_on FROM ${BOSS_SCHEMA}.job
     WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT ${FAILED_SHOWN}`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    attempts: row.retry_count + 1,
    lastError: errorText(row.output),
    failedAt: row.completed_on === null ? null : new Date(row.completed_on),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Gives a failed job one more try (pg-boss raises its retry limit by one). */
export async function retryJob(ctx: ServiceContext, name: string, id: string): Promise<void> {
  mayManage(ctx);
  if (!UUID.test(id)) throw notFound("job");
  const [job] = await query<{ state: string }>(
    `SELECT state::text AS state FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND id = $2::uuid`,
    [name, id],
  );
  if (!job) throw notFound("job");
  if (job.state !== "failed") throw invalid("jobs.notFailed");
  const boss = await getBoss();
  await boss.retry(name, id);
  await audit(ctx.db, ctx.actor, "job.retry", { details: { name, id } });
}
