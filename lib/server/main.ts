// The production server's entry (bundled by scripts/build.ts): Next with Masthead's HTTP layer, on
// PORT. It finishes the requests in flight before it exits.
import { env } from "@/lib/env";
import { startHttpServer } from "@/lib/server/http-server";

const server = await startHttpServer({ dir: process.cwd(), port: env.port, hotCacheBytes: env.cache.hotBytes });
console.log(`▲ Masthead listening on http://localhost:${env.port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
