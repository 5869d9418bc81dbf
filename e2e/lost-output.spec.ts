// A production server whose log reader goes away (the supervisor holding its output died, the terminal
// closed) while it has errors to report. Each failed write used to be reported as an error, logged into
// the same closed pipe, and fail again: the process spun at full CPU, answered nothing, not even its
// health check, and ignored SIGTERM (found as orphaned servers of an interrupted test run). Runs in the
// PostgreSQL pass (playwright.config.ts): the errors come from a database server that has no such database.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serverArgs } from "../scripts/build";
import { E2E_PORT } from "./support/config";
import { expect, test } from "./support/test";

const PORT = E2E_PORT + 9;
const BASE = `http://127.0.0.1:${PORT}`;

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

test("keeps answering its health check with its output pipes gone, and stops when told", async () => {
  test.slow();
  const missing = new URL(process.env.E2E_DATABASE_URL ?? "");
  missing.pathname = `/masthead_missing_${Date.now()}`;
  const server = spawn(process.execPath, serverArgs(), {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      SITE_URL: BASE,
      DATABASE_URL: missing.toString(),
      MASTHEAD_DATA_DIR: mkdtempSync(path.join(tmpdir(), "masthead-lost-output-")),
      AUTH_SECRET: "e2e-lost-output-secret-e2e-lost-output-0",
      MASTHEAD_SCHEDULER_INTERVAL_MS: "500",
      // Plain lines, as `npm start` writes them to a terminal.
      LOG_FORMAT: "text",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = exited(server);
  try {
    // The reader goes away once the server has begun to write.
    await new Promise((resolve) => server.stdout.once("data", resolve));
    server.stdout.destroy();
    server.stderr.destroy();
    await expect
      .poll(
        async () =>
          (await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined))?.status,
        { timeout: 30_000 },
      )
      .toBe(200);
    // Its clock and job queue keep failing on the missing database, and the server keeps answering.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (let i = 0; i < 3; i += 1) {
      const health = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(200);
      expect((await fetch(`${BASE}/api/ready`, { signal: AbortSignal.timeout(5_000) })).status).toBe(503);
    }
    server.kill("SIGTERM");
    expect(await exit).toBe(0);
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
});
