// npm run build — the Next.js app, then Masthead's HTTP server around it (lib/server/main.ts),
// bundled into one ES module so that production runs on plain Node, with no TypeScript loader in the
// request path.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";

export const SERVER_BUNDLE = ".next/masthead/server.mjs";

/** How every launcher (npm start, the e2e server, the benchmark) runs the production server. */
export function serverArgs(heapMb = 256): string[] {
  return [`--max-old-space-size=${heapMb}`, SERVER_BUNDLE];
}

export async function buildAll(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const root = process.cwd();
  const next = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    // Build workers load instrumentation.ts; the scheduler is for the running server only.
    env: { ...env, MASTHEAD_SCHEDULER_INTERVAL_MS: "0" },
  });
  if (next.status !== 0) return false;
  await build({
    entryPoints: [path.join(root, "lib/server/main.ts")],
    outfile: path.join(root, SERVER_BUNDLE),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Next, Prisma and the rest load from node_modules as usual; only Masthead's own code is bundled.
    packages: "external",
    logLevel: "warning",
  });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await buildAll()) ? 0 : 1);
}
