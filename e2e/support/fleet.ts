// Several production servers of one site, as a newsroom runs them when one machine is not enough:
// two app servers on their own ports sharing one PostgreSQL database (and its streaming replica) and a
// Redis, all the test's own so that a spec may stop them, behind the shipped nginx edge balancing
// between the servers.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serverArgs } from "../../scripts/build";
import { nginxEdgeConfig } from "../../scripts/edge-config";
import { ownRedis, until, type OwnRedis } from "../../tests/support/redis-server";
import { E2E_ADMIN, E2E_PORT } from "./config";

const root = path.resolve(import.meta.dirname, "../..");

export type ServerName = "a" | "b";

export interface Fleet {
  url: Record<ServerName, string>;
  edge: string;
  databaseUrl: string;
  redis: OwnRedis;
  /** SIGKILL, as when a machine dies. */
  kill(name: ServerName): Promise<void>;
  start(name: ServerName): Promise<void>;
  stop(): Promise<void>;
}

const PORTS = { a: E2E_PORT + 6, b: E2E_PORT + 7, edge: E2E_PORT + 8 };

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the fleet on `databaseUrl` (an empty database) with public reads on `replicaUrls`: migrations
 * and demo content first, as a release does.
 */
export async function startFleet(databaseUrl: string, replicaUrls: string[] = []): Promise<Fleet> {
  const dir = mkdtempSync(path.join(tmpdir(), "masthead-fleet-"));
  const redis = await ownRedis();
  const edge = `http://127.0.0.1:${PORTS.edge}`;
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATABASE_REPLICA_URLS: replicaUrls.join(","),
    REDIS_URL: redis.url,
    CACHE_SHARED_PREFIX: `fleet-${randomBytes(4).toString("hex")}:`,
    SITE_URL: edge,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    AUTH_SECRET: "fleet-secret-fleet-secret-fleet-secret-0123",
    MASTHEAD_SCHEDULER_INTERVAL_MS: "500",
    TRUSTED_PROXY_HOPS: "1",
    LOG_FORMAT: "text",
  };
  const release = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      path.join(root, "scripts/setup.ts"),
    ],
    { env: { ...shared, MASTHEAD_DATA_DIR: path.join(dir, "release") }, encoding: "utf8" },
  );
  if (release.status !== 0) throw new Error(`setup failed:\n${release.stdout}\n${release.stderr}`);

  const servers = new Map<ServerName, ChildProcess>();
  const start = async (name: ServerName) => {
    const env = { ...shared, PORT: String(PORTS[name]), MASTHEAD_DATA_DIR: path.join(dir, name) };
    const child = spawn(process.execPath, serverArgs(), { env, stdio: ["ignore", "inherit", "inherit"] });
    servers.set(name, child);
    await until(() => answers(`http://127.0.0.1:${PORTS[name]}/api/ready`), 60_000, `server ${name} ready`);
  };
  const kill = async (name: ServerName) => {
    const child = servers.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGKILL");
    });
  };
  let nginx: ChildProcess | undefined;
  const stop = async () => {
    nginx?.kill("SIGTERM");
    await Promise.all([kill("a"), kill("b")]);
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all([start("a"), start("b")]);
    const edgeDir = path.join(dir, "edge");
    mkdirSync(edgeDir, { recursive: true });
    writeFileSync(
      path.join(edgeDir, "nginx.conf"),
      nginxEdgeConfig(edgeDir, { app: [PORTS.a, PORTS.b], listen: PORTS.edge, viewsLog: false }),
    );
    nginx = spawn("nginx", ["-c", path.join(edgeDir, "nginx.conf"), "-p", edgeDir], { stdio: "inherit" });
    await until(() => answers(`${edge}/api/health`), 10_000, "nginx in front of the fleet");
  } catch (error) {
    await stop(); // nothing of a fleet that did not start is left running
    throw error;
  }

  return {
    url: { a: `http://127.0.0.1:${PORTS.a}`, b: `http://127.0.0.1:${PORTS.b}` },
    edge,
    databaseUrl,
    redis,
    kill,
    start,
    stop,
  };
}

export interface LoadReport {
  requests: number;
  statuses: Map<number, number>;
  /** Requests that got no answer at all (connection reset or refused at the edge). */
  failures: number;
}

/** `readers` loops asking the edge for `paths` in turn until `ms` have passed. */
export async function readThroughEdge(edge: string, paths: string[], readers: number, ms: number): Promise<LoadReport> {
  const report: LoadReport = { requests: 0, statuses: new Map(), failures: 0 };
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: readers }, async (_, reader) => {
      for (let i = reader; Date.now() < until; i += 1) {
        report.requests += 1;
        try {
          const response = await fetch(`${edge}${paths[i % paths.length]}`, { redirect: "manual" });
          await response.arrayBuffer();
          report.statuses.set(response.status, (report.statuses.get(response.status) ?? 0) + 1);
        } catch {
          report.failures += 1;
        }
      }
    }),
  );
  return report;
}

export const serverErrors = (report: LoadReport): number =>
  [...report.statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
