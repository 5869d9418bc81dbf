// Issue 11 §3: a server told to stop (SIGTERM, as an orchestrator or compose does) finishes the request
// it is in the middle of, takes no new connection, stops its job workers and exits 0. Its own server on
// its own embedded database (the one of this run is another process's), started from the production
// bundle exactly as in deployment.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { serverArgs } from "../scripts/build";
import { E2E_ADMIN, E2E_PORT } from "./support/config";
import { expect, test } from "./support/test";

const PORT = E2E_PORT + 5;
const BASE = `http://127.0.0.1:${PORT}`;

function serverEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(PORT),
    SITE_URL: BASE,
    DATABASE_URL: "",
    MASTHEAD_DATA_DIR: dataDir,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    AUTH_SECRET: "e2e-shutdown-secret-e2e-shutdown-secret-0",
    CACHE_PURGE_URLS: "",
    WEBSUB_HUB_URL: "",
    INDEXNOW_KEY: "",
    BAIDU_PUSH_TOKEN: "",
  };
}

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let waited = 0; waited < seconds * 5; waited += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not within ${seconds} s`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

test("SIGTERM: the request in flight is answered in full, no new connection is taken, the process exits 0", async () => {
  test.slow();
  const dataDir = mkdtempSync(path.join(tmpdir(), "masthead-shutdown-"));
  const env = serverEnv(dataDir);
  const setup = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/setup.ts"], {
    env,
    encoding: "utf8",
  });
  expect(setup.status, setup.stderr).toBe(0);
  const server = spawn(process.execPath, serverArgs(), { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const exit = exited(server);
  try {
    await until(async () => (await fetch(`${BASE}/api/ready`)).status === 200, 60);

    // A request in flight when the signal comes: a fresh server's first render of an article takes
    // hundreds of milliseconds (its modules load), so the answer starts after the signal; the signal
    // waits long enough for the request to have been read (an unread one is an idle connection).
    const socket = connect(PORT, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let answer = "";
    let firstByteAt = 0;
    socket.on("data", (chunk: Buffer) => {
      firstByteAt ||= Date.now();
      answer += chunk.toString("utf8");
    });
    const ended = new Promise<void>((resolve) => socket.once("end", () => resolve()));
    socket.write(
      "GET /articles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n",
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const killedAt = Date.now();
    server.kill("SIGTERM");
    // No new connection once it stops listening (a raw connect: fetch would reuse a pooled one).
    await until(
      () =>
        new Promise<boolean>((resolve) => {
          const probe = connect(PORT, "127.0.0.1");
          probe.once("connect", () => (probe.destroy(), resolve(false)));
          probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
        }),
      10,
    );
    await ended;
    expect(firstByteAt, "the answer began after the signal (the request was in flight)").toBeGreaterThan(killedAt);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toContain("中华工商时报记者");
    expect(answer).toContain("</html>");

    expect(await exit).toBe(0);
    const lines = log.split("\n").filter((line) => line.startsWith("{"));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => /"level":"(error|fatal)"/.test(line))).toEqual([]);
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
