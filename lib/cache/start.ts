// Creates this server's response store from the environment (called once, from instrumentation.ts).
import { createPurger } from "@/lib/cache/purge";
import { installResponseStore } from "@/lib/cache/registry";
import { env } from "@/lib/env";

export function startResponseCache(): void {
  const { maxBytes, sMaxAge, staleWhileRevalidate, staleIfError, purgeUrls, purgeMaxAge } = env.cache;
  installResponseStore({
    maxBytes,
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
