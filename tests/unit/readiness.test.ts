import { describe, expect, it } from "vitest";
import { checkReadiness, type ReadinessProbes } from "@/lib/ops/readiness";

const SHIPPED = ["20260101000000_init", "20260201000000_more"];

function probes(overrides: Partial<ReadinessProbes> = {}): ReadinessProbes {
  return {
    appliedMigrations: async () => [...SHIPPED],
    shippedMigrations: async () => [...SHIPPED],
    draining: () => false,
    timeoutMs: 200,
    ...overrides,
  };
}

describe("readiness", () => {
  it("is ready when the database answers and has every shipped migration", async () => {
    const answer = await checkReadiness(probes());
    expect(answer.ready).toBe(true);
    expect(answer.checks.database.ok).toBe(true);
    expect(answer.checks.migrations).toMatchObject({ ok: true });
    expect(answer.checks.redis).toBeUndefined();
  });

  it("names the migrations a database lacks", async () => {
    const answer = await checkReadiness(probes({ appliedMigrations: async () => [SHIPPED[0] ?? ""] }));
    expect(answer.ready).toBe(false);
    expect(answer.checks.migrations).toMatchObject({ ok: false, pending: [SHIPPED[1]] });
    expect(answer.checks.migrations.error).toMatch(/db:migrate/);
  });

  it("is not ready, with the reason, when the database fails or hangs", async () => {
    const failed = await checkReadiness(
      probes({ appliedMigrations: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) }),
    );
    expect(failed.ready).toBe(false);
    expect(failed.checks.database).toMatchObject({ ok: false, error: "connect ECONNREFUSED 127.0.0.1:5432" });
    const started = Date.now();
    const hung = await checkReadiness(probes({ appliedMigrations: () => new Promise<string[]>(() => undefined) }));
    expect(hung.ready).toBe(false);
    expect(hung.checks.database.error).toBe("no answer within 200 ms");
    // The time limit is what ends the wait (a generous bound: this is not a speed test).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("checks Redis only when configured, and fails on its error", async () => {
    const up = await checkReadiness(probes({ pingRedis: async () => undefined }));
    expect(up.checks.redis?.ok).toBe(true);
    const down = await checkReadiness(
      probes({ pingRedis: async () => Promise.reject(new Error("Connection is closed.")) }),
    );
    expect(down.ready).toBe(false);
    expect(down.checks.redis).toMatchObject({ ok: false, error: "Connection is closed." });
  });

  it("is not ready while the process drains, though everything answers", async () => {
    const answer = await checkReadiness(probes({ draining: () => true }));
    expect(answer).toMatchObject({ ready: false, draining: true });
    expect(answer.checks.database.ok).toBe(true);
  });

  it("is not ready when the release's migrations cannot be read", async () => {
    const answer = await checkReadiness(
      probes({
        shippedMigrations: async () => Promise.reject(new Error("no migrations found in /app/prisma/migrations")),
      }),
    );
    expect(answer.ready).toBe(false);
    expect(answer.checks.migrations.error).toMatch(/no migrations found/);
  });
});
