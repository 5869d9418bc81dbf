// The servers the benchmark starts and stops: the app (the production bundle) and nginx.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serverArgs } from "../build";

export interface Running {
  pid: number;
  stop(): Promise<void>;
}

async function until(check: () => Promise<boolean>, what: string, seconds = 120): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** Starts the production server; `nodeFlags` go before its bundle (e.g. --cpu-prof). */
export async function startApp(env: NodeJS.ProcessEnv, port: number, nodeFlags: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [...nodeFlags, ...serverArgs()], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await until(async () => (await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok, "the app");
  return { pid: child.pid ?? 0, stop: stopper(child) };
}

export async function startNginx(dir: string, config: string, port: number): Promise<Running> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  await until(async () => (await fetch(`http://127.0.0.1:${port}/`)).status > 0, "nginx", 20);
  return { pid: child.pid ?? 0, stop: stopper(child) };
}

/** CPU time a process has used so far (user and system), in seconds; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name (which may hold spaces) in brackets.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Linux counts a process's CPU time in ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
const CLOCK_TICKS = 100;

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's memory while `work` runs; returns the largest reading. */
export async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  try {
    return { value: await work(), peakMb: Math.max(peak, rssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}
