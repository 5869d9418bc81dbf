// The server under test: a fresh database (embedded by default, or E2E_DATABASE_URL on a local
// PostgreSQL), prepared with migrations, a known admin and the demo content, then the production
// server, with the shipped edge caches in front of it (e2e/support/edges.ts).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serverArgs } from "../../scripts/build";
import { E2E_ADMIN, E2E_INDEXNOW_KEY, E2E_METRICS_TOKEN, E2E_PORT, E2E_PUSH_URL, E2E_VARNISH_URL } from "./config";
import { startEdges } from "./edges";
import { startPushReceiver } from "./push-receiver";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (databaseUrl && !["localhost", "127.0.0.1", "[::1]"].includes(new URL(databaseUrl).hostname)) {
  console.error(`Refusing to run end-to-end tests against a non-local database: ${new URL(databaseUrl).host}`);
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-e2e-"));
Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(E2E_PORT),
  SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  MASTHEAD_DATA_DIR: dataDir,
  // Share cards name the site's X/Twitter account (e2e/share-cards.spec.ts).
  TWITTER_SITE: "@masthead_news",
  DATABASE_URL: databaseUrl ?? "",
  // Fast enough for a test to watch a scheduled article go live.
  MASTHEAD_SCHEDULER_INTERVAL_MS: "1000",
  // Views are written (and 热门 refreshed) within a second of the beacon, so a test sees them soon.
  VIEWS_FLUSH_MS: "1000",
  POPULAR_REFRESH_SECONDS: "1",
  // Every change is purged from the Varnish in front, which otherwise keeps pages for a day.
  CACHE_PURGE_URLS: `${E2E_VARNISH_URL}/`,
  // A local hub and search engines (e2e/support/push-receiver.ts) take the pushes of every change.
  WEBSUB_HUB_URL: `${E2E_PUSH_URL}/hub`,
  INDEXNOW_KEY: E2E_INDEXNOW_KEY,
  INDEXNOW_ENDPOINT: `${E2E_PUSH_URL}/indexnow`,
  BAIDU_PUSH_TOKEN: "e2e-baidu-token",
  BAIDU_PUSH_ENDPOINT: `${E2E_PUSH_URL}/baidu`,
  // The webhook spec's receiver listens on 127.0.0.1; quick polls so that a delivery shows at once.
  WEBHOOK_ALLOW_PRIVATE_HOSTS: "on",
  MASTHEAD_JOBS_POLL_SECONDS: "0.5",
  MASTHEAD_EVENTS_RELAY_INTERVAL_MS: "300",
  // Prometheus's scrape (e2e/operations.spec.ts).
  METRICS_TOKEN: E2E_METRICS_TOKEN,
});

const { setup } = await import("../../scripts/setup");
await setup({ demo: true });

const receiver = startPushReceiver(E2E_PORT + 3);
const server = spawn(process.execPath, serverArgs(), { stdio: "inherit" });
const stopEdges = startEdges(path.join(dataDir, "edges"), {
  app: E2E_PORT,
  nginx: E2E_PORT + 1,
  varnish: E2E_PORT + 2,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopEdges();
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  stopEdges();
  receiver.close();
  process.exit(code ?? 0);
});
