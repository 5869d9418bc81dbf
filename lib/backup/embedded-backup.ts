// The embedded database's side: PGlite's own dump of its data directory (taken by the one process
// that may have it open), and a new data directory made from such a dump.
import { readdir, readFile, writeFile } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import type { BackupManifest } from "@/lib/backup/manifest";
import { snapshotFacts } from "@/lib/backup/snapshot-facts";
import { wrapPGlite } from "@/lib/migrate/sql-session";
import { openPGlite } from "@/lib/pglite";

export async function dumpEmbedded(
  pglite: PGlite,
  file: string,
): Promise<Pick<BackupManifest, "migrations" | "counts">> {
  // One process, one connection: nothing writes between these reads and the dump.
  const facts = await snapshotFacts(wrapPGlite(pglite, false));
  const dump = await pglite.dumpDataDir("gzip");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return facts;
}

export async function restoreEmbedded(dataDir: string, file: string): Promise<PGlite> {
  const existing = await readdir(dataDir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(
      `${dataDir} is not empty: restore into a new data directory (MASTHEAD_DATA_DIR), never over a site`,
    );
  }
  const dump = new Blob([await readFile(file)], { type: "application/x-gzip" });
  return openPGlite(dataDir, { loadDataDir: dump });
}
