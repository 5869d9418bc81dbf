// Runs the newsroom clock inside the web server process (the embedded database allows only one
// process). Each tick publishes due articles and lifts ended embargoes, then expires what they change
// in this server's response store, which also tells the edge caches (lib/cache/purge.ts).
import { responseStore } from "@/lib/cache/registry";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { runScheduled } from "@/lib/services/articles/run-scheduled";

async function tick(): Promise<void> {
  const run = await runScheduled(await getDb(), new Date());
  for (const id of run.published) console.log(`[scheduler] published article ${id}`);
  for (const id of run.embargoesLifted) console.log(`[scheduler] embargo ended for article ${id}`);
  for (const id of run.liveClosed) console.log(`[scheduler] live coverage ended for article ${id}`);
  for (const id of run.takenDown) console.log(`[scheduler] took down article ${id}`);
  for (const { id, reason } of run.failed) console.error(`[scheduler] could not change article ${id}: ${reason}`);
  if (run.tags.length > 0) await responseStore()?.revalidateTag(run.tags);
}

export function startScheduler(): void {
  const interval = env.schedulerIntervalMs;
  if (interval === 0) return;
  let running = false;
  const guarded = async () => {
    if (running) return;
    running = true;
    try {
      await tick();
    } catch (error) {
      console.error("[scheduler]", error);
    } finally {
      running = false;
    }
  };
  setTimeout(guarded, Math.min(interval, 2_000)).unref();
  setInterval(guarded, interval).unref();
}
