// The production server's entry (bundled by scripts/build.ts): Next with Masthead's HTTP layer, on
// PORT. It finishes the requests in flight and writes the views it counted before it exits.
import { env } from "@/lib/env";
import { startHttpServer } from "@/lib/server/http-server";
import { viewCounter } from "@/lib/views/counter";

const server = await startHttpServer({ dir: process.cwd(), port: env.port, hotCacheBytes: env.cache.hotBytes });
console.log(`▲ Masthead listening on http://localhost:${env.port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () =>
    server.close(async () => {
      // Views counted since the last flush: the one running (if any), then what came after it.
      const flush = viewCounter()?.flush;
      await flush?.().then(flush, (error: unknown) => console.error("[views] last flush failed:", error));
      process.exit(0);
    }),
  );
}
