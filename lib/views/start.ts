// Starts this server's view counter and its flush clock (called once, from instrumentation.ts), and with
// VIEWS_SOURCE=edge-log and VIEWS_EDGE_LOG, the reader of the edge's log. VIEWS_SOURCE=off: nothing.
import { responseStore } from "@/lib/cache/registry";
import { TAGS } from "@/lib/content/tags";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { installViewCounter } from "@/lib/views/counter";
import { countEdgeLogLine } from "@/lib/views/edge-log";
import { LogTailer } from "@/lib/views/log-tailer";
import { timeViewFlush } from "@/lib/ops/metrics";
import { pruneHours, writeViews } from "@/lib/views/flush";
import { createFlusher } from "@/lib/views/flusher";
import { settleViews } from "@/lib/views/page-view";

/** How often the edge's log is read: nginx writes it in buffers flushed every second or so. */
const EDGE_LOG_POLL_MS = 1_000;

export function startViewCounter(): void {
  if (env.views.source === "off") return;
  const counter = installViewCounter({ timeZone: env.timeZone, dedupeMs: env.views.dedupeMs });
  counter.flush = createFlusher({
    tally: counter.tally,
    settle: () => settleViews(counter),
    write: async (drained, now) => {
      const db = await getDb();
      const written = await timeViewFlush(() => writeViews(db, drained, now));
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
  if (env.views.source === "edge-log" && env.views.edgeLog) followEdgeLog(env.views.edgeLog, counter);
}

function followEdgeLog(path: string, counter: ReturnType<typeof installViewCounter>): void {
  let warned = false;
  const tailer = new LogTailer({
    path,
    onLine: (line) => {
      if (countEdgeLogLine(line, counter) === "malformed" && !warned) {
        warned = true;
        console.warn(
          `[views] ${path} has lines that are not log_format masthead_views (skipped), e.g.:`,
          line.slice(0, 200),
        );
      }
    },
  });
  void tailer.start().then(() => {
    console.log(`[views] counting views from the edge's log ${path}`);
    setInterval(
      () => void tailer.poll().catch((error: unknown) => console.error(`[views] reading ${path} failed:`, error)),
      EDGE_LOG_POLL_MS,
    ).unref();
  });
}
