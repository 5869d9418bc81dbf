// Creates this server's response store from the environment (called once, from instrumentation.ts).
import { createPurger } from "@/lib/cache/purge";
import { createRedisTier } from "@/lib/cache/redis-tier";
import { installResponseStore } from "@/lib/cache/registry";
import { env } from "@/lib/env";

export function startResponseCache(): void {
  const {
    maxBytes,
    sMaxAge,
    staleWhileRevalidate,
    staleIfError,
    purgeUrls,
    purgeMaxAge,
    sharedTtlSeconds,
    sharedPrefix,
  } = env.cache;
  installResponseStore({
    maxBytes,
    // Several servers share one Redis: what one renders the others serve, and an expiry reaches all.
    shared: env.redisUrl
      ? createRedisTier({ url: env.redisUrl, keyPrefix: sharedPrefix, ttlSeconds: sharedTtlSeconds })
      : undefined,
    // The database module loads when first needed: importing it here made this start (run by Next's
    // instrumentation) finish after the HTTP server had looked for the store, which then had no hot cache.
    markWrite: async () => (await import("@/lib/db")).recordWrite(),
    onRemoteWrite: (mark) => void import("@/lib/db").then(({ requireWrite }) => requireWrite(mark)),
    policy: {
      sMaxAge,
      staleWhileRevalidate,
      staleIfError,
      purgedMaxAge: purgeUrls.length > 0 ? purgeMaxAge : undefined,
    },
    onExpire: createPurger({
      urls: purgeUrls,
      // Loaded when first needed: the queue (and the database) are not this module's to open at start.
      handOff: async (url, keys) => {
        const [{ sendJob }, { cachePurgeJob }] = await Promise.all([
          import("@/lib/jobs/send"),
          import("@/lib/cache/purge-job"),
        ]);
        await sendJob(cachePurgeJob, { url, keys });
      },
    }),
  });
}
