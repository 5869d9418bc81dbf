// npm start — builds if the sources changed, prepares the database, then serves site and admin.
// Each step is its own process, so the long-running server is not sharing memory with set-up code.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { buildAll, SERVER_BUNDLE, serverArgs } from "./build";
import { sourceStamp, STAMP_FILE } from "./build-stamp";

const root = process.cwd();
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

function step(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: childEnv });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stamp = sourceStamp(root);
const built =
  existsSync(".next/BUILD_ID") &&
  existsSync(SERVER_BUNDLE) &&
  existsSync(STAMP_FILE) &&
  readFileSync(STAMP_FILE, "utf8") === stamp;
if (!built) {
  console.log("Building Masthead (first start or changed sources)…");
  if (!(await buildAll(childEnv))) process.exit(1);
  writeFileSync(STAMP_FILE, stamp);
}

step([...process.execArgv, path.join(root, "scripts/setup.ts")]);

console.log(`\nMasthead is starting on ${env.siteUrl}  (site: /  admin: /admin  feed: /feed.xml)\n`);
const server = spawn(process.execPath, serverArgs(env.serverHeapMb), { stdio: "inherit", env: childEnv });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
