// This server's view counter: the tally and the dedupe window, shared through globalThis because the
// beacon is answered by the HTTP server (lib/server/http-server.ts, bundled on its own) while the flush
// runs in Next's process code (started from instrumentation.ts). Every few seconds, and at shutdown, it
// writes what it counted; several servers each add their own counts to the same rows.
import type { BeaconCounter } from "@/lib/views/beacon";
import { BucketClock } from "@/lib/views/buckets";
import { RecentReaders } from "@/lib/views/recent-readers";
import { ViewTally } from "@/lib/views/tally";

export interface ViewCounterSettings {
  timeZone: string;
  dedupeMs: number;
  maxArticles?: number;
  maxReaders?: number;
}

export interface ViewCounter extends BeaconCounter {
  /** Writes what is pending now (also called at shutdown); set by startViewFlusher. */
  flush?: () => Promise<void>;
}

const COUNTER = Symbol.for("masthead.viewCounter");
const holder = globalThis as typeof globalThis & { [COUNTER]?: ViewCounter };

export function createViewCounter(settings: ViewCounterSettings): ViewCounter {
  return {
    tally: new ViewTally({ maxArticles: settings.maxArticles ?? 10_000 }),
    recent: new RecentReaders({ windowMs: settings.dedupeMs, maxKeys: settings.maxReaders ?? 500_000 }),
    clock: new BucketClock(settings.timeZone),
  };
}

export function installViewCounter(settings: ViewCounterSettings): ViewCounter {
  holder[COUNTER] ??= createViewCounter(settings);
  return holder[COUNTER];
}

export const viewCounter = (): ViewCounter | undefined => holder[COUNTER];
