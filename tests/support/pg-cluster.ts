// Throwaway PostgreSQL clusters on this machine, for tests of the server setup itself (streaming
// replicas): a primary made with initdb, and standbys cloned from it with pg_basebackup, each in a temp
// dir on a free port in 55400–55499 (never the shared server's 5432). Whatever a test does, they are
// stopped and removed: by destroy(), and failing that when the test process exits.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { appendFile, chown, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PgCluster {
  readonly port: number;
  readonly dataDir: string;
  /** A connection URL for `database` on this cluster, as the `postgres` superuser (trust auth). */
  url(database?: string): string;
  /** Stops the server at once (`-m immediate`: nothing in it is worth a clean shutdown). */
  stop(): Promise<void>;
  /** Starts a stopped server again, on the same port and data (a restart, as after a crash). */
  start(): Promise<void>;
  /** Stops the server if it runs and removes its directory. */
  destroy(): Promise<void>;
}

const PORTS = { first: 55_400, count: 100 };
const SERVER_TOOLS = ["initdb", "pg_ctl", "pg_basebackup", "postgres"];
const SERVER_USER = "postgres";

/** The OS account that runs the servers: `postgres` when this process is root (initdb refuses root). */
interface ServerUser {
  uid: number;
  gid: number;
}

interface Toolchain {
  bin: string;
  user: ServerUser | undefined;
}

let toolchain: Promise<Toolchain> | undefined;

function tools(): Promise<Toolchain> {
  toolchain ??= Promise.all([serverBinDir(), serverUser()]).then(([bin, user]) => ({ bin, user }));
  return toolchain;
}

// pg_config names the client's bin dir; on Debian the server tools are only in the version's own dir
// under /usr/lib/postgresql, which may be another version than the client's.
async function serverBinDir(): Promise<string> {
  const clientBin = await run("pg_config", ["--bindir"]).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );
  const root = "/usr/lib/postgresql";
  const versions = (await readdir(root).catch(() => []))
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const candidates = [...(clientBin ? [clientBin] : []), ...versions.map((version) => path.join(root, version, "bin"))];
  const bin = candidates.find((dir) => SERVER_TOOLS.every((tool) => existsSync(path.join(dir, tool))));
  if (!bin)
    throw new Error(`PostgreSQL server tools (${SERVER_TOOLS.join(", ")}) not found in ${candidates.join(", ")}`);
  return bin;
}

