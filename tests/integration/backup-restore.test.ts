// Issue 11 §4: npm run backup / npm run restore round trip on this run's kind of database (pg_dump and
// pg_restore on the PostgreSQL server; PGlite's own dump on the embedded database): the content export
// after a restore into an empty instance equals the one before, media files included; a restore never
// goes over a site, and bad folders are refused with a reason.
import { mkdtemp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBackup, restoreBackup, type BackupSource, type RestoreTarget } from "@/lib/backup/backup";
import { MANIFEST_FILE } from "@/lib/backup/manifest";
import { exportContent } from "@/lib/export/export-content";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { connectPostgres, wrapPGlite } from "@/lib/migrate/sql-session";
import { openPGlite } from "@/lib/pglite";
import { loadDemoContent } from "@/lib/services/demo/load-demo-content";
import { createScratchDatabase } from "../support/postgres";
import { REFERENCE_TITLE } from "../support/reference-article";

const ZONE = "Asia/Shanghai";
const NOW = new Date("2026-12-02T00:00:00Z");
const onPostgres = process.env.MASTHEAD_TEST_DB === "postgres";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const temp = (name: string) => mkdtemp(path.join(tmpdir(), `masthead-${name}-`));

/** An empty instance of this run's kind: a Prisma client on it, and how backup and restore name it. */
async function instance(options: { migrated: boolean }) {
  const migrations = await readMigrations(path.join(process.cwd(), "prisma/migrations"));
  if (onPostgres) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const database = await createScratchDatabase("masthead_backup");
    if (options.migrated) {
      const session = await connectPostgres(database.url);
      await applyMigrations(session, migrations);
      await session.close();
    }
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    cleanups.push(async () => (await db.$disconnect(), await database.drop()));
    const source: BackupSource = { kind: "postgres", url: database.url };
    const target: RestoreTarget = { kind: "postgres", url: database.url };
    return { db, source, target, open: async () => db };
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dataDir = path.join(await temp("data"), "db");
  const pglite = options.migrated ? await openPGlite(dataDir) : undefined;
  if (pglite) await applyMigrations(wrapPGlite(pglite, false), migrations);
  const db = pglite ? new PrismaClient({ adapter: new PrismaPGlite(pglite) }) : undefined;
  cleanups.push(async () => (await db?.$disconnect(), await pglite?.close()));
  const target: RestoreTarget = { kind: "embedded", dataDir };
  return {
    db,
    source: pglite ? ({ kind: "embedded", pglite } as const) : undefined,
    target,
    // A restored data directory, opened as a server would open it.
    open: async () => {
      const restored = await openPGlite(dataDir);
      const client = new PrismaClient({ adapter: new PrismaPGlite(restored) });
      cleanups.push(async () => (await client.$disconnect(), await restored.close()));
      return client;
    },
  };
}

describe(`backup and restore (${onPostgres ? "pg_dump / pg_restore" : "the embedded database's dump"})`, () => {
  it("brings a site back into an empty instance: the same content export, the media files, the counts", async () => {
    const site = await instance({ migrated: true });
    if (!site.db || !site.source) throw new Error("no site database");
    expect(await loadDemoContent(site.db, ZONE)).toContain(REFERENCE_TITLE);
    const before = await exportContent(site.db, NOW);
    const media = await temp("media");
    await mkdir(path.join(media, "ab"), { recursive: true });
    await writeFile(path.join(media, "ab", "original.jpg"), "jpeg bytes");
    const folder = path.join(await temp("backup"), "b1");

    const manifest = await createBackup(site.source, { dir: folder, mediaDir: media, now: NOW });
    expect(manifest).toMatchObject({ database: onPostgres ? "postgres" : "embedded", mediaFiles: 1 });
    expect(manifest.counts.articles).toBe(before.articles.length);
    expect(manifest.migrations.length).toBeGreaterThan(0);

    const empty = await instance({ migrated: false });
    const restoredMedia = await temp("media-restored");
    const known = (await readMigrations(path.join(process.cwd(), "prisma/migrations"))).map((m) => m.name);
    await restoreBackup(folder, empty.target, { mediaDir: restoredMedia, knownMigrations: known });
    const after = await exportContent(await empty.open(), NOW);
    expect(after).toEqual(before);
    expect(after.articles.find((article) => article.title === REFERENCE_TITLE)).toBeDefined();
    expect(await readFile(path.join(restoredMedia, "ab", "original.jpg"), "utf8")).toBe("jpeg bytes");
  });

  it("refuses to restore over a site, and leaves it as it was", async () => {
    const site = await instance({ migrated: true });
    if (!site.db || !site.source) throw new Error("no site database");
    await loadDemoContent(site.db, ZONE);
    const folder = path.join(await temp("backup"), "b2");
    await createBackup(site.source, { dir: folder, now: NOW });
    const before = await exportContent(site.db, NOW);
    const known = (await readMigrations(path.join(process.cwd(), "prisma/migrations"))).map((m) => m.name);
    await expect(restoreBackup(folder, site.target, { knownMigrations: known })).rejects.toThrow(/not empty/);
    expect(await exportContent(site.db, NOW)).toEqual(before);
  });

  it("refuses bad folders with the reason: not empty, no manifest, unknown migrations, the other kind", async () => {
    const site = await instance({ migrated: true });
    if (!site.source) throw new Error("no site database");
    const used = await temp("used");
    await writeFile(path.join(used, "something"), "x");
    await expect(createBackup(site.source, { dir: used })).rejects.toThrow(/not empty/);

    const empty = await instance({ migrated: false });
    await expect(restoreBackup(used, empty.target, { knownMigrations: [] })).rejects.toThrow(
      /manifest\.json is missing/,
    );

    const folder = path.join(await temp("backup"), "b3");
    const manifest = await createBackup(site.source, { dir: folder, now: NOW });
    await expect(
      restoreBackup(folder, empty.target, { knownMigrations: manifest.migrations.slice(1) }),
    ).rejects.toThrow(/does not know/);
    const other: RestoreTarget = onPostgres
      ? { kind: "embedded", dataDir: path.join(await temp("x"), "db") }
      : { kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none" };
    await expect(restoreBackup(folder, other, { knownMigrations: manifest.migrations })).rejects.toThrow(
      /restore it into the same kind/,
    );
    // Nothing was written where the refused restores pointed.
    if (empty.target.kind === "embedded") expect(await readdir(empty.target.dataDir).catch(() => [])).toEqual([]);
    expect(JSON.parse(await readFile(path.join(folder, MANIFEST_FILE), "utf8"))).toMatchObject({
      format: "masthead-backup",
    });
  });
});
