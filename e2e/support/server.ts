// The server under test: a fresh database (embedded by default, or E2E_DATABASE_URL on a local
// PostgreSQL), prepared with migrations, a known admin and the demo content, then `next start`.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SERVER_BUNDLE } from "../../scripts/build";
import { E2E_ADMIN, E2E_PORT } from "./config";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (databaseUrl && !["localhost", "127.0.0.1", "[::1]"].includes(new URL(databaseUrl).hostname)) {
  console.error(`Refusing to run end-to-end tests against a non-local database: ${new URL(databaseUrl).host}`);
  process.exit(1);
}

Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(E2E_PORT),
  SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  MASTHEAD_DATA_DIR: mkdtempSync(path.join(tmpdir(), "masthead-e2e-")),
  DATABASE_URL: databaseUrl ?? "",
  // Fast enough for a test to watch a scheduled article go live.
  MASTHEAD_SCHEDULER_INTERVAL_MS: "1000",
});

const { setup } = await import("../../scripts/setup");
await setup({ demo: true });

const server = spawn(process.execPath, [SERVER_BUNDLE], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
