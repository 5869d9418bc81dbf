// Opens the embedded PostgreSQL (PGlite). One data directory may be open in one process only.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { mkdirSync } from "node:fs";

export async function openPGlite(dataDir: string): Promise<PGlite> {
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === "memory://" ? undefined : dataDir, { extensions: { pg_trgm } });
  return pglite;
}
