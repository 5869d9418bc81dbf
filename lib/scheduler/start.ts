// Runs the newsroom clock inside the web server process (the embedded database allows only one
// process). Each tick publishes due articles and lifts ended embargoes, then asks the web layer to
// expire the affected caches.
import { signInternal } from "@/lib/auth/internal-signature";
import { authSecret } from "@/lib/auth/secret";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { runScheduled } from "@/lib/services/articles/run-scheduled";

async function announce(tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags });
  const response = await fetch(`http://127.0.0.1:${env.port}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-masthead-signature": signInternal(authSecret(), body) },
    body,
  });
  if (!response.ok) throw new Error(`cache expiry refused: HTTP ${response.status}`);
}

async function tick(): Promise<void> {
  const run = await runScheduled(await getDb(), new Date());
  for (const id of run.published) console.log(`[scheduler] published article ${id}`);
  for (const id of run.embargoesLifted) console.log(`[scheduler] embargo ended for article ${id}`);
  for (const { id, reason } of run.failed) console.error(`[scheduler] could not publish article ${id}: ${reason}`);
  if (run.tags.length > 0) await announce(run.tags);
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
