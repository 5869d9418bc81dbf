import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedDatabaseInUse, LOCK_FILE, lockDataDir } from "@/lib/pglite";

const dir = () => mkdtempSync(path.join(tmpdir(), "masthead-lock-"));

describe("the embedded database's lock: one process per data directory", () => {
  it("is taken with this process's id and removed on release", () => {
    const dataDir = dir();
    const release = lockDataDir(dataDir);
    expect(readFileSync(path.join(dataDir, LOCK_FILE), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it("refuses while another live process holds it, naming that process", () => {
    const dataDir = dir();
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(path.join(dataDir, LOCK_FILE), String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(EmbeddedDatabaseInUse);
    expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`open in process ${process.ppid}`));
    expect(readFileSync(path.join(dataDir, LOCK_FILE), "utf8")).toBe(String(process.ppid));
  });

  it("takes over a lock left by a process that has ended", () => {
    const dataDir = dir();
    const ended = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    writeFileSync(path.join(dataDir, LOCK_FILE), String(ended));
    const release = lockDataDir(dataDir);
    expect(readFileSync(path.join(dataDir, LOCK_FILE), "utf8")).toBe(String(process.pid));
    release();
  });
});
