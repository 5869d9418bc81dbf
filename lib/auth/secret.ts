// The key that signs session cookies. From AUTH_SECRET, or generated once and kept in the data
// folder so that sessions survive restarts on a machine where nobody configured one.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

function readOrCreate(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Already there (perhaps written by another process a moment ago): use it.
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  return readFileSync(file, "utf8").trim();
}

export function authSecret(): string {
  cached ??=
    env.authSecret ??
    (env.dataDir === "memory://"
      ? randomBytes(32).toString("base64url")
      : readOrCreate(path.join(env.dataDir, "auth-secret")));
  return cached;
}
