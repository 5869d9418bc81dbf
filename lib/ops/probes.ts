// The live probes behind /api/ready: this process's database connection, the migrations this release
// ships (prisma/migrations beside the server, as in the container image), and Redis when configured.
import "server-only";
import path from "node:path";
import { Redis } from "ioredis";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readMigrations } from "@/lib/migrate/migrations";
import { isDraining } from "@/lib/ops/draining";
import { checkReadiness, type Readiness } from "@/lib/ops/readiness";

const READY_TIMEOUT_MS = 2_000;

async function appliedMigrations(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

let shipped: Promise<string[]> | undefined;
/** Read once: a release's migrations do not change while it runs. */
function shippedMigrations(): Promise<string[]> {
  shipped ??= readMigrations(path.join(process.cwd(), "prisma/migrations")).then((migrations) => {
    if (migrations.length === 0) {
      shipped = undefined;
      throw new Error(`no migrations found in ${path.join(process.cwd(), "prisma/migrations")}`);
    }
    return migrations.map((migration) => migration.name);
  });
  return shipped;
}

const redisClients = new Map<string, Redis>();
function redisClient(url: string): Redis {
  // One client per process, without its offline queue: a PING while Redis is down fails at once.
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: READY_TIMEOUT_MS,
    commandTimeout: READY_TIMEOUT_MS,
  });
  // Its failures are the check's answer; without a listener ioredis would also log each reconnect.
  client.on("error", () => undefined);
  return client;
}

/** Resolves when the Redis at `url` answers PING (exported for the test against a real Redis). */
export async function pingRedis(url: string): Promise<void> {
  let redis = redisClients.get(url);
  if (!redis) {
    redis = redisClient(url);
    redisClients.set(url, redis);
  }
  if (redis.status === "wait" || redis.status === "end") await redis.connect();
  await redis.ping();
}

export function readiness(): Promise<Readiness> {
  const redisUrl = env.redisUrl;
  return checkReadiness({
    appliedMigrations,
    shippedMigrations,
    pingRedis: redisUrl ? () => pingRedis(redisUrl) : undefined,
    draining: isDraining,
    timeoutMs: READY_TIMEOUT_MS,
  });
}

/** Closes the probes' Redis connections (tests; a server's process simply exits). */
export function closeRedisProbes(): void {
  for (const client of redisClients.values()) client.disconnect();
  redisClients.clear();
}
