// The per-key request limit of the content API, on the sign-in throttle's stores (Redis, else the
// PostgreSQL server, else memory on the embedded database; lib/auth/throttle/store.ts), so that
// several servers count one key together. A fixed window of a minute, as rate-limiter-flexible counts.
import "server-only";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { createLimiter, openStore } from "@/lib/auth/throttle/store";
import { env } from "@/lib/env";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts again. */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;

// Kept on globalThis so that dev-mode module reloading does not open a second connection.
const holder = globalThis as typeof globalThis & {
  __mastheadApiLimiter?: { limit: number; limiter: RateLimiterAbstract };
};

function limiter(): { limit: number; limiter: RateLimiterAbstract } {
  const limit = env.api.rateLimitPerMinute;
  if (holder.__mastheadApiLimiter?.limit !== limit) {
    const store = openStore({ redisUrl: env.redisUrl, databaseUrl: env.embedded ? undefined : env.databaseUrl });
    holder.__mastheadApiLimiter = {
      limit,
      limiter: createLimiter(store, { keyPrefix: "api_key", points: limit, duration: WINDOW_SECONDS }),
    };
  }
  return holder.__mastheadApiLimiter;
}

const isRes = (value: unknown): value is RateLimiterRes =>
  typeof value === "object" && value !== null && "msBeforeNext" in value;

/** Counts one request of this key. */
export async function consumeRequest(keyId: number): Promise<RateDecision> {
  const { limit, limiter: counter } = limiter();
  try {
    const res = await counter.consume(String(keyId));
    return { allowed: true, limit, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (error) {
    if (!isRes(error)) throw error;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  }
}

/** The draft IETF RateLimit header fields, as most clients read them. */
export function rateHeaders(decision: RateDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
    "RateLimit-Policy": `${decision.limit};w=${WINDOW_SECONDS}`,
  };
}
