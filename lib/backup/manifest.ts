// What a backup folder holds, written last so that a folder without it is known to be incomplete.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";

export const manifestSchema = z.object({
  format: z.literal("masthead-backup"),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  /** `postgres`: pg_dump's custom format in `database.pgdump`; `embedded`: PGlite's data directory as `database.tar.gz`. */
  database: z.enum(["postgres", "embedded"]),
  databaseFile: z.string(),
  /** The migrations applied when it was taken: a restore needs a release that knows them all. */
  migrations: z.array(z.string()),
  /** Counts taken in the same snapshot, checked again after a restore. */
  counts: z.object({ articles: z.number().int(), media: z.number().int(), revisions: z.number().int() }),
  /** Local media files copied beside the dump (`media/`); null when media live elsewhere (S3). */
  mediaFiles: z.number().int().nullable(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, MANIFEST_FILE);
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`${file} is missing: not a Masthead backup, or one that did not finish`);
  });
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a Masthead backup manifest: ${parsed.error.message}`);
  return parsed.data;
}
