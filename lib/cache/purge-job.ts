// A cache purge whose first try failed (lib/cache/purge.ts), kept in the job queue: retried with
// exponential back-off (1 s doubling, about 17 minutes over 10 retries) and through restarts, on any
// server that works the queue.
import { purgeRequest } from "@/lib/cache/purge";
import { defineJob } from "@/lib/jobs/define-job";

export interface PurgeJobData {
  url: string;
  keys: string[];
}

export const cachePurgeJob = defineJob<PurgeJobData>({
  name: "cache.purge",
  retryLimit: 10,
  retryDelay: 1,
  retryBackoff: true,
  expireIn: 30,
  run: async ({ url, keys }) => {
    const problem = await purgeRequest(fetch, url, keys, 5_000);
    if (problem !== null) throw new Error(`${url} refused keys ${keys.join(" ")}: ${problem}`);
  },
});
