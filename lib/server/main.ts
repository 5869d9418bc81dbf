// The production server's entry (bundled by scripts/build.ts): Next with Masthead's HTTP layer, on
// PORT. It finishes the requests in flight, lets the job queue's workers finish theirs and writes the
// views it counted before it exits.
import { env } from "@/lib/env";
import { startDraining } from "@/lib/ops/draining";
import { createLogger, routeConsoleTo } from "@/lib/ops/logging";
import { startHttpServer } from "@/lib/server/http-server";
import { surviveLostOutput } from "@/lib/server/lost-output";
import { runShutdownHooks } from "@/lib/server/shutdown-hooks";
import { viewCounter } from "@/lib/views/counter";

surviveLostOutput();
// Before anything logs: every line of the process as JSON with its request id (LOG_FORMAT=json).
if (env.log.format === "json") routeConsoleTo(createLogger({ level: env.log.level }));

const server = await startHttpServer({
  dir: process.cwd(),
  port: env.port,
  hotCacheBytes: env.cache.hotBytes,
  readerRenderSlots: env.cache.readerRenderSlots,
});
console.log(`▲ Masthead listening on http://localhost:${env.port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // /api/ready answers 503 from now on, so that a load balancer sends new readers elsewhere.
    startDraining();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Once no request can add to them: the views of a flush running now (if any), then what came after.
    const viewsWritten = closed.then(async () => {
      const flush = viewCounter()?.flush;
      await flush?.().then(flush, (error: unknown) => console.error("[views] last flush failed:", error));
    });
    void Promise.all([viewsWritten, runShutdownHooks()]).then(() => process.exit(0));
  });
}