async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run("id", ["-u", SERVER_USER]), run("id", ["-g", SERVER_USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** The command line that runs a server tool as the server's user. */
function command({ bin, user }: Toolchain, tool: string, args: string[]): [string, string[]] {
  const file = path.join(bin, tool);
  return user ? ["runuser", ["-u", SERVER_USER, "--", file, ...args]] : [file, args];
}

async function runTool(chain: Toolchain, tool: string, args: string[], cwd: string): Promise<void> {
  const [file, argv] = command(chain, tool, args);
  try {
    await run(file, argv, { cwd });
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    throw new Error(`${tool} failed: ${typeof stderr === "string" && stderr ? stderr.trim() : String(error)}`);
  }
}

// Ports handed out by this process: a cluster still starting does not listen yet.
const claimed = new Set<number>();

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function claimPort(): Promise<number> {
  // A random start, so that two test processes at once seldom try the same port.
  const start = Math.floor(Math.random() * PORTS.count);
  for (let i = 0; i < PORTS.count; i += 1) {
    const port = PORTS.first + ((start + i) % PORTS.count);
    if (claimed.has(port) || !(await portIsFree(port))) continue;
    claimed.add(port);
    return port;
  }
  throw new Error(`no free port in ${PORTS.first}–${PORTS.first + PORTS.count - 1}`);
}

// The backstop for a test process that ends without destroy(): stop and remove what is still there.
const leftovers = new Map<string, () => void>();
process.once("exit", () => {
  for (const cleanup of leftovers.values()) cleanup();
});

/** A temp dir the server's user owns: the data dir, its log and its socket live in it. */
async function makeBase(chain: Toolchain, role: string): Promise<string> {
  const base = await mkdtemp(path.join(os.tmpdir(), `masthead-pg-${role}-`));
  if (chain.user) await chown(base, chain.user.uid, chain.user.gid);
  return base;
}

/** Settings of this cluster alone; appended, so they win over what the file (or a base backup) had. */
function ownSettings(port: number, base: string): string {
  return ["", "listen_addresses = '127.0.0.1'", `port = ${port}`, `unix_socket_directories = '${base}'`, ""].join("\n");
}

/** Starts the server in `base`/data on `port` and returns its handle; on failure removes `base`. */
async function launch(chain: Toolchain, base: string, port: number): Promise<PgCluster> {
  const dataDir = path.join(base, "data");
  const log = path.join(base, "server.log");
  let running = false;
  const stopSync = () => {
    if (!running) return;
    running = false;
    const [file, argv] = command(chain, "pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    try {
      execFileSync(file, argv, { cwd: base, stdio: "ignore" });
    } catch {
      // Already gone: nothing to stop.
    }
  };
  leftovers.set(base, () => {
    stopSync();
    rmSync(base, { recursive: true, force: true });
  });
  const cluster: PgCluster = {
    port,
    dataDir,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    async stop() {
      if (!running) return;
      running = false;
      await runTool(chain, "pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"], base).catch(() => undefined);
    },
    async start() {
      if (running) return;
      await runTool(chain, "pg_ctl", ["-D", dataDir, "-l", log, "-w", "-t", "60", "start"], base);
      running = true;
    },
    async destroy() {
      await cluster.stop();
      await rm(base, { recursive: true, force: true });
      leftovers.delete(base);
      claimed.delete(port);
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    const serverLog = await readFile(log, "utf8").catch(() => "");
    await cluster.destroy();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${serverLog}`);
  }
  return cluster;
}

/** A new primary that accepts replication connections, and every connection, from this machine. */
export async function startPrimary(): Promise<PgCluster> {
  const chain = await tools();
  const base = await makeBase(chain, "primary");
  const dataDir = path.join(base, "data");
  const port = await claimPort();
  try {
    await runTool(
      chain,
      "initdb",
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
      base,
    );
    await writeFile(
      path.join(dataDir, "pg_hba.conf"),
      [
        "local all all trust",
        "host all all 127.0.0.1/32 trust",
        "local replication all trust",
        "host replication all 127.0.0.1/32 trust",
        "",
      ].join("\n"),
    );
    await appendFile(
      path.join(dataDir, "postgresql.conf"),
      ownSettings(port, base) +
        [
          "wal_level = replica",
          "max_wal_senders = 5",
          "hot_standby = on",
          // Throwaway clusters: durability buys nothing and costs the shared disk.
          "fsync = off",
          "max_connections = 100",
          "shared_buffers = 32MB",
          "",
        ].join("\n"),
    );
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    claimed.delete(port);
    throw error;
  }
  return launch(chain, base, port);
}

/** A hot standby streaming from `primary`: a base backup of it (`-R` writes the standby's settings). */
export async function startStandby(primary: PgCluster): Promise<PgCluster> {
  const chain = await tools();
  const base = await makeBase(chain, "standby");
  const dataDir = path.join(base, "data");
  const port = await claimPort();
  try {
    await runTool(
      chain,
      "pg_basebackup",
      // A fast checkpoint: the default spread one can keep the backup waiting for minutes.
      [
        "-h",
        "127.0.0.1",
        "-p",
        String(primary.port),
        "-U",
        "postgres",
        "-D",
        dataDir,
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
      ],
      base,
    );
    await appendFile(path.join(dataDir, "postgresql.conf"), ownSettings(port, base));
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    claimed.delete(port);
    throw error;
  }
  return launch(chain, base, port);
}
