// One flush of the view counter, with what it depends on passed in (the database write, the cache
// expiry, the clock), so that its rules are tested without a server: one flush at a time, counts kept
// when a write fails, and the 热门 tag expired after a flush that wrote views at most once per
// refresh interval, never per view.
import type { FlushResult } from "@/lib/views/flush";
import { isEmptyDrain, type Drained, type ViewTally } from "@/lib/views/tally";

export interface FlusherOptions {
  tally: ViewTally;
  /** Counts what is queued but not yet in the tally (lib/views/page-view.ts settleViews). */
  settle?: () => void;
  write: (drained: Drained, now: Date) => Promise<FlushResult>;
  /** Expires the 热门 lists (and the pages showing them). */
  expirePopular: () => Promise<void>;
  /** Housekeeping, at most once an hour (old hour rows). */
  prune: (now: Date) => Promise<unknown>;
  refreshMs: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

const PRUNE_EVERY_MS = 3_600_000;

export function createFlusher(options: FlusherOptions): () => Promise<void> {
  const clock = options.now ?? (() => new Date());
  let lastExpiry = -Infinity;
  let lastPrune = clock().getTime();
  let running: Promise<void> | undefined;
  const flush = async () => {
    options.settle?.();
    const drained = options.tally.drain();
    const now = clock();
    try {
      // An idle server flushes nothing every few seconds: no write, so none timed as one.
      const written = isEmptyDrain(drained) ? undefined : await options.write(drained, now);
      if (written && written.views > 0 && now.getTime() - lastExpiry >= options.refreshMs) {
        lastExpiry = now.getTime();
        await options.expirePopular();
      }
      if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
        lastPrune = now.getTime();
        await options.prune(now);
      }
    } catch (error) {
      options.tally.restore(drained);
      options.onError?.(error);
    }
  };
  // One flush at a time: a slow database makes flushes larger, never concurrent.
  return () => (running ??= flush().finally(() => (running = undefined)));
}
