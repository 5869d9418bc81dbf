// Where throttling counters live: Redis when REDIS_URL is set, else the PostgreSQL server, else (the
// embedded database, one process) memory. Several servers must share the counters, or an attacker
// would get a fresh allowance from each.
import "server-only";
import { Redis } from "ioredis";
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

export type ThrottleStore = { kind: "memory" } | { kind: "redis"; client: Redis } | { kind: "postgres"; pool: pg.Pool };

export interface LimiterOptions {
  keyPrefix: string;
  /** Points before the limiter itself would refuse; the policy decides blocks, so this is only a ceiling. */
  points: number;
  duration: number;
}

/** Table of the migration `security_sessions_two_factor` (model SignInThrottle). */
const TABLE = "sign_in_throttle";

export function openStore(settings: { redisUrl?: string; databaseUrl?: string }): ThrottleStore {
  if (settings.redisUrl) {
    // A command waits for the connection (as at start-up) but never long: past the timeout, or with
    // Redis away, the in-memory insurance limiter answers instead of the sign-in hanging.
    const client = new Redis(settings.redisUrl, { commandTimeout: 1000, maxRetriesPerRequest: 1 });
    // The insurance limiter is the answer to an outage; ioredis would otherwise print every reconnection.
    client.on("error", () => undefined);
    return { kind: "redis", client };
  }
  if (settings.databaseUrl)
    return { kind: "postgres", pool: new pg.Pool({ connectionString: settings.databaseUrl, max: 3 }) };
  return { kind: "memory" };
}

export function createLimiter(store: ThrottleStore, options: LimiterOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  // If the shared store fails, this server still throttles on its own rather than not at all.
  switch (store.kind) {
    case "memory":
      return memory;
    case "redis":
      return new RateLimiterRedis({ ...options, storeClient: store.client, insuranceLimiter: memory });
    case "postgres":
      return new RateLimiterPostgres({
        ...options,
        storeClient: store.pool,
        storeType: "pool",
        tableName: TABLE,
        tableCreated: true,
        insuranceLimiter: memory,
      });
  }
}

export async function closeStore(store: ThrottleStore): Promise<void> {
  if (store.kind === "redis") store.client.disconnect();
  if (store.kind === "postgres") await store.pool.end();
}
