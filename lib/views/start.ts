// Starts this server's view counter and its flush clock (called once, from instrumentation.ts).
import { responseStore } from "@/lib/cache/registry";
import { TAGS } from "@/lib/content/tags";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { installViewCounter } from "@/lib/views/counter";
import { pruneHours, writeViews } from "@/lib/views/flush";
import { createFlusher } from "@/lib/views/flusher";

export function startViewCounter(): void {
  const counter = installViewCounter({ timeZone: env.timeZone, dedupeMs: env.views.dedupeMs });
  counter.flush = createFlusher({
    tally: counter.tally,
    recent: counter.recent,
    write: async (drained, now) => {
      const written = await writeViews(await getDb(), drained, now);
      if (written.refused > 0) console.warn(`[views] dropped ${written.refused} views of articles readers cannot see`);
      return written;
    },
    // 热门 lists are whole-page cached with the home and section pages: expiring them on every flush
    // would re-render those pages every few seconds, so at most once per POPULAR_REFRESH_SECONDS.
    expirePopular: async () => {
      await responseStore()?.revalidateTag([TAGS.popular]);
    },
    prune: async (now) => pruneHours(await getDb(), now),
    refreshMs: env.views.popularRefreshMs,
    onError: (error) => console.error("[views] flush failed; the counts are kept for the next one:", error),
  });
  setInterval(() => void counter.flush?.(), env.views.flushMs).unref();
}
