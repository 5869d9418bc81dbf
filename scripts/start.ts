// npm start — builds if the sources changed, prepares the database, then serves site and admin.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { sourceStamp, STAMP_FILE } from "./build-stamp";
import { exitOnMigrationError } from "./db/run-migrations";
import { setup } from "./setup";

const root = process.cwd();
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function buildIfNeeded(): void {
  const stamp = sourceStamp(root);
  const current = existsSync(STAMP_FILE) && existsSync(".next/BUILD_ID") ? readFileSync(STAMP_FILE, "utf8") : "";
  if (current === stamp) return;
  console.log("Building Masthead (first start or changed sources)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP_FILE, stamp);
}

buildIfNeeded();
await exitOnMigrationError(() => setup({ demo: true }));

console.log(`\nMasthead is starting on ${env.siteUrl}  (site: /  admin: /admin  feed: /feed.xml)\n`);
const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.port)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
