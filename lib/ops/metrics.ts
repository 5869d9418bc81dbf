// Prometheus metrics of this process (prom-client): request latency of what Next answers, replays from
// the hot cache, Next's own cache results, and Node's process metrics; the job queue's depth is added
// by the scrape itself (app/api/metrics). On globalThis: the server's entry and the app that Next
// loads are bundled apart, each with its copy of prom-client, and must fill one registry.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { GateStats } from "@/lib/server/reader-gate";
import { routeKind } from "@/lib/ops/route-kind";

export interface Metrics {
  registry: Registry;
  requestSeconds: Histogram<"kind" | "cache" | "status">;
  hotReplays: Counter;
  viewFlushSeconds: Histogram<"outcome">;
  viewsWritten: Counter;
}

const holder = globalThis as typeof globalThis & { __mastheadMetrics?: Metrics; __mastheadHotReplays?: number };

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "masthead_" });
  return {
    registry,
    requestSeconds: new Histogram({
      name: "masthead_http_request_duration_seconds",
      help: "Time to answer a request that reached Next (hot-cache replays are counted apart), by kind of address, Next's cache result and status class.",
      labelNames: ["kind", "cache", "status"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    hotReplays: new Counter({
      name: "masthead_hot_cache_replays_total",
      help: "Responses replayed from the in-memory hot cache without asking Next (sub-millisecond; not timed, to keep that path lean).",
      registers: [registry],
      // Counted as a plain number on the replay path (most of the traffic) and read at each scrape.
      collect() {
        this.reset();
        this.inc(holder.__mastheadHotReplays ?? 0);
      },
    }),
    viewFlushSeconds: new Histogram({
      name: "masthead_view_flush_duration_seconds",
      help: "Flushes of this server's view counter that had views to write, by outcome (a failed one keeps its counts for the next).",
      labelNames: ["outcome"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    viewsWritten: new Counter({
      name: "masthead_views_written_total",
      help: "Article views this server's flushes wrote to the database.",
      registers: [registry],
    }),
  };
}

export function metrics(): Metrics {
  holder.__mastheadMetrics ??= create();
  return holder.__mastheadMetrics;
}

/** Next's answer to "was this from your cache": HIT, STALE, MISS, or none for dynamic answers. */
function cacheResult(header: unknown): "hit" | "stale" | "miss" | "none" {
  const value = String(header ?? "").toUpperCase();
  return value === "HIT" ? "hit" : value === "STALE" ? "stale" : value === "MISS" ? "miss" : "none";
}

/** Times one request that Next answers, from now until its response has been handed to the socket. */
export function timeNextRequest(
  pathname: string,
  res: {
    once(event: "finish" | "close", listener: () => void): unknown;
    statusCode: number;
    getHeader(name: string): unknown;
  },
): void {
  const started = process.hrtime.bigint();
  let done = false;
  const observe = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics().requestSeconds.observe(
      {
        kind: routeKind(pathname),
        cache: cacheResult(res.getHeader("x-nextjs-cache")),
        status: `${Math.floor(res.statusCode / 100)}xx`,
      },
      seconds,
    );
  };
  res.once("finish", observe);
  res.once("close", observe);
}

/** Times one flush of the view counter (lib/views/start.ts): how long, whether it failed, what it wrote. */
export async function timeViewFlush<T extends { views: number }>(flush: () => Promise<T>): Promise<T> {
  const { viewFlushSeconds, viewsWritten } = metrics();
  const stop = viewFlushSeconds.startTimer();
  try {
    const written = await flush();
    stop({ outcome: "written" });
    viewsWritten.inc(written.views);
    return written;
  } catch (error) {
    stop({ outcome: "failed" });
    throw error;
  }
}

export function countHotReplay(): void {
  holder.__mastheadHotReplays = (holder.__mastheadHotReplays ?? 0) + 1;
}

/** The reader gate's queue (lib/server/reader-gate.ts), read at each scrape. */
export function registerGateMetrics(read: () => GateStats): void {
  const { registry } = metrics();
  new Gauge({
    name: "masthead_reader_renders",
    help: "Readers' renders running now, and waiting for a slot (READER_RENDER_SLOTS).",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const stats = read();
      this.set({ state: "running" }, stats.running);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  new Counter({
    name: "masthead_reader_renders_queued_total",
    help: "Readers' requests that waited for a render slot, and those whose client left before one was free.",
    labelNames: ["outcome"],
    registers: [registry],
    collect() {
      const stats = read();
      this.reset();
      this.inc({ outcome: "waited" }, stats.queued);
      this.inc({ outcome: "abandoned" }, stats.abandoned);
    },
  });
}
