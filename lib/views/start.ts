// Starts this server's view counter and its flush clock (called once, from instrumentation.ts).
import { responseStore } from "@/lib/cache/registry";
import { TAGS } from "@/lib/content/tags";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { installViewCounter } from "@/lib/views/counter";
import { pruneHours, writeViews } from "@/lib/views/flush";

const PRUNE_EVERY_MS = 3_600_000;

export function startViewCounter(): void {
  const counter = installViewCounter({ timeZone: env.timeZone, dedupeMs: env.views.dedupeMs });
  let lastExpiry = 0;
  let lastPrune = Date.now();
  let running: Promise<void> | undefined;
  const flush = async () => {
    const drained = counter.tally.drain();
    const now = new Date();
    counter.recent.sweep(now.getTime());
    try {
      const db = await getDb();
      const written = await writeViews(db, drained, now);
      if (written.refused > 0) console.warn(`[views] dropped ${written.refused} views of articles readers cannot see`);
      // 热门 lists are whole-page cached with the home and section pages: expiring them on every flush
      // would re-render those pages every few seconds, so at most once per POPULAR_REFRESH_SECONDS.
      if (written.views > 0 && now.getTime() - lastExpiry >= env.views.popularRefreshMs) {
        lastExpiry = now.getTime();
        await responseStore()?.revalidateTag([TAGS.popular]);
      }
      if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
        lastPrune = now.getTime();
        await pruneHours(db, now);
      }
    } catch (error) {
      counter.tally.restore(drained);
      console.error("[views] flush failed; the counts are kept for the next one:", error);
    }
  };
  // One flush at a time: a slow database makes flushes larger, never concurrent.
  counter.flush = () => (running ??= flush().finally(() => (running = undefined)));
  setInterval(() => void counter.flush?.(), env.views.flushMs).unref();
}
