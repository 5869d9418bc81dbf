// Opens the embedded PostgreSQL (PGlite). One data directory may be open in one process only: PGlite
// has no lock of its own (its postmaster.pid is a fixed placeholder), and two processes writing one
// directory corrupt it, so a lock file names the process that has it open.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const LOCK_FILE = "masthead.lock";

export class EmbeddedDatabaseInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is open in process ${pid} (a running Masthead server?). ` +
        `Stop that process first; several processes need a PostgreSQL server (DATABASE_URL).`,
    );
    this.name = "EmbeddedDatabaseInUse";
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the directory's lock, or throws naming the live process that holds it; returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(file, "utf8").trim());
      // Left by a process that has ended (or by this one): taken over.
      if (holder !== process.pid && isAlive(holder)) throw new EmbeddedDatabaseInUse(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

export async function openPGlite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<PGlite> {
  if (dataDir === "memory://") return PGlite.create(undefined, { extensions: { pg_trgm }, ...options });
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...options });
    const close = pglite.close.bind(pglite);
    pglite.close = async () => {
      try {
        await close();
      } finally {
        release();
      }
    };
    return pglite;
  } catch (error) {
    release();
    throw error;
  }
}
