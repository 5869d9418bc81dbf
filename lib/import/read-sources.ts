// Reads wire-copy files from a file, a folder (recursively) or a zip archive, for the command line.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { SourceFile } from "@/lib/import/import-batch";

const TEXT_FILE = /\.(txt|text)$/i;

export function filesFromZip(name: string, bytes: Uint8Array): SourceFile[] {
  const entries = unzipSync(bytes, {
    filter: (entry) => TEXT_FILE.test(entry.name) && !entry.name.startsWith("__MACOSX/"),
  });
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entry, data]) => ({ name: `${name}:${entry}`, text: strFromU8(data) }));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return Promise.resolve(TEXT_FILE.test(entry.name) || /\.zip$/i.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

export async function readSources(target: string): Promise<SourceFile[]> {
  const info = await stat(target);
  const paths = info.isDirectory() ? await walk(target) : [target];
  const files: SourceFile[] = [];
  for (const file of paths) {
    if (/\.zip$/i.test(file)) files.push(...filesFromZip(file, new Uint8Array(await readFile(file))));
    else files.push({ name: file, text: await readFile(file, "utf8") });
  }
  return files;
}
