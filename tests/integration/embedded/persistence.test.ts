import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { wrapPGlite } from "@/lib/migrate/sql-session";
import { openPGlite } from "@/lib/pglite";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function open(dataDir: string) {
  const pglite = await openPGlite(dataDir);
  return { pglite, prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }) };
}

describe("the embedded database", () => {
  it("keeps its data in its folder across restarts", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "masthead-pglite-"));
    dirs.push(dataDir);

    const first = await open(dataDir);
    await applyMigrations(
      wrapPGlite(first.pglite, false),
      await readMigrations(path.join(process.cwd(), "prisma/migrations")),
    );
    await first.prisma.person.create({ data: { name: "廖生权", affiliation: "龙泉驿区工商联" } });
    await first.prisma.$disconnect();
    await first.pglite.close();

    const second = await open(dataDir);
    const people = await second.prisma.person.findMany({ select: { name: true, affiliation: true } });
    const report = await applyMigrations(
      wrapPGlite(second.pglite, false),
      await readMigrations(path.join(process.cwd(), "prisma/migrations")),
    );
    await second.prisma.$disconnect();
    await second.pglite.close();

    expect(people).toEqual([{ name: "廖生权", affiliation: "龙泉驿区工商联" }]);
    expect(report.applied).toEqual([]);
  });
});
