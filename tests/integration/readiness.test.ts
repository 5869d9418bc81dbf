// /api/ready's probes against the real database of this run (PostgreSQL, or the embedded PGlite).
import { describe, expect, it } from "vitest";
import { readiness } from "@/lib/ops/probes";
import { getDb } from "@/lib/db";

describe("readiness against the database", () => {
  it("is ready with every migration of prisma/migrations applied", async () => {
    const answer = await readiness();
    expect(answer.checks.database).toMatchObject({ ok: true });
    expect(answer.checks.migrations).toMatchObject({ ok: true });
    expect(answer.ready).toBe(true);
  });

  it("reports a migration of the release that the database does not have", async () => {
    const db = await getDb();
    const [last] = await db.$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    expect(last).toBeDefined();
    // As a release whose newest migration is not applied yet would see it.
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${last?.migration_name}`;
    try {
      const answer = await readiness();
      expect(answer.ready).toBe(false);
      expect(answer.checks.migrations).toMatchObject({ ok: false, pending: [last?.migration_name] });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${last?.migration_name}`;
    }
    expect((await readiness()).ready).toBe(true);
  });
});
