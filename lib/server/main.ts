// The production server's entry (bundled by scripts/build.ts): Next with Masthead's HTTP layer, on
// PORT. It finishes the requests in flight, and lets the job queue's workers finish theirs, before it exits.
import { env } from "@/lib/env";
import { startHttpServer } from "@/lib/server/http-server";
import { runShutdownHooks } from "@/lib/server/shutdown-hooks";

const server = await startHttpServer({ dir: process.cwd(), port: env.port, hotCacheBytes: env.cache.hotBytes });
console.log(`▲ Masthead listening on http://localhost:${env.port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    void Promise.all([closed, runShutdownHooks()]).then(() => process.exit(0));
  });
}
