// The shared throttle stores (issue 9): with several servers, a block one of them sets must hold on
// the others, or each server would hand an attacker a fresh allowance. Two throttles with their own
// connections stand in for two servers. Runs where the servers are: PostgreSQL (this run's scratch
// database) and Redis (TEST_REDIS_URL, default the local one).
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import { closeStore, openStore, type ThrottleStore } from "@/lib/auth/throttle/store";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const opened: ThrottleStore[] = [];
afterAll(() => Promise.all(opened.map(closeStore)));

function twoServers(settings: { redisUrl?: string; databaseUrl?: string }) {
  const stores = [openStore(settings), openStore(settings)];
  opened.push(...stores);
  return stores.map((store) => new SignInThrottle(store));
}

describe.each([
  ["PostgreSQL", { databaseUrl: env.databaseUrl }],
  ["Redis", { redisUrl: REDIS_URL }],
])("on %s", (kind, settings) => {
  it("a block set through one server holds on the other, and a success there clears it", async () => {
    const [first, second] = twoServers(settings);
    if (!first || !second) throw new Error("two throttles expected");
    const email = `${randomBytes(6).toString("hex")}@stores.test`;
    for (let attempt = 0; attempt < 5; attempt += 1) await first.recordFailure("198.51.100.30", email);
    expect(await second.recordFailure("198.51.100.30", email)).toEqual([
      { scope: "addressAccount", seconds: 30, failures: 6 },
    ]);
    expect(await first.check("198.51.100.30", email)).toMatchObject({ blocked: true, scope: "addressAccount" });
    await first.recordSuccess("198.51.100.30", email);
    expect(await second.check("198.51.100.30", email)).toEqual({ blocked: false });
    if (kind === "PostgreSQL") {
      // The counters are in the migration's table, under hashed keys: no email or address in it.
      const rows = await (await getDb()).signInThrottle.findMany();
      expect(rows.length).toBeGreaterThan(0);
      expect(
        JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
      ).not.toMatch(/stores\.test|198\.51\.100/);
    }
  });
});
